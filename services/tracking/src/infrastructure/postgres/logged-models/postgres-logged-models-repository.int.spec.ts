import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { createPostgresEventStore } from '@cairn/event-store';
import { CommandContext } from '../../../application/ports';
import { LoggedModelsStore } from '../../../application/logged-models-store';
import { TrackingStore } from '../../../application/tracking-store';
import { PostgresTrackingRepository } from '../postgres-tracking-repository';
import { PostgresLoggedModelsRepository } from './postgres-logged-models-repository';

let db: TestDatabase;
let pool: Pool;
let tracking: TrackingStore;
let models: LoggedModelsStore;
let now = 1_700_000_000_000;
const ctx = (): CommandContext => ({ actor: 'tester', correlationId: 'c-1', now: now++ });

beforeAll(async () => {
  db = await createTestDatabase('cairn_tracking_models');
  pool = createPool(db.url, 'tracking-models-int');
  await migrate(pool, 'tracking', loadMigrations(path.resolve(__dirname, '../../../../migrations')));
  await createPostgresEventStore({ pool }).init();
  const repository = new PostgresTrackingRepository(pool);
  tracking = new TrackingStore(repository, path.join(tmpdir(), 'cairn-tracking-artifacts'));
  models = new LoggedModelsStore(new PostgresLoggedModelsRepository(pool), repository);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

const eventsOf = async (stream: string) =>
  (await pool.query<{ type: string; data: Record<string, unknown> }>(
    `SELECT type, data FROM eventstore.events WHERE stream = $1 ORDER BY version`,
    [stream],
  )).rows;

describe('logged models on PostgreSQL', () => {
  let experimentId: string;
  let runId: string;

  beforeAll(async () => {
    experimentId = await tracking.createExperiment({ name: 'models' }, ctx());
    runId = (await tracking.createRun({ experimentId }, ctx())).info.runId;
  });

  it('create writes the model PENDING with tags and params and appends ModelLogged to run-<id>', async () => {
    const model = await models.createLoggedModel(
      { experimentId, name: 'clf', sourceRunId: runId, params: [{ key: 'C', value: '1' }], tags: [{ key: 't', value: 'v' }] },
      ctx(),
    );
    expect(model.modelId).toMatch(/^m-[0-9a-f]{32}$/);
    expect(await models.getLoggedModel(model.modelId)).toMatchObject({
      status: 'PENDING',
      name: 'clf',
      sourceRunId: runId,
      artifactLocation: `mlflow-artifacts:/${experimentId}/models/${model.modelId}/artifacts`,
      params: [{ key: 'C', value: '1' }],
      tags: [{ key: 't', value: 'v' }],
    });
    const events = await eventsOf(`run-${runId}`);
    expect(events.map((e) => e.type)).toEqual(['RunCreated', 'ModelLogged']);
    expect(events[1].data).toMatchObject({ runId, modelId: model.modelId, name: 'clf', experimentId });
  });

  it('a run-less model records no event', async () => {
    const before = (await pool.query(`SELECT count(*)::int AS n FROM eventstore.events`)).rows[0].n;
    const model = await models.createLoggedModel({ experimentId }, ctx());
    expect(model.sourceRunId).toBeNull();
    expect((await pool.query(`SELECT count(*)::int AS n FROM eventstore.events`)).rows[0].n).toBe(before);
  });

  it('an unknown source run is RESOURCE_DOES_NOT_EXIST and writes nothing', async () => {
    await expect(models.createLoggedModel({ experimentId, sourceRunId: 'nope' }, ctx())).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('finalize READY, then back to PENDING is refused', async () => {
    const { modelId } = await models.createLoggedModel({ experimentId }, ctx());
    expect((await models.finalizeLoggedModel(modelId, 'READY', ctx())).status).toBe('READY');
    await expect(models.finalizeLoggedModel(modelId, 'PENDING', ctx())).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
    expect((await models.getLoggedModel(modelId)).status).toBe('READY');
  });

  it('a changed param value is INVALID_PARAMETER_VALUE; the same value is a no-op', async () => {
    const { modelId } = await models.createLoggedModel({ experimentId, params: [{ key: 'a', value: '1' }] }, ctx());
    await models.logLoggedModelParams(modelId, [{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
    await expect(models.logLoggedModelParams(modelId, [{ key: 'a', value: '9' }])).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
    expect((await models.getLoggedModel(modelId)).params).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
  });

  it('search filters by metric (on a dataset), param and name, orders by latest metric, pages', async () => {
    const exp = await tracking.createExperiment({ name: 'models-search' }, ctx());
    const run = (await tracking.createRun({ experimentId: exp }, ctx())).info.runId;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { modelId } = await models.createLoggedModel({ experimentId: exp, name: `m${i}`, params: [{ key: 'even', value: String(i % 2 === 0) }] }, ctx());
      ids.push(modelId);
      await models.logModelMetrics(run, [
        { key: 'acc', value: 0, timestamp: 1, step: 0, modelId, datasetName: 'eval' },
        { key: 'acc', value: i / 10, timestamp: 2, step: 1, modelId, datasetName: 'eval' },
      ]);
    }
    const search = (q: Parameters<LoggedModelsStore['searchLoggedModels']>[0]) =>
      models.searchLoggedModels({ experimentIds: [exp], ...q }).then((p) => ({ ids: p.items.map((m) => m.modelId), token: p.nextPageToken }));

    expect((await search({ filter: 'metrics.acc >= 0.3' })).ids.sort()).toEqual([ids[3], ids[4]].sort());
    expect((await search({ filter: 'metrics.acc >= 0.3', datasets: [{ datasetName: 'train' }] })).ids).toEqual([]);
    expect((await search({ filter: "params.even = 'true' AND name != 'm0'" })).ids.sort()).toEqual([ids[2], ids[4]].sort());
    const first = await search({ orderBy: [{ fieldName: 'metrics.acc', ascending: false }], maxResults: 3 });
    expect(first.ids).toEqual([ids[4], ids[3], ids[2]]);
    const second = await search({ orderBy: [{ fieldName: 'metrics.acc', ascending: false }], maxResults: 3, pageToken: first.token });
    expect(second).toEqual({ ids: [ids[1], ids[0]], token: undefined });
    expect((await search({})).ids).toEqual([...ids].reverse());
    await expect(search({ filter: 'metrics.acc > x' })).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
  });

  it('metrics linked to an unknown model are RESOURCE_DOES_NOT_EXIST', async () => {
    await expect(
      models.logModelMetrics(runId, [{ key: 'a', value: 1, timestamp: 1, step: 0, modelId: `m-${'0'.repeat(32)}` }]),
    ).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('tags upsert and delete; a deleted model is not found but readable with allowDeleted', async () => {
    const { modelId } = await models.createLoggedModel({ experimentId }, ctx());
    await models.setLoggedModelTags(modelId, [{ key: 'a', value: '1' }, { key: 'a', value: '2' }], ctx());
    expect((await models.getLoggedModel(modelId)).tags).toEqual([{ key: 'a', value: '2' }]);
    await models.deleteLoggedModelTag(modelId, 'a');
    await expect(models.deleteLoggedModelTag(modelId, 'a')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    await models.logOutputs(runId, [{ modelId, step: 3 }]);
    await models.deleteLoggedModel(modelId, ctx());
    await expect(models.getLoggedModel(modelId)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    expect((await models.getLoggedModel(modelId, true)).lifecycleStage).toBe('deleted');
    expect((await models.searchLoggedModels({ experimentIds: [experimentId] })).items.map((m) => m.modelId)).not.toContain(modelId);
  });
});
