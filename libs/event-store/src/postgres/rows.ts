import { RecordedEvent } from '../port';
import { HashedFields } from '../hash';
import { StoredMetadata } from '../prepare';

/** The columns every read selects, in the shape `toRecorded` maps. */
export const EVENT_COLUMNS = `global_position, id, stream, version, type, data, metadata, occurred_at`;

export interface EventRow {
  /** bigint comes back from node-postgres as a decimal string. */
  global_position: string;
  id: string;
  stream: string;
  version: number;
  type: string;
  data: unknown;
  metadata: StoredMetadata;
  occurred_at: Date;
}

export function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    stream: row.stream,
    version: row.version,
    position: row.global_position,
    globalPosition: BigInt(row.global_position),
    occurredAt: row.occurred_at.toISOString(),
    actor: row.metadata.actor,
    causationId: row.metadata.causationId ?? null,
    correlationId: row.metadata.correlationId,
    traceparent: row.metadata.traceparent ?? null,
    data: row.data,
  };
}

/** What the hash covers, from a row as read back (so verify() recomputes from storage, not from memory). */
export function hashedFields(row: EventRow): HashedFields {
  return {
    position: BigInt(row.global_position),
    id: row.id,
    stream: row.stream,
    version: row.version,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    occurredAt: row.occurred_at.toISOString(),
  };
}
