import {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  CurrentRevision,
  EventData,
  jsonEvent,
  JSONType,
  NO_STREAM,
  Position,
  ResolvedEvent,
  STREAM_EXISTS,
  ANY,
} from '@eventstore/db-client';
import { ExpectedVersion, RecordedEvent } from '../port';
import { PreparedEvent } from '../prepare';

/**
 * Our versions count events from 1; EventStoreDB revisions count from 0. Version N is revision N-1, and
 * "at version 0" is EventStoreDB's no_stream.
 */
export function toExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected === 0 ? NO_STREAM : BigInt(expected - 1);
  }
}

export function toVersion(revision: CurrentRevision | bigint | undefined): number {
  return revision === undefined || revision === NO_STREAM ? 0 : Number(revision) + 1;
}

/** Metadata as stored: ours, plus EventStoreDB's own correlation keys so its $by_correlation_id projection works. */
export interface EsdbMetadata {
  actor: string;
  causationId: string | null;
  correlationId: string;
  traceparent: string | null;
  occurredAt: string;
  $correlationId: string;
  $causationId?: string;
}

export function toEventData(event: PreparedEvent): EventData {
  const metadata: EsdbMetadata = {
    ...event.metadata,
    occurredAt: event.occurredAt,
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId ? { $causationId: event.metadata.causationId } : {}),
  };
  return jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata });
}

/** `$`-prefixed types and streams are EventStoreDB's own (metadata, projections, stats, links): never ours. */
export function isSystem(stream: string, type: string): boolean {
  return stream.startsWith('$') || type.startsWith('$');
}

/** Our global position is the commit position; gRPC-era appends give each event its own (commit = prepare). */
export function toReadPosition(after: bigint): Position {
  return { commit: after, prepare: after };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Maps a resolved event to ours; undefined for system events, links and events without a position. */
export function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson || isSystem(event.streamId, event.type)) return undefined;
  const commit = event.position?.commit ?? resolved.commitPosition;
  if (commit === undefined) return undefined;
  const metadata = (
    event.metadata && typeof event.metadata === 'object' && !(event.metadata instanceof Uint8Array)
      ? event.metadata
      : {}
  ) as Partial<EsdbMetadata>;
  return {
    id: event.id,
    type: event.type,
    stream: event.streamId,
    version: Number(event.revision) + 1,
    position: commit.toString(),
    globalPosition: commit,
    occurredAt: text(metadata.occurredAt) ?? event.created.toISOString(),
    // Events written by other tools lack our metadata; they still carry an id to correlate on.
    actor: text(metadata.actor) ?? 'unknown',
    causationId: text(metadata.causationId) ?? text(metadata.$causationId),
    correlationId: text(metadata.correlationId) ?? text(metadata.$correlationId) ?? event.id,
    traceparent: text(metadata.traceparent),
    data: event.data,
  };
}
