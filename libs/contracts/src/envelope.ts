import { z } from 'zod';

/**
 * The envelope every event carries, in the event store and on Kafka (DESIGN.md "Events").
 * `position` is the store's global position as a decimal string, so it survives JSON without losing precision.
 */
export const EventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]+$/, 'event types are PascalCase past-tense names'),
  stream: z.string().min(3).max(512),
  version: z.number().int().positive(),
  position: z.string().regex(/^\d+$/).optional(),
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  correlationId: z.string().min(1),
  traceparent: z.string().nullable(),
  data: z.unknown(),
});

export type EventEnvelope<TType extends string = string, TData = unknown> = Omit<
  z.infer<typeof EventEnvelopeSchema>,
  'type' | 'data'
> & { type: TType; data: TData };

/** Who caused an event and why; set by the adapter (HTTP, gRPC, consumer), never read from a clock by a decider. */
export interface EventMetadata {
  actor: string;
  correlationId: string;
  causationId?: string | null;
  traceparent?: string | null;
  /** ISO-8601 time the command was accepted; the event store uses its clock when absent. */
  occurredAt?: string;
}

/** An event as a decider returns it and a caller hands it to the event store. */
export interface NewEvent<TType extends string = string, TData = unknown> {
  /** Supplied by the caller to make an append idempotent; generated when absent. */
  id?: string;
  type: TType;
  data: TData;
  metadata: EventMetadata;
}
