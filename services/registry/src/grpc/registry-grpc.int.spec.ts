import { failure, unaryCaller } from '@cairn/platform/grpc-testing';
import * as path from 'node:path';
import { loadProto } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { GRPC_ERROR_CODE_KEY, GrpcServer, lookupService } from '@cairn/platform';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { credentials, ServiceError, status } from '@grpc/grpc-js';
import { ModelHistory } from '../application/model-history';
import { GateDecision } from '../application/ports';
import { RegistryService } from '../application/registry-service';
import { FakeTracking, ScriptedGate, ScriptedVerifier } from '../application/testing/fakes';
import { PostgresModelRepository } from '../infrastructure/postgres/model-repository';
import { PostgresRegistryReads } from '../infrastructure/postgres/registry-reads';
import { LineageService } from '../lineage/lineage-service';
import { LineageQueries } from '../lineage/postgres/lineage-queries';
import type { ModelEvent__Output } from './generated/cairn/registry/v1/ModelEvent';
import type { RegistryServiceClient } from './generated/cairn/registry/v1/RegistryService';
import type { ProtoGrpcType } from './generated/registry';
import { REGISTRY_PROTO, REGISTRY_SERVICE } from './names';
import { registryHandlers } from './registry.grpc';
import { wrapWith } from './wrap';

/**
 * cairn.registry.v1 through a real gRPC server and a client built from the same proto, over the RegistryService
 * on a throwaway database (event store + read models + lineage tables, all migrations). Tracking and the artifact
 * check are fakes (their adapters have their own tests); the governance gate is scripted per test.
 */
jest.setTimeout(120_000);

const MIGRATIONS = path.resolve(__dirname, '../../migrations');
const RUN = 'c'.repeat(32);
const MODEL = `m-${'d'.repeat(32)}`;

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let registry: RegistryService;
let server: GrpcServer;
let client: RegistryServiceClient;
const internal: unknown[] = [];
let decideWith: () => GateDecision = () => ({ outcome: 'allow', reasons: ['allowed by test'] });

const tracking = new FakeTracking();
tracking.runs.set(RUN, {
  runId: RUN,
  experimentId: '3',
  artifactUri: `mlflow-artifacts:/3/${RUN}/artifacts`,
  tags: [{ key: 'mlflow.source.git.commit', value: 'abc123' }],
  params: [{ key: 'alpha', value: '0.5' }],
  metrics: [{ key: 'auc', value: 0.91, step: 1, timestamp: 2 }],
  datasets: [{ name: 'train', digest: 'd-train' }],
});
tracking.models.set(MODEL, { modelId: MODEL, experimentId: '3', sourceRunId: RUN, artifactLocation: `mlflow-artifacts:/3/models/${MODEL}/artifacts`, status: 'READY' });

const call = unaryCaller(() => client, 'user:ada');

const trailer = (error: ServiceError) => error.metadata.get(GRPC_ERROR_CODE_KEY);

/** Registers a version from the logged model and waits for the (fake) artifact check to make it READY. */
async function readyVersion(name: string): Promise<string> {
  const { model_version } = await call('CreateModelVersion', { name, source: `models:/${MODEL}`, model_id: MODEL });
  await registry.checksIdle();
  return model_version!.version;
}

beforeAll(async () => {
  db = await createTestDatabase('cairn_registry_grpc');
  pool = createPool(db.url, 'registry-grpc-test');
  await migrate(pool, 'registry', loadMigrations(MIGRATIONS));
  store = createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 100 } });
  await store.init();
  const reads = new PostgresRegistryReads(pool);
  registry = new RegistryService({
    repository: new PostgresModelRepository(pool, store),
    reads,
    tracking,
    verifier: new ScriptedVerifier([{ ok: true }]),
    gate: new ScriptedGate(() => decideWith()),
    logger: { warn: () => undefined },
    verification: { timeoutMs: 5_000, intervalMs: 1 },
  });
  const lineage = new LineageService(reads, new LineageQueries(pool));
  server = new GrpcServer();
  const wrap = wrapWith((error) => internal.push(error));
  server.addService(lookupService(loadProto(REGISTRY_PROTO), REGISTRY_SERVICE), registryHandlers(registry, new ModelHistory(store), lineage, wrap));
  const port = await server.start('127.0.0.1', 0);
  const proto = loadProto(REGISTRY_PROTO) as unknown as ProtoGrpcType;
  client = new proto.cairn.registry.v1.RegistryService(`127.0.0.1:${port}`, credentials.createInsecure());
});

afterAll(async () => {
  client?.close();
  await server?.shutdown(1_000);
  await registry?.stop();
  await store?.close();
  await pool?.end();
  await db?.drop();
});

afterEach(() => {
  decideWith = () => ({ outcome: 'allow', reasons: ['allowed by test'] });
});

describe('cairn.registry.v1.RegistryService', () => {
  it('creates a registered model and reads it back', async () => {
    const { registered_model } = await call('CreateRegisteredModel', {
      name: 'fraud',
      description: 'scores card payments',
      tags: [{ key: 'team', value: 'risk' }],
    });
    expect(registered_model).toMatchObject({ name: 'fraud', description: 'scores card payments', tags: [{ key: 'team', value: 'risk' }] });
    expect(Number(registered_model!.creation_timestamp)).toBeGreaterThan(0);
    const { registered_model: read } = await call('GetRegisteredModel', { name: 'fraud' });
    expect(read).toMatchObject({ name: 'fraud', latest_versions: [], aliases: [] });
  });

  it('registers versions PENDING_REGISTRATION with the actor, then READY after the artifact check', async () => {
    const { model_version } = await call('CreateModelVersion', { name: 'fraud', source: `models:/${MODEL}`, model_id: MODEL, description: 'v1' });
    expect(model_version).toMatchObject({
      name: 'fraud',
      version: '1',
      status: 'MODEL_VERSION_STATUS_PENDING_REGISTRATION',
      current_stage: 'None',
      user_id: 'user:ada',
      run_id: RUN,
      model_id: MODEL,
      description: 'v1',
    });
    await registry.checksIdle();
    const { model_version: ready } = await call('GetModelVersion', { name: 'fraud', version: '1' });
    expect(ready!.status).toBe('MODEL_VERSION_STATUS_READY');
    expect(await readyVersion('fraud')).toBe('2');
    expect(await call('GetModelVersionDownloadUri', { name: 'fraud', version: '1' })).toEqual({
      artifact_uri: `mlflow-artifacts:/3/models/${MODEL}/artifacts`,
    });
  });

  it('sets an alias (an ALLOWED promotion) and resolves the version by it', async () => {
    const { promotion } = await call('SetRegisteredModelAlias', { name: 'fraud', alias: 'champion', version: '1' });
    expect(promotion).toMatchObject({
      version: '1',
      alias: 'champion',
      target: 'alias',
      status: 'PROMOTION_STATUS_ALLOWED',
      reasons: ['allowed by test'],
      requested_by: 'user:ada',
      approvals_required: 0,
    });
    expect(promotion!.request_id).toMatch(/^[0-9a-f-]{36}$/);
    const { model_version } = await call('GetModelVersionByAlias', { name: 'fraud', alias: 'champion' });
    expect(model_version).toMatchObject({ version: '1', aliases: ['champion'] });
    expect((await call('GetRegisteredModel', { name: 'fraud' })).registered_model!.aliases).toEqual([{ alias: 'champion', version: '1' }]);
  });

  it('transitions stages, archiving the versions already in the target stage when asked', async () => {
    const first = await call('TransitionModelVersionStage', { name: 'fraud', version: '1', stage: 'production' });
    expect(first.model_version).toMatchObject({ version: '1', current_stage: 'Production' });
    expect(first.promotion).toMatchObject({ stage: 'Production', target: 'stage', status: 'PROMOTION_STATUS_ALLOWED' });

    const second = await call('TransitionModelVersionStage', { name: 'fraud', version: '2', stage: 'Production', archive_existing_versions: true });
    expect(second.model_version!.current_stage).toBe('Production');
    expect((await call('GetModelVersion', { name: 'fraud', version: '1' })).model_version!.current_stage).toBe('Archived');
    const { model_versions } = await call('GetLatestVersions', { name: 'fraud', stages: ['production', 'Archived'] });
    expect(model_versions.map((v) => [v.version, v.current_stage])).toEqual([
      ['2', 'Production'],
      ['1', 'Archived'],
    ]);
  });

  it('answers a promotion awaiting approval as such, the version unchanged; a denial is PERMISSION_DENIED', async () => {
    decideWith = () => ({ outcome: 'needs-approval', decisionId: 'dec-1', approvalsRequired: 2, reasons: ['two approvers'] });
    const waiting = await call('TransitionModelVersionStage', { name: 'fraud', version: '1', stage: 'Staging' });
    expect(waiting.promotion).toMatchObject({ status: 'PROMOTION_STATUS_AWAITING_APPROVAL', approvals_required: 2, decision_id: 'dec-1', stage: 'Staging' });
    expect(waiting.model_version!.current_stage).toBe('Archived');
    const alias = await call('SetRegisteredModelAlias', { name: 'fraud', alias: 'challenger', version: '2' });
    expect(alias.promotion!.status).toBe('PROMOTION_STATUS_AWAITING_APPROVAL');
    await expect(failure(call('GetModelVersionByAlias', { name: 'fraud', alias: 'challenger' }))).resolves.toMatchObject({ code: status.INVALID_ARGUMENT });

    decideWith = () => ({ outcome: 'deny', reasons: ['no production on Fridays'] });
    const denied = await failure(call('SetRegisteredModelAlias', { name: 'fraud', alias: 'champion', version: '2' }));
    expect(denied.code).toBe(status.PERMISSION_DENIED);
    expect(denied.details).toContain('no production on Fridays');
    expect(trailer(denied)).toEqual(['REGISTRY.PROMOTION_DENIED']);
  });

  it('updates descriptions and sets and deletes tags of models and versions', async () => {
    expect((await call('UpdateRegisteredModel', { name: 'fraud', description: 'v2 scoring' })).registered_model!.description).toBe('v2 scoring');
    expect((await call('UpdateModelVersion', { name: 'fraud', version: '2', description: 'second' })).model_version!.description).toBe('second');
    await call('SetRegisteredModelTag', { name: 'fraud', key: 'tier', value: 'gold' });
    await call('DeleteRegisteredModelTag', { name: 'fraud', key: 'team' });
    await call('SetModelVersionTag', { name: 'fraud', version: '2', key: 'validated', value: 'yes' });
    await call('SetModelVersionTag', { name: 'fraud', version: '2', key: 'temp', value: 'x' });
    await call('DeleteModelVersionTag', { name: 'fraud', version: '2', key: 'temp' });
    expect((await call('GetRegisteredModel', { name: 'fraud' })).registered_model!.tags).toEqual([{ key: 'tier', value: 'gold' }]);
    expect((await call('GetModelVersion', { name: 'fraud', version: '2' })).model_version!.tags).toEqual([{ key: 'validated', value: 'yes' }]);
  });

  it('searches models and versions page by page with opaque tokens', async () => {
    for (const name of ['churn-a', 'churn-b', 'churn-c']) await call('CreateRegisteredModel', { name });
    await readyVersion('churn-b');

    const seen: string[] = [];
    let page_token = '';
    do {
      const page = await call('SearchRegisteredModels', { filter: "name LIKE 'churn-%'", max_results: 2, order_by: ['name DESC'], page_token });
      expect(page.registered_models.length).toBeLessThanOrEqual(2);
      seen.push(...page.registered_models.map((m) => m.name));
      page_token = page.next_page_token;
    } while (page_token !== '');
    expect(seen).toEqual(['churn-c', 'churn-b', 'churn-a']);

    const first = await call('SearchModelVersions', { filter: "name = 'fraud'", max_results: 1, order_by: ['version_number DESC'] });
    expect(first.model_versions.map((v) => v.version)).toEqual(['2']);
    const second = await call('SearchModelVersions', { filter: "name = 'fraud'", max_results: 1, order_by: ['version_number DESC'], page_token: first.next_page_token });
    expect(second).toMatchObject({ model_versions: [expect.objectContaining({ version: '1' })], next_page_token: '' });
  });

  it('answers GetLineage from the version registered through gRPC', async () => {
    const { graph } = await call('GetLineage', { name: 'fraud', version: '2' });
    expect(graph!.root).toBe('model_version:fraud/2');
    expect(graph!.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['dataset:train@d-train', `run:${RUN}`, `logged_model:${MODEL}`, 'experiment:3']));
    expect(graph!.edges).toContainEqual({ from_id: `logged_model:${MODEL}`, to_id: 'model_version:fraud/2', relation: 'LINEAGE_RELATION_REGISTERED_AS' });
  });

  it('renames a model with its versions and aliases; ListModelHistory shows both sides of the rename, paged', async () => {
    const { registered_model } = await call('RenameRegisteredModel', { name: 'fraud', new_name: 'fraud-v2' });
    expect(registered_model).toMatchObject({ name: 'fraud-v2', aliases: [{ alias: 'champion', version: '1' }] });
    expect((await call('GetModelVersionByAlias', { name: 'fraud-v2', alias: 'champion' })).model_version!.name).toBe('fraud-v2');
    expect((await failure(call('GetRegisteredModel', { name: 'fraud' }))).code).toBe(status.NOT_FOUND);

    // The old name's stream: its whole life, ending with the rename; read 4 at a time.
    const old: ModelEvent__Output[] = [];
    let page_token = '';
    do {
      const page = await call('ListModelHistory', { name: 'fraud', max_results: 4, page_token });
      expect(page.events.length).toBeLessThanOrEqual(4);
      old.push(...page.events);
      page_token = page.next_page_token;
    } while (page_token !== '');
    expect(old.map((e) => Number(e.stream_version))).toEqual(old.map((_, i) => i + 1));
    expect(old[0]).toMatchObject({ type: 'RegisteredModelCreated', actor: 'user:ada' });
    expect(old.map((e) => e.type)).toEqual(expect.arrayContaining(['ModelVersionRegistered', 'PromotionRequested', 'PromotionAllowed', 'AliasAssigned', 'StageTransitioned']));
    expect(old.at(-1)!.type).toBe('RegisteredModelRenamed');
    expect(JSON.parse(old.at(-1)!.data_json)).toMatchObject({ name: 'fraud', newName: 'fraud-v2' });

    // The new name's stream opens with RegisteredModelRenamedFrom naming the previous name (where to read on).
    const { events, next_page_token } = await call('ListModelHistory', { name: 'fraud-v2' });
    expect(next_page_token).toBe('');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'RegisteredModelRenamedFrom', stream: 'model-fraud-v2', stream_version: '1' });
    expect(JSON.parse(events[0].data_json)).toMatchObject({ name: 'fraud-v2', previousName: 'fraud' });
    expect(BigInt(events[0].position)).toBeGreaterThan(BigInt(old[0].position));
  });

  it('deletes an alias, a version and then the model; the history keeps the deleted life', async () => {
    await call('DeleteRegisteredModelAlias', { name: 'fraud-v2', alias: 'champion' });
    expect((await failure(call('GetModelVersionByAlias', { name: 'fraud-v2', alias: 'champion' }))).code).toBe(status.INVALID_ARGUMENT);
    await call('DeleteModelVersion', { name: 'fraud-v2', version: '1' });
    expect((await failure(call('GetModelVersion', { name: 'fraud-v2', version: '1' }))).code).toBe(status.NOT_FOUND);
    await call('DeleteRegisteredModel', { name: 'fraud-v2' });
    expect((await failure(call('GetRegisteredModel', { name: 'fraud-v2' }))).code).toBe(status.NOT_FOUND);
    const types = (await call('ListModelHistory', { name: 'fraud-v2' })).events.map((e) => e.type);
    expect(types[0]).toBe('RegisteredModelRenamedFrom');
    expect(types).toContain('ModelVersionDeleted');
    expect(types.at(-1)).toBe('RegisteredModelDeleted');
  });

  describe('errors: the REST messages, the mapped status and the cairn-error-code trailer', () => {
    it('an unknown model or version is NOT_FOUND', async () => {
      const model = await failure(call('GetRegisteredModel', { name: 'nope' }));
      expect([model.code, model.details, trailer(model)]).toEqual([status.NOT_FOUND, 'Registered Model with name=nope not found', ['REGISTRY.MODEL_NOT_FOUND']]);
      const version = await failure(call('GetModelVersion', { name: 'churn-b', version: '9' }));
      expect([version.code, version.details, trailer(version)]).toEqual([
        status.NOT_FOUND,
        'Model Version (name=churn-b, version=9) not found',
        ['REGISTRY.VERSION_NOT_FOUND'],
      ]);
      const history = await failure(call('ListModelHistory', { name: 'never-existed' }));
      expect([history.code, trailer(history)]).toEqual([status.NOT_FOUND, ['REGISTRY.MODEL_NOT_FOUND']]);
    });

    it('a duplicate name is ALREADY_EXISTS', async () => {
      const error = await failure(call('CreateRegisteredModel', { name: 'churn-a' }));
      expect([error.code, error.details, trailer(error)]).toEqual([
        status.ALREADY_EXISTS,
        'Registered Model (name=churn-a) already exists.',
        ['REGISTRY.MODEL_ALREADY_EXISTS'],
      ]);
    });

    it('bad input is INVALID_ARGUMENT, and the next good call still works', async () => {
      const missing = await failure(call('CreateRegisteredModel', { name: '' }));
      expect([missing.code, trailer(missing)]).toEqual([status.INVALID_ARGUMENT, ['REGISTRY.MISSING_PARAMETER']]);
      expect(missing.details).toMatch(/name/);

      const version = await failure(call('GetModelVersion', { name: 'churn-b', version: 'one' }));
      expect([version.code, trailer(version)]).toEqual([status.INVALID_ARGUMENT, ['REGISTRY.INVALID_VERSION']]);

      const stage = await failure(call('TransitionModelVersionStage', { name: 'churn-b', version: '1', stage: 'Prod' }));
      expect([stage.code, trailer(stage)]).toEqual([status.INVALID_ARGUMENT, ['REGISTRY.INVALID_STAGE']]);

      const source = await failure(call('CreateModelVersion', { name: 'churn-b', source: 'file:///etc/passwd' }));
      expect(source.code).toBe(status.INVALID_ARGUMENT);

      const token = await failure(call('SearchRegisteredModels', { page_token: 'not a token!' }));
      expect([token.code, trailer(token)]).toEqual([status.INVALID_ARGUMENT, ['REGISTRY.INVALID_PAGE_TOKEN']]);
      const historyToken = await failure(call('ListModelHistory', { name: 'churn-b', page_token: 'e30=' }));
      expect([historyToken.code, trailer(historyToken)]).toEqual([status.INVALID_ARGUMENT, ['REGISTRY.INVALID_PAGE_TOKEN']]);
      const size = await failure(call('ListModelHistory', { name: 'churn-b', max_results: -1 }));
      expect(size.code).toBe(status.INVALID_ARGUMENT);

      const unknownAlias = await failure(call('GetModelVersionByAlias', { name: 'churn-b', alias: 'ghost' }));
      expect([unknownAlias.code, unknownAlias.details]).toEqual([status.INVALID_ARGUMENT, 'Registered model alias ghost not found.']);

      await expect(call('GetModelVersion', { name: 'churn-b', version: '1' })).resolves.toMatchObject({ model_version: { status: 'MODEL_VERSION_STATUS_READY' } });
    });

    it('promoting a version that is not READY is FAILED_PRECONDITION', async () => {
      const verifier = new ScriptedVerifier([{ ok: false, reason: 'no MLmodel', final: true }]);
      const failing = new RegistryService({
        repository: new PostgresModelRepository(pool, store),
        reads: new PostgresRegistryReads(pool),
        tracking,
        verifier,
        gate: new ScriptedGate(() => decideWith()),
        logger: { warn: () => undefined },
        verification: { timeoutMs: 5_000, intervalMs: 1 },
      });
      await failing.versions.create({ name: 'churn-c', source: `models:/${MODEL}`, modelId: MODEL }, { actor: 't', correlationId: 'c', traceparent: null, now: Date.now() });
      await failing.checksIdle();
      const error = await failure(call('SetRegisteredModelAlias', { name: 'churn-c', alias: 'prod', version: '1' }));
      expect([error.code, trailer(error)]).toEqual([status.FAILED_PRECONDITION, ['REGISTRY.VERSION_NOT_READY']]);
    });

    it('nothing became INTERNAL', () => {
      expect(internal).toEqual([]);
    });
  });
});
