import {
  AllStreamResolvedEvent,
  BACKWARDS,
  END,
  EventStoreDBClient,
  ResolvedEvent,
  START,
  StreamNotFoundError,
  StreamingRead,
} from '@eventstore/db-client';
import { RecordedEvent } from '../port';
import { toReadPosition, toRecorded } from './mapping';

/** Server page size for $all reads; system events are skipped client-side, so a page may yield fewer of ours. */
const PAGE = 500;

/** Iterates a read, cancelling the gRPC call if we stop early (`visit` returns false). */
export async function drain<E>(read: StreamingRead<E>, visit: (event: E) => boolean | void): Promise<void> {
  try {
    for await (const event of read) {
      if (visit(event) === false) return;
    }
  } finally {
    await read.cancel().catch(() => undefined);
  }
}

export async function readStreamEvents(
  client: EventStoreDBClient,
  stream: string,
  fromVersion: number,
  maxCount: number,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  if (maxCount === 0) return events;
  try {
    await drain(
      client.readStream(stream, { fromRevision: BigInt(fromVersion - 1), maxCount: BigInt(maxCount) }),
      (resolved: ResolvedEvent) => {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      },
    );
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return events;
}

export async function lastVersion(client: EventStoreDBClient, stream: string): Promise<number> {
  let version = 0;
  try {
    await drain(client.readStream(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1n }), (resolved) => {
      if (resolved.event) version = Number(resolved.event.revision) + 1;
    });
  } catch (error) {
    if (error instanceof StreamNotFoundError) return 0;
    throw error;
  }
  return version;
}

function commitOf(resolved: AllStreamResolvedEvent): bigint | undefined {
  return resolved.event?.position?.commit ?? resolved.commitPosition;
}

/**
 * Our events with a commit position above `after`, in $all order. Reads from a position are inclusive on
 * EventStoreDB, so the event at the cursor itself is skipped.
 */
export async function readAllEvents(
  client: EventStoreDBClient,
  after: bigint,
  maxCount: number,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let cursor = after;
  while (events.length < maxCount) {
    const start = cursor;
    let seen = 0;
    await drain(
      client.readAll({ fromPosition: cursor > 0n ? toReadPosition(cursor) : START, maxCount: PAGE }),
      (resolved: AllStreamResolvedEvent) => {
        seen += 1;
        const commit = commitOf(resolved);
        if (commit === undefined || commit <= cursor) return;
        cursor = commit;
        const event = toRecorded(resolved);
        if (event) events.push(event);
        return events.length < maxCount;
      },
    );
    if (seen < PAGE || cursor === start) break;
  }
  return events;
}

/**
 * The commit position of the newest event readAll would return (0 when there is none): $all read backwards from
 * the end, skipping EventStoreDB's own events client-side (this client version has no filter for reads).
 */
export async function lastPosition(client: EventStoreDBClient): Promise<bigint> {
  let head: bigint | undefined;
  let cursor: bigint | undefined;
  while (head === undefined) {
    let seen = 0;
    const start = cursor;
    await drain(
      client.readAll({
        direction: BACKWARDS,
        fromPosition: cursor === undefined ? END : toReadPosition(cursor),
        maxCount: PAGE,
      }),
      (resolved: AllStreamResolvedEvent) => {
        seen += 1;
        const commit = commitOf(resolved);
        if (commit === undefined || (start !== undefined && commit >= start)) return;
        cursor = commit;
        if (toRecorded(resolved)) {
          head = commit;
          return false;
        }
      },
    );
    if (head === undefined && (seen < PAGE || cursor === start)) return 0n;
  }
  return head;
}
