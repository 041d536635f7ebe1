import * as path from 'node:path';
import { AlreadyExists, Conflict, PermissionDenied } from '@cairn/contracts';
import { createPostgresEventStore, EventStore, PostgresEventStore } from '@cairn/event-store';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { AllowAllGate } from '../../application/allow-all-gate';
import { GovernanceGate } from '../../application/ports';
import { RegistryService } from '../../application/registry-service';
import { contextAt, FakeTracking, ScriptedGate, ScriptedVerifier } from '../../application/testing/fakes';
import { modelStream } from '../../domain';
import { PostgresModelRepository } from './model-repository';
import { READ_MODEL_TABLES, rebuildReadModels } from './rebuild';
import { PostgresRegistryReads } from './registry-reads';

/**
 * The event-sourced write side on the real PostgreSQL: commands through RegistryService, appended with their
 * projections; the read models rebuilt from the event store equal the live ones; concurrent writers re-read and
 * re-decide; a rename is one transaction.
 */
jest.setTimeout(120_000);

const MIGRATIONS = path.resolve(__dirname, '../../../migrations');
const RUN = 'a'.repeat(32);
const MODEL = `m-${'b'.repeat(32)}`;

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let clock = Date.UTC(2026, 0, 1);
const ctx = () => contextAt((clock += 1_000));

const tracking = new FakeTracking();
tracking.runs.set(RUN, {
  runId: RUN,
  experimentId: '1',
  artifactUri: `mlflow-artifacts:/1/${RUN}/artifacts`,
  tags: [{ key: 'mlflow.source.git.commit', value: 'abc' }],
  params: [],
  metrics: [{ key: 'auc', value: 0.9, step: 1, timestamp: 2 }],
  datasets: [{ name: 'train', digest: 'd1' }],
});
tracking.models.set(MODEL, { modelId: MODEL, experimentId: '1', sourceRunId: RUN, artifactLocation: `mlflow-artifacts:/1/models/${MODEL}/artifacts`, status: 'READY' });

function registryOn(eventStore: EventStore, gate: GovernanceGate = new AllowAllGate(), maxAttempts = 5) {
  const repository = new PostgresModelRepository(pool, eventStore, maxAttempts);
  const registry = new RegistryService({
    repository,
    reads: new PostgresRegistryReads(pool),
    tracking,
    verifier: new ScriptedVerifier([{ ok: true }]),
    gate,
    logger: { warn: () => undefined },
    verification: { timeoutMs: 5_000, intervalMs: 1 },
  });
  return { registry, repository };
}

/** The store with a hook after every readStream: another writer acts between a command's read and its commit. */
function interceptReads(inner: EventStore, after: (stream: string, call: number) => Promise<void>): EventStore {
  let calls = 0;
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'readStream') {
        return async (...args: Parameters<EventStore['readStream']>) => {
          const events = await target.readStream(...args);
          await after(args[0], ++calls);
          return events;
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function readModelSnapshot(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await pool.query(`SELECT * FROM ${table}`);
    snapshot[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

async function versionReady(registry: RegistryService, name: string) {
  const version = await registry.versions.create({ name, source: `models:/${MODEL}` }, ctx());
  await registry.checksIdle();
  return version.version;
}

beforeAll(async () => {
  db = await createTestDatabase('cairn_registry_repo');
  pool = createPool(db.url, 'registry-repository-test');
  await migrate(pool, 'registry', loadMigrations(MIGRATIONS));
  store = createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 100 } });
  await store.init();
});

afterAll(async () => {
  await store?.close();
  await pool?.end();
  await db?.drop();
});

describe('the registry on PostgreSQL', () => {
  it('rebuilds read models from the event store equal to the live ones (replay)', async () => {
    const { registry } = registryOn(store);
    const denying = registryOn(store, new ScriptedGate(() => ({ outcome: 'deny', reasons: ['no'] }))).registry;
    const unreachable = registryOn(store, new ScriptedGate(() => Promise.reject(new Error('down')))).registry;

    await registry.models.create({ name: 'fraud', description: 'scores', tags: [{ key: 'team', value: 'risk' }] }, ctx());
    await registry.models.create({ name: 'churn' }, ctx());
    for (let i = 0; i < 3; i += 1) await versionReady(registry, 'fraud');
    await versionReady(registry, 'churn');
    await registry.promotions.setAlias('fraud', 'champion', '1', ctx());
    await registry.promotions.setAlias('fraud', 'champion', '2', ctx());
    await registry.promotions.transitionStage('fraud', '1', 'Staging', false, ctx());
    await registry.promotions.transitionStage('fraud', '2', 'Staging', true, ctx());
    await expect(denying.promotions.setAlias('fraud', 'prod', '3', ctx())).rejects.toBeInstanceOf(PermissionDenied);
    await expect(unreachable.promotions.setAlias('fraud', 'prod', '3', ctx())).rejects.toThrow(/governance is unavailable/);
    await registry.versions.update('fraud', '2', 'second', ctx());
    await registry.versions.setTag('fraud', '2', { key: 'validated', value: 'yes' }, ctx());
    await registry.models.setTag('fraud', { key: 'owner', value: 'ada' }, ctx());
    // Quotes, backslashes and placeholder look-alikes survive the rebuild's inlined literals.
    await registry.models.setTag('fraud', { key: 'note', value: "it's a \\ test with $1 and ''" }, ctx());
    await registry.models.deleteTag('fraud', 'team', ctx());
    await registry.versions.delete('fraud', '3', ctx());
    await registry.models.rename('fraud', 'fraud-v2', ctx());
    await registry.models.update('fraud-v2', 'renamed', ctx());
    await registry.models.delete('churn', ctx());
    await registry.models.create({ name: 'churn', tags: [{ key: 'life', value: '2' }] }, ctx());

    const live = await readModelSnapshot();
    expect(live['registry.model_versions']).toHaveLength(2);
    expect(live['registry.promotions'].length).toBeGreaterThanOrEqual(6);

    const { events } = await rebuildReadModels(pool, store);
    expect(events).toBeGreaterThan(30);
    expect(await readModelSnapshot()).toEqual(live);

    const reads = new PostgresRegistryReads(pool);
    expect(await reads.getRegisteredModel('fraud')).toBeNull();
    expect(await reads.getRegisteredModel('fraud-v2')).toMatchObject({
      description: 'renamed',
      tags: [
        { key: 'note', value: "it's a \\ test with $1 and ''" },
        { key: 'owner', value: 'ada' },
      ],
      aliases: [{ alias: 'champion', version: 2 }],
    });
    expect(await reads.getModelVersion('fraud-v2', 1)).toMatchObject({ currentStage: 'Archived', status: 'READY' });
    expect(await reads.getModelVersion('fraud-v2', 2)).toMatchObject({ currentStage: 'Staging', description: 'second', aliases: ['champion'] });
  });

  it('lands two concurrent commands on one model: the second re-reads and re-decides', async () => {
    const { registry } = registryOn(store);
    await registry.models.create({ name: 'contended' }, ctx());
    let arrived = 0;
    let reads = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    const racing = registryOn(
      interceptReads(store, async (_, call) => {
        reads = call;
        if (call > 2) return;
        if (++arrived === 2) release();
        await bothRead; // both commands decide on the same stream version
      }),
    ).registry;

    await Promise.all([
      racing.models.setTag('contended', { key: 'a', value: '1' }, ctx()),
      racing.models.setTag('contended', { key: 'b', value: '2' }, ctx()),
    ]);
    expect(reads).toBe(3); // the loser read once more
    expect((await registry.models.get('contended')).tags).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    expect((await store.readStream(modelStream('contended'))).map((e) => e.type)).toEqual([
      'RegisteredModelCreated',
      'RegisteredModelTagSet',
      'RegisteredModelTagSet',
    ]);
  });

  it('never loses a write among many concurrent version registrations: each success is a distinct version', async () => {
    const { registry } = registryOn(store);
    await registry.models.create({ name: 'busy' }, ctx());
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => registry.versions.create({ name: 'busy', source: `models:/${MODEL}` }, ctx())),
    );
    await registry.checksIdle();
    const landed = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.version] : []));
    const failed = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    failed.forEach((error) => expect(error).toBeInstanceOf(Conflict));
    expect(new Set(landed).size).toBe(landed.length);
    const registered = (await store.readStream(modelStream('busy'))).filter((e) => e.type === 'ModelVersionRegistered');
    expect(registered).toHaveLength(landed.length);
    expect(landed.length).toBeGreaterThanOrEqual(2);
  });

  it('reports CONFLICT after bounded retries when every attempt loses, having written nothing', async () => {
    const { registry } = registryOn(store);
    await registry.models.create({ name: 'hot' }, ctx());
    let interference = 0;
    const losing = registryOn(
      interceptReads(store, async () => {
        await registry.models.setTag('hot', { key: `other-${++interference}`, value: 'x' }, ctx());
      }),
      new AllowAllGate(),
      3,
    ).registry;
    await expect(losing.models.update('hot', 'never', ctx())).rejects.toMatchObject({ code: 'REGISTRY.CONCURRENT_MODIFICATION', kind: 'CONFLICT' });
    expect(interference).toBe(3);
    expect((await registry.models.get('hot')).description).toBeUndefined();
  });

  it('renames in one transaction: both streams or neither, and the read models follow', async () => {
    const { registry } = registryOn(store);
    await registry.models.create({ name: 'before' }, ctx());
    await versionReady(registry, 'before');
    await registry.models.rename('before', 'after', ctx());
    const [closed, opened] = await Promise.all([store.readStream(modelStream('before')), store.readStream(modelStream('after'))]);
    expect(closed[closed.length - 1].type).toBe('RegisteredModelRenamed');
    expect(opened.map((e) => e.type)).toEqual(['RegisteredModelRenamedFrom']);
    // One transaction: the two events are adjacent in the global order.
    expect(opened[0].globalPosition - closed[closed.length - 1].globalPosition).toBe(1n);
    expect((await registry.versions.get('after', '1')).status).toBe('READY');

    // Another writer takes the new name between the rename's read and its commit: the whole rename rolls back
    // (the old stream's append and every projection with it), then, re-decided, it is ALREADY_EXISTS.
    await registry.models.create({ name: 'keep' }, ctx());
    await versionReady(registry, 'keep');
    let taken = false;
    const racing = registryOn(
      interceptReads(store, async (stream) => {
        if (stream === modelStream('taken') && !taken) {
          taken = true;
          await registry.models.create({ name: 'taken' }, ctx());
        }
      }),
    ).registry;
    await expect(racing.models.rename('keep', 'taken', ctx())).rejects.toBeInstanceOf(AlreadyExists);
    expect((await store.readStream(modelStream('keep'))).map((e) => e.type)).not.toContain('RegisteredModelRenamed');
    expect((await registry.versions.get('keep', '1')).status).toBe('READY');
    expect((await registry.models.get('taken')).latestVersions).toEqual([]);
  });

  it('searches the read models with MLflow\'s filters, orders and pages, prompts hidden unless asked for', async () => {
    const { registry } = registryOn(store);
    for (const [name, team] of [['s-alpha', 'risk'], ['s-beta', 'growth'], ['s-gamma', 'risk']]) {
      await registry.models.create({ name, tags: [{ key: 'team', value: team }] }, ctx());
    }
    await registry.models.create({ name: 's-prompt', tags: [{ key: 'mlflow.prompt.is_prompt', value: 'true' }] }, ctx());
    const names = async (input: Parameters<RegistryService['models']['search']>[0]) =>
      (await registry.models.search(input)).items.map((m) => m.name);

    expect(await names({ filter: "name LIKE 's-%'" })).toEqual(['s-alpha', 's-beta', 's-gamma']);
    expect(await names({ filter: "name LIKE 's-%' AND tags.`mlflow.prompt.is_prompt` != 'true'" })).toEqual(['s-alpha', 's-beta', 's-gamma']);
    expect(await names({ filter: "tags.`mlflow.prompt.is_prompt` = 'true'" })).toEqual(['s-prompt']);
    expect(await names({ filter: "name ILIKE 'S-%' AND tags.team = 'risk'", orderBy: ['name DESC'] })).toEqual(['s-gamma', 's-alpha']);
    expect(await names({ filter: "name IN ('s-beta', 's-gamma')" })).toEqual(['s-beta', 's-gamma']);
    expect(await names({ filter: "name LIKE 's-%' AND tags.team != 'risk'" })).toEqual(['s-beta']);

    const first = await registry.models.search({ filter: "name LIKE 's-%'", maxResults: 2 });
    const second = await registry.models.search({ filter: "name LIKE 's-%'", maxResults: 2, pageToken: first.nextPageToken });
    expect([first.items.map((m) => m.name), second.items.map((m) => m.name), second.nextPageToken]).toEqual([
      ['s-alpha', 's-beta'],
      ['s-gamma'],
      undefined,
    ]);

    for (let i = 0; i < 3; i += 1) await versionReady(registry, 's-alpha');
    await registry.versions.setTag('s-alpha', '2', { key: 'k', value: 'v' }, ctx());
    const versions = async (input: Parameters<RegistryService['versions']['search']>[0]) =>
      (await registry.versions.search(input)).items.map((v) => v.version);
    expect(await versions({ filter: "name = 's-alpha'" })).toEqual([3, 2, 1]); // last updated (READY) first
    expect(await versions({ filter: "name = 's-alpha' AND version_number >= 2", orderBy: ['version_number ASC'] })).toEqual([2, 3]);
    expect(await versions({ filter: `name = 's-alpha' AND run_id = '${RUN}' AND tags.k = 'v'` })).toEqual([2]);
    expect(await versions({ filter: `source_path = 'models:/${MODEL}' AND name = 's-alpha'`, maxResults: 1, orderBy: ['version_number DESC'] })).toEqual([3]);
  });
});
