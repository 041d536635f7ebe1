import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { TrackingStore } from '../../application/tracking-store';
import { Metric } from '../../domain/model';
import { createTrackingTestDatabase, testCommands, TrackingTestDatabase } from '../../testing/tracking-database';
import { PostgresTrackingRepository } from './postgres-tracking-repository';

let db: TrackingTestDatabase;
let store: TrackingStore;
const ctx = testCommands();

beforeAll(async () => {
  db = await createTrackingTestDatabase('metric-history-int');
  store = new TrackingStore(new PostgresTrackingRepository(db.pool), path.join(tmpdir(), 'cairn-tracking-artifacts'));
}, 60_000);

afterAll(() => db?.drop());

/** A run with `points` of metric `x`, logged in MLflow-sized batches; point i has value i. */
async function runWith(points: Array<Omit<Metric, 'key'>>): Promise<string> {
  const runId = (await store.createRun({ experimentId: '0' }, ctx())).info.runId;
  for (let i = 0; i < points.length; i += 1000) {
    await store.logBatch(runId, { metrics: points.slice(i, i + 1000).map((p) => ({ key: 'x', ...p })), params: [], tags: [] });
  }
  return runId;
}
const steps = (count: number, first = 0) => Array.from({ length: count }, (_, i) => ({ value: i, timestamp: 1, step: first + i }));

describe('get-history-bulk-interval on PostgreSQL', () => {
  it('samples each run on its own, keeps min and max step, and answers runs in the order asked', async () => {
    const long = await runWith(steps(101));
    const short = await runWith(steps(3, 50));
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [short, long], metricKey: 'x', maxResults: 4 });
    expect(sampled.map((m) => [m.runId, m.step])).toEqual([
      [short, 50],
      [short, 51],
      [short, 52],
      [long, 0],
      [long, 26],
      [long, 51],
      [long, 100],
    ]);
    expect(sampled[0]).toEqual({ runId: short, key: 'x', value: 0, timestamp: 1, step: 50 });
  });

  it('with a step range, samples only the points inside it, keeping its first and last', async () => {
    const runId = await runWith(steps(200, -50));
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [runId], metricKey: 'x', startStep: 10, endStep: 20, maxResults: 3 });
    expect(sampled.map((m) => m.step)).toEqual([10, 14, 20]);
  });

  it('without a range, negative steps count too', async () => {
    const runId = await runWith(steps(5, -2));
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [runId], metricKey: 'x', maxResults: 2 });
    expect(sampled.map((m) => m.step)).toEqual([-2, 2]);
  });

  it('many values at one step are sampled as points, so the answer stays within max_results', async () => {
    const runId = await runWith(Array.from({ length: 1500 }, (_, i) => ({ value: i, timestamp: i, step: 0 })));
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [runId], metricKey: 'x', maxResults: 5 });
    expect(sampled.map((m) => m.timestamp)).toEqual([0, 300, 600, 900, 1499]);
  });

  it('without max_results, returns up to 2,500 points per run', async () => {
    const runId = await runWith(steps(2600));
    const sampled = await store.getMetricHistoryBulkInterval({ runIds: [runId], metricKey: 'x' });
    expect(sampled).toHaveLength(2500);
    expect([sampled[0].step, sampled.at(-1)?.step]).toEqual([0, 2599]);
  });

  it('a run without the metric contributes nothing; an unknown run is NOT_FOUND', async () => {
    const empty = await runWith([]);
    expect(await store.getMetricHistoryBulkInterval({ runIds: [empty], metricKey: 'x', maxResults: 10 })).toEqual([]);
    await expect(store.getMetricHistoryBulkInterval({ runIds: ['f'.repeat(32)], metricKey: 'x' })).rejects.toMatchObject({
      kind: 'NOT_FOUND',
    });
  });
});
