import { CairnEvent } from '@cairn/contracts';
import { withTransaction } from '@cairn/postgres';
import type { Pool } from 'pg';
import { lineageWriteOf } from '../lineage-events';
import { openLineageDatabase } from '../testing/lineage-db';
import { runStory, trackingEvent } from '../testing/tracking-envelopes';
import { applyLineageWrite } from './apply-write';
import { LineageQueries } from './lineage-queries';

jest.setTimeout(60_000);

let database: Awaited<ReturnType<typeof openLineageDatabase>>;
let pool: Pool;
let queries: LineageQueries;

beforeAll(async () => {
  database = await openLineageDatabase();
  pool = database.pool;
  queries = new LineageQueries(pool);
});

afterAll(() => database.close());

const apply = (events: CairnEvent[]) =>
  withTransaction(pool, async (tx) => {
    for (const event of events) await applyLineageWrite(tx, lineageWriteOf(event)!);
  });

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** What a run's stream leaves recorded when applied in `order`, read inside its transaction and rolled back. */
async function recordedInOrder(story: CairnEvent[], order: number[]) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const position of order) await applyLineageWrite(client, lineageWriteOf(story[position])!);
    return await new LineageQueries(client).recordedRun('perm');
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('applying lineage writes', () => {
  it('records a run, its datasets and its model, and reads them back in logging order', async () => {
    await apply(runStory('r1'));
    expect(await queries.recordedRun('r1')).toEqual({
      run: { runId: 'r1', experimentId: '7', name: 'run-r1', userId: 'ada', status: 'FINISHED', startTime: 1_000, endTime: 9_000 },
      datasets: [
        { runId: 'r1', name: 'train', digest: 'd-train', sourceType: 'local', source: 'file:///train.csv', context: 'training', loggedAt: Date.UTC(2026, 0, 1, 0, 0, 2) },
        { runId: 'r1', name: 'eval', digest: 'd-eval', context: 'eval', loggedAt: Date.UTC(2026, 0, 1, 0, 0, 3) },
      ],
      models: [
        { modelId: 'm-r1', runId: 'r1', experimentId: '7', artifactUri: 'file:///models/m-r1', name: 'model', modelType: 'sklearn', loggedAt: Date.UTC(2026, 0, 1, 0, 0, 4) },
      ],
    });
    expect(await queries.model('m-r1')).toMatchObject({ modelId: 'm-r1', runId: 'r1', artifactUri: 'file:///models/m-r1' });
  });

  it('an unknown run reads as nothing recorded', async () => {
    expect(await queries.recordedRun('nope')).toEqual({ run: undefined, datasets: [], models: [] });
    expect(await queries.model('m-nope')).toBeUndefined();
  });

  it('every arrival order of a run stream leaves the same rows (all 120 orders of a five-event run)', async () => {
    const story = runStory('perm');
    const expected = await recordedInOrder(story, [0, 1, 2, 3, 4]);
    expect(expected.run?.status).toBe('FINISHED');
    for (const order of permutations([0, 1, 2, 3, 4])) {
      expect({ order, recorded: await recordedInOrder(story, order) }).toEqual({ order, recorded: expected });
    }
  });

  it('applying the same events again changes nothing (idempotent even without the dedupe table)', async () => {
    const story = runStory('again');
    await apply(story);
    const once = await queries.recordedRun('again');
    await apply([...story].reverse());
    await apply(story);
    expect(await queries.recordedRun('again')).toEqual(once);
  });

  it('a RunFinished that arrives before RunCreated makes the run terminal, and RunCreated later fills in the rest', async () => {
    await apply([trackingEvent('RunFinished', 2, { runId: 'early', experimentId: '3', status: 'KILLED', endTime: 50 })]);
    expect((await queries.recordedRun('early')).run).toEqual({ runId: 'early', experimentId: '3', status: 'KILLED', endTime: 50 });
    await apply([trackingEvent('RunCreated', 1, { runId: 'early', experimentId: '3', runName: 'late-news', startTime: 10 })]);
    expect((await queries.recordedRun('early')).run).toEqual({
      runId: 'early',
      experimentId: '3',
      name: 'late-news',
      status: 'KILLED',
      startTime: 10,
      endTime: 50,
    });
  });

  it('a run that finishes twice keeps its latest finish, whichever arrives last', async () => {
    const failed = trackingEvent('RunFinished', 3, { runId: 'twice', experimentId: '1', status: 'FAILED', endTime: 30 });
    const finished = trackingEvent('RunFinished', 6, { runId: 'twice', experimentId: '1', status: 'FINISHED', endTime: 60 });
    await apply([finished, failed]);
    expect((await queries.recordedRun('twice')).run).toMatchObject({ status: 'FINISHED', endTime: 60 });
  });
});
