import { z } from 'zod';
import { InvalidArgument } from '../errors';
import { EventEnvelope, EventEnvelopeSchema } from '../envelope';
import { DiagnosticsEvents } from './diagnostics';
import { GovernanceEvents } from './governance';
import { RegistryEvents } from './registry';

export { latestMetricValues } from './registry';
import { TrackingEvents } from './tracking';

/**
 * The one table of event types and their data schemas. Each service's events are added in its own file and
 * spread here; a type missing from this table cannot be appended, relayed or consumed.
 */
export const EVENT_DATA_SCHEMAS = {
  ...DiagnosticsEvents,
  ...TrackingEvents,
  ...RegistryEvents,
  ...GovernanceEvents,
} as const;

export type EventType = keyof typeof EVENT_DATA_SCHEMAS;
export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA_SCHEMAS)[T]>;
export type CairnEvent = { [T in EventType]: EventEnvelope<T, EventData<T>> }[EventType];

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_DATA_SCHEMAS, type);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/** Validates an event's data against its type's schema; throws InvalidArgument naming the bad fields. */
export function parseEventData<T extends EventType>(type: T, data: unknown): EventData<T>;
export function parseEventData(type: string, data: unknown): unknown;
export function parseEventData(type: string, data: unknown): unknown {
  if (!isKnownEventType(type)) {
    throw new InvalidArgument('CONTRACTS.UNKNOWN_EVENT_TYPE', `unknown event type "${type}"`, { type });
  }
  const result = EVENT_DATA_SCHEMAS[type].safeParse(data);
  if (!result.success) {
    throw new InvalidArgument(
      'CONTRACTS.INVALID_EVENT_DATA',
      `${type} data is invalid: ${describeIssues(result.error)}`,
      { type },
    );
  }
  return result.data;
}

/** Validates a whole envelope (as read from Kafka or an external source) and its data. */
export function parseEvent(raw: unknown): CairnEvent {
  const envelope = EventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new InvalidArgument(
      'CONTRACTS.INVALID_ENVELOPE',
      `event envelope is invalid: ${describeIssues(envelope.error)}`,
    );
  }
  const data = parseEventData(envelope.data.type, envelope.data.data);
  return { ...envelope.data, data } as CairnEvent;
}
