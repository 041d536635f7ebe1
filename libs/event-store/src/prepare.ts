import { randomUUID } from 'node:crypto';
import { InvalidArgument, NewEvent, parseEventData } from '@cairn/contracts';
import { canonicalJson, NotCanonicalizable } from './canonical-json';

/** What both adapters store for an event, validated and normalised before anything is written. */
export interface PreparedEvent {
  id: string;
  type: string;
  /** The data as its schema parsed it, in canonical JSON text and as a value. */
  data: unknown;
  dataJson: string;
  metadata: StoredMetadata;
  metadataJson: string;
  /** ISO-8601 UTC, millisecond precision: what a timestamptz gives back through a JS Date. */
  occurredAt: string;
}

export interface StoredMetadata {
  actor: string;
  causationId: string | null;
  correlationId: string;
  traceparent: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_BATCH = 5000;

function invalid(code: string, message: string, context: Record<string, unknown> = {}): InvalidArgument {
  return new InvalidArgument(`EVENT_STORE.${code}`, message, context);
}

export function assertValidStream(stream: string): void {
  // The envelope allows 3..512 characters; '$' is reserved for EventStoreDB's system streams.
  if (typeof stream !== 'string' || stream.length < 3 || stream.length > 512 || stream.startsWith('$')) {
    throw invalid(
      'INVALID_STREAM',
      `stream name "${String(stream)}" must be 3 to 512 characters, not starting with $`,
      {
        stream,
      },
    );
  }
}

function nonEmpty(value: unknown, field: string, index: number): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid('INVALID_METADATA', `event ${index}: metadata.${field} must be a non-empty string`, { index, field });
  }
  return value;
}

function optional(value: unknown, field: string, index: number): string | null {
  return value === undefined || value === null ? null : nonEmpty(value, field, index);
}

function normaliseTime(value: string | undefined, now: Date, index: number): string {
  if (value === undefined) return now.toISOString();
  const time = new Date(value);
  if (typeof value !== 'string' || Number.isNaN(time.getTime())) {
    throw invalid('INVALID_METADATA', `event ${index}: metadata.occurredAt is not an ISO-8601 time`, { index });
  }
  return time.toISOString();
}

function toCanonical(value: unknown, what: string, index: number): string {
  try {
    return canonicalJson(value);
  } catch (error) {
    if (error instanceof NotCanonicalizable) {
      throw invalid('UNSTORABLE_JSON', `event ${index}: ${what} ${error.message}`, { index });
    }
    throw error;
  }
}

/**
 * Validates a batch for `stream` (type known, data valid for its schema, ids unique uuids, metadata complete) and
 * normalises it. Throws InvalidArgument before anything is written.
 */
export function prepareEvents(stream: string, events: NewEvent[], now = new Date()): PreparedEvent[] {
  assertValidStream(stream);
  if (!Array.isArray(events) || events.length === 0) throw invalid('EMPTY_APPEND', 'append needs at least one event');
  if (events.length > MAX_BATCH) throw invalid('BATCH_TOO_LARGE', `append at most ${MAX_BATCH} events at once`);
  const seen = new Set<string>();
  return events.map((event, index) => {
    const id = (event.id ?? randomUUID()).toLowerCase();
    if (!UUID.test(id)) throw invalid('INVALID_EVENT_ID', `event ${index}: id "${event.id}" is not a uuid`, { index });
    if (seen.has(id))
      throw invalid('DUPLICATE_EVENT_ID_IN_BATCH', `event id ${id} appears twice in one append`, { id });
    seen.add(id);
    const data = parseEventData(event.type, event.data);
    const meta = event.metadata ?? ({} as NewEvent['metadata']);
    const metadata: StoredMetadata = {
      actor: nonEmpty(meta.actor, 'actor', index),
      causationId: optional(meta.causationId, 'causationId', index),
      correlationId: nonEmpty(meta.correlationId, 'correlationId', index),
      traceparent: optional(meta.traceparent, 'traceparent', index),
    };
    const dataJson = toCanonical(data, 'data', index);
    return {
      id,
      type: event.type,
      // The value as it will read back (plain JSON), so an append's result equals a later read.
      data: JSON.parse(dataJson) as unknown,
      dataJson,
      metadata,
      metadataJson: toCanonical(metadata, 'metadata', index),
      occurredAt: normaliseTime(meta.occurredAt, now, index),
    };
  });
}
