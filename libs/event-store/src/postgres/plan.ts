import { CairnError } from '@cairn/contracts';
import { satisfiesExpectedVersion, wrongExpectedVersion } from '../expected-version';
import { chainHash, eventBytesFromCanonical } from '../hash';
import { checkRetry, StoredId } from '../idempotency';
import { AppendResult, ExpectedVersion, RecordedEvent } from '../port';
import { PreparedEvent } from '../prepare';

export interface AppendRequest {
  stream: string;
  prepared: PreparedEvent[];
  expected: ExpectedVersion;
}

/** The last event of the chain (position 0 and no hash when the store is empty). */
export interface ChainHead {
  position: bigint;
  hash: Buffer | null;
}

/** What the store holds that a group of appends depends on, read under the append lock. */
export interface StoreState {
  head: ChainHead;
  /** Current version of each stream the group writes to (absent = 0). */
  versions: Map<string, number>;
  /** Events already stored under any of the group's ids. */
  stored: StoredId[];
}

export interface PlannedRow {
  event: RecordedEvent;
  dataJson: string;
  metadataJson: string;
  prevHash: Buffer | null;
  hash: Buffer;
}

export type PlanOutcome =
  { kind: 'written'; result: AppendResult } | { kind: 'retry'; ids: string[] } | { kind: 'failed'; error: CairnError };

/**
 * Decides a group of appends in order, as if each ran alone after the ones before it: idempotent retries,
 * duplicate ids and expected versions are checked against the store plus the earlier appends of the group, and
 * each written event gets the next position and its link in the hash chain. Pure: the caller reads the state and
 * writes the rows.
 */
export function planAppends(
  requests: AppendRequest[],
  state: StoreState,
): { outcomes: PlanOutcome[]; rows: PlannedRow[] } {
  const versions = new Map(state.versions);
  const stored = new Map(state.stored.map((row) => [row.id, row]));
  let { position, hash: prevHash } = state.head;
  const rows: PlannedRow[] = [];

  const outcomes = requests.map(({ stream, prepared, expected }): PlanOutcome => {
    const ids = prepared.map((event) => event.id);
    const found = ids.flatMap((id) => stored.get(id) ?? []).sort((a, b) => a.version - b.version);
    const retry = checkRetry(stream, ids, found);
    if (retry.kind === 'retry') return { kind: 'retry', ids };
    if (retry.kind === 'duplicate') return { kind: 'failed', error: retry.error };
    const current = versions.get(stream) ?? 0;
    if (!satisfiesExpectedVersion(expected, current)) {
      return { kind: 'failed', error: wrongExpectedVersion(stream, expected, current) };
    }

    const events = prepared.map((source, index): RecordedEvent => {
      position += 1n;
      const event: RecordedEvent = {
        id: source.id,
        type: source.type,
        stream,
        version: current + index + 1,
        position: position.toString(),
        globalPosition: position,
        occurredAt: source.occurredAt,
        ...source.metadata,
        data: source.data,
      };
      const hash = chainHash(
        prevHash,
        eventBytesFromCanonical({
          position,
          id: event.id,
          stream,
          version: event.version,
          type: event.type,
          dataJson: source.dataJson,
          metadataJson: source.metadataJson,
          occurredAt: event.occurredAt,
        }),
      );
      rows.push({ event, dataJson: source.dataJson, metadataJson: source.metadataJson, prevHash, hash });
      stored.set(event.id, { id: event.id, stream, version: event.version });
      prevHash = hash;
      return event;
    });
    versions.set(stream, current + events.length);
    const last = events[events.length - 1];
    return {
      kind: 'written',
      result: { nextExpectedVersion: last.version, lastPosition: last.globalPosition, events },
    };
  });
  return { outcomes, rows };
}
