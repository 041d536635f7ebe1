import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { createPostgresEventStore } from '@cairn/event-store';
import { CommandContext } from '../../application/ports';
import { TrackingStore } from '../../application/tracking-store';
import { PostgresTrackingRepository } from './postgres-tracking-repository';

let db: TestDatabase;
let pool: Pool;
let store: TrackingStore;
let now = 1_700_000_000_000;
const ctx = (): CommandContext => ({ actor: 'tester', correlationId: 'c-1', now: now++ });

beforeAll(async () => {
  db = await createTestDatabase('cairn_tracking');
  pool = createPool(db.url, 'tracking-int');
  await migrate(pool, 'tracking', loadMigrations(path.resolve(__dirname, '../../../migrations')));
  await createPostgresEventStore({ pool }).init();
  store = new TrackingStore(new PostgresTrackingRepository(pool), path.join(tmpdir(), 'cairn-tracking-artifacts'));
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function newRun(experimentId: string, name?: string) {
  return (await store.createRun({ experimentId, runName: name }, ctx())).info.runId;
}

const streamEvents = async (runId: string) =>
  (await pool.query<{ type: string }>(`SELECT type FROM eventstore.events WHERE stream = $1 ORDER BY version`, [`run-${runId}`])).rows.map(
    (row) => row.type,
  );

describe('the tracking store on PostgreSQL', () => {
  it('the default experiment 0 exists after migrations', async () => {
    expect(await store.getExperiment('0')).toMatchObject({ name: 'Default', artifactLocation: 'mlflow-artifacts:/0' });
  });

  it('duplicate experiment name returns RESOURCE_ALREADY_EXISTS', async () => {
    await store.createExperiment({ name: 'dup' }, ctx());
    await expect(store.createExperiment({ name: 'dup' }, ctx())).rejects.toMatchObject({ kind: 'ALREADY_EXISTS' });
  });

  it('search with a metric filter, a metric order and pagination', async () => {
    const experimentId = await store.createExperiment({ name: 'search' }, ctx());
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const runId = await newRun(experimentId, `r${i}`);
      ids.push(runId);
      await store.logBatch(runId, {
        metrics: [{ key: 'acc', value: i / 10, timestamp: 1, step: 0 }],
        params: [{ key: 'even', value: String(i % 2 === 0) }],
        tags: [],
      });
    }
    const nan = await newRun(experimentId, 'nan');
    await store.logMetric(nan, { key: 'acc', value: NaN, timestamp: 1, step: 0 });
    const query = { experimentIds: [experimentId], filter: "metrics.acc >= 0.3 AND params.even = 'true'", orderBy: ['metrics.acc DESC'] };
    const first = await store.searchRuns({ ...query, maxResults: 2 });
    expect(first.items.map((r) => r.info.runName)).toEqual(['r8', 'r6']);
    const second = await store.searchRuns({ ...query, maxResults: 2, pageToken: first.nextPageToken });
    expect(second.items.map((r) => r.info.runName)).toEqual(['r4']);
    expect(second.nextPageToken).toBeUndefined();
    const ordered = await store.searchRuns({ experimentIds: [experimentId], orderBy: ['metrics.acc ASC'], maxResults: 3 });
    expect(ordered.items.map((r) => r.info.runName)).toEqual(['r0', 'r1', 'r2']);
    const descending = await store.searchRuns({ experimentIds: [experimentId], orderBy: ['metrics.acc DESC'] });
    expect(descending.items.at(-1)?.info.runName).toBe('nan'); // NaN after numbers in both directions
  });

  it('params are immutable: a different value is INVALID_PARAMETER_VALUE, the same value is fine', async () => {
    const runId = await newRun('0');
    await store.logParam(runId, { key: 'lr', value: '0.1' });
    await store.logParam(runId, { key: 'lr', value: '0.1' });
    await expect(store.logParam(runId, { key: 'lr', value: '0.2' })).rejects.toMatchObject({
      kind: 'INVALID_ARGUMENT',
      code: 'TRACKING.PARAM_IMMUTABLE',
    });
  });

  it('latest metric: max step, then max timestamp, then max value; history keeps every point', async () => {
    const runId = await newRun('0');
    await store.logBatch(runId, {
      metrics: [
        { key: 'loss', value: 5, timestamp: 10, step: 3 },
        { key: 'loss', value: 1, timestamp: 99, step: 2 },
        { key: 'loss', value: 7, timestamp: 10, step: 3 },
      ],
      params: [],
      tags: [],
    });
    await store.logMetric(runId, { key: 'loss', value: 0, timestamp: 5, step: 3 });
    const run = await store.getRun(runId);
    expect(run.data.metrics).toEqual([{ key: 'loss', value: 7, timestamp: 10, step: 3 }]);
    const history = await store.getMetricHistory({ runId, metricKey: 'loss' });
    expect(history.items.map((m) => m.value)).toEqual([1, 0, 5, 7]);
  });

  it('log-batch is atomic: a batch with a changed param writes nothing', async () => {
    const runId = await newRun('0');
    await store.logParam(runId, { key: 'p', value: 'a' });
    await expect(
      store.logBatch(runId, {
        metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }],
        params: [{ key: 'p', value: 'b' }],
        tags: [{ key: 't', value: 'v' }],
      }),
    ).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
    const run = await store.getRun(runId);
    expect(run.data.metrics).toEqual([]);
    expect(run.data.tags.find((t) => t.key === 't')).toBeUndefined();
  });

  it('log-batch into a deleted run is INVALID_PARAMETER_VALUE and into a missing run NOT_FOUND, writing nothing', async () => {
    const batch = {
      metrics: [{ key: 'm', value: 1, timestamp: 1, step: 0 }],
      params: [],
      tags: [{ key: 't', value: 'v' }],
    };
    const runId = await newRun('0');
    await store.deleteRun(runId, ctx());
    await expect(store.logBatch(runId, batch)).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT', code: 'TRACKING.RUN_NOT_ACTIVE' });
    await expect(store.logBatch(runId, { ...batch, params: [{ key: 'p', value: 'a' }] })).rejects.toMatchObject({
      code: 'TRACKING.RUN_NOT_ACTIVE',
    });
    await expect(store.logBatch('no-such-run', batch)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const written = await pool.query(
      `SELECT (SELECT count(*) FROM tracking.metrics WHERE run_id = $1) + (SELECT count(*) FROM tracking.params WHERE run_id = $1)
            + (SELECT count(*) FROM tracking.tags WHERE run_id = $1 AND key = 't') AS n`,
      [runId],
    );
    expect(Number(written.rows[0].n)).toBe(0);
  });

  it('log-batch with a tag key given twice keeps the last value, as two set-tag calls would', async () => {
    const runId = await newRun('0');
    await store.logBatch(runId, { metrics: [], params: [], tags: [{ key: 't', value: 'first' }, { key: 't', value: 'last' }] });
    expect((await store.getRun(runId)).data.tags.find((t) => t.key === 't')).toEqual({ key: 't', value: 'last' });
  });

  it('RunCreated, RunFinished and DatasetLogged are appended to run-<id> with the rows', async () => {
    const runId = await newRun('0');
    await store.logInputs(
      runId,
      [{ tags: [{ key: 'mlflow.data.context', value: 'training' }], dataset: { name: 'd', digest: 'abc', sourceType: 'code', source: '{}' } }],
      ctx(),
    );
    await store.updateRun({ runId, status: 'FINISHED', endTime: now }, ctx());
    await store.updateRun({ runId, status: 'FINISHED', endTime: now }, ctx());
    expect(await streamEvents(runId)).toEqual(['RunCreated', 'DatasetLogged', 'RunFinished']);
    const found = await store.searchRuns({ experimentIds: ['0'], filter: "dataset.context = 'training' AND dataset.digest = 'abc'" });
    expect(found.items.map((r) => r.info.runId)).toEqual([runId]);
  });

  it('a missing run is NOT_FOUND and logging to a deleted run is INVALID_PARAMETER_VALUE', async () => {
    await expect(store.getRun('f'.repeat(32))).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const runId = await newRun('0');
    await store.deleteRun(runId, ctx());
    await expect(store.setTag(runId, { key: 'a', value: 'b' })).rejects.toMatchObject({ code: 'TRACKING.RUN_NOT_ACTIVE' });
  });

  it('bulk interval samples at most max_results steps per run, keeping the first and last', async () => {
    const runId = await newRun('0');
    await store.logBatch(runId, {
      metrics: Array.from({ length: 100 }, (_, step) => ({ key: 'x', value: step, timestamp: 1, step })),
      params: [],
      tags: [],
    });
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [runId], metricKey: 'x', maxResults: 10 });
    expect(sampled.length).toBeLessThanOrEqual(10);
    expect(sampled[0].step).toBe(0);
    expect(sampled.at(-1)?.step).toBe(99);
  });
});
