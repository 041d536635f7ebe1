import { NewEvent } from '@cairn/contracts';
import { eventHash } from '../hash';
import { ExpectedVersion } from '../port';
import { prepareEvents } from '../prepare';
import { AppendRequest, planAppends, StoreState } from './plan';

const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const probe = (n: number): NewEvent => ({
  id: id(n),
  type: 'ProbeRecorded',
  data: { sequence: n },
  metadata: { actor: 'a', correlationId: 'c', occurredAt: '2026-11-23T10:00:00.000Z' },
});
const request = (stream: string, ns: number[], expected: ExpectedVersion): AppendRequest => ({
  stream,
  prepared: prepareEvents(stream, ns.map(probe)),
  expected,
});
const empty: StoreState = { head: { position: 0n, hash: null }, versions: new Map(), stored: [] };

describe('planAppends', () => {
  it('given an empty store, numbers versions per stream and positions globally, chaining each hash', () => {
    const { outcomes, rows } = planAppends([request('s-a', [1, 2], 'no_stream'), request('s-b', [3], 0)], empty);
    expect(rows.map((row) => [row.event.stream, row.event.version, row.event.globalPosition])).toEqual([
      ['s-a', 1, 1n],
      ['s-a', 2, 2n],
      ['s-b', 1, 3n],
    ]);
    expect(rows[0].prevHash).toBeNull();
    expect(rows[1].prevHash).toEqual(rows[0].hash);
    expect(rows[2].prevHash).toEqual(rows[1].hash);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['written', 'written']);
  });

  it('hashes each row exactly as verify() will recompute it from the stored values', () => {
    const { rows } = planAppends([request('s-a', [1], 'any')], {
      ...empty,
      head: { position: 41n, hash: Buffer.alloc(32, 7) },
    });
    const [row] = rows;
    const recomputed = eventHash(row.prevHash, {
      position: row.event.globalPosition,
      id: row.event.id,
      stream: row.event.stream,
      version: row.event.version,
      type: row.event.type,
      data: JSON.parse(row.dataJson),
      metadata: JSON.parse(row.metadataJson),
      occurredAt: row.event.occurredAt,
    });
    expect(row.event.globalPosition).toBe(42n);
    expect(row.hash).toEqual(recomputed);
  });

  it('given a stream at version 2, a stale expected version fails alone and writes nothing; the next request still goes', () => {
    const state: StoreState = { ...empty, head: { position: 10n, hash: null }, versions: new Map([['s-a', 2]]) };
    const { outcomes, rows } = planAppends([request('s-a', [1], 1), request('s-a', [2], 2)], state);
    expect(outcomes[0]).toMatchObject({ kind: 'failed', error: { code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' } });
    expect(rows.map((row) => [row.event.version, row.event.globalPosition])).toEqual([[3, 11n]]);
  });

  it('within one group, later requests see the earlier ones: exactly one of two racing no_stream appends wins', () => {
    const { outcomes } = planAppends([request('s-a', [1], 'no_stream'), request('s-a', [2], 'no_stream')], empty);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['written', 'failed']);
  });

  it('ids already stored in the stream in order are a retry; the same ids twice in one group are one write and a retry', () => {
    const stored = [{ id: id(1), stream: 's-a', version: 1 }];
    expect(planAppends([request('s-a', [1], 'no_stream')], { ...empty, stored }).outcomes).toEqual([
      { kind: 'retry', ids: [id(1)] },
    ]);
    const twice = planAppends([request('s-b', [5], 'any'), request('s-b', [5], 'any')], empty);
    expect(twice.outcomes.map((outcome) => outcome.kind)).toEqual(['written', 'retry']);
    expect(twice.rows).toHaveLength(1);
  });

  it('an id stored in another stream fails as DUPLICATE_EVENT_ID, also when that stream was written earlier in the group', () => {
    const stored = [{ id: id(1), stream: 's-other', version: 4 }];
    expect(planAppends([request('s-a', [1], 'any')], { ...empty, stored }).outcomes[0]).toMatchObject({
      kind: 'failed',
      error: { code: 'EVENT_STORE.DUPLICATE_EVENT_ID' },
    });
    const inGroup = planAppends([request('s-a', [7], 'any'), request('s-b', [7], 'any')], empty);
    expect(inGroup.outcomes[1]).toMatchObject({ kind: 'failed', error: { code: 'EVENT_STORE.DUPLICATE_EVENT_ID' } });
  });
});
