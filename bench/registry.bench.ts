/**
 * Cairn's registry service vs the MLflow server's model registry, same PostgreSQL, same reads, one run; and the
 * rate at which Cairn rebuilds its registry read models from the event store.
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/registry.bench.ts
 *
 * Two throwaway databases (one per server), both owned by the app role. 10,000 registered models x 10 versions
 * (BENCH_MODELS to shrink) of the same logical data in both:
 * - MLflow (`$CAIRN_VENV/bin/mlflow server --backend-store-uri postgresql+psycopg2://… --workers 4`, launched as in
 *   bench/tracking.bench.ts): bulk INSERTs into the tables its migrations created (registered_models,
 *   registered_model_tags, model_versions, model_version_tags, registered_model_aliases).
 * - Cairn: the registry is event-sourced, so the same data goes in as EVENTS, produced by running the registry's
 *   own pure deciders (services/registry/src/domain: create, 10 x create version + mark ready, governed stage
 *   transitions and alias, allowed), appended per model stream through the PostgreSQL event store (concurrent
 *   appends share group commits). The read models are then built by the service's own `rebuildReadModels()`, timed:
 *   that is the "projection rebuild rate", whose peer is the limit measured right before it on the same events, the
 *   event store's own readAll in pages of 1000 (the rebuild cannot be faster than reading the events). The relay's
 *   checkpoint is set to the head before services/registry/src/main.ts starts (steady state: a relay that already
 *   published them), so the run neither re-publishes ~330,000 bench events to the shared Kafka nor measures that.
 * Both tables sets are VACUUM ANALYZEd; each server's search API must list all the models (same names) and answer
 * get-by-alias and search_model_versions identically for a sample before anything is timed. The reads come from
 * bench/registry_driver.py, sequential calls after a warm-up, in two modes with identical requests: `client` = the
 * real MlflowClient, `http` = raw REST on a keep-alive connection; each read is time-boxed (BENCH_MAX_SECONDS,
 * default 25 s) and the samples taken are named in the workload. The full run takes ~15 min on the shared 2-core
 * machine (append ~1.5 min, rebuild ~4.5 min); BENCH_MODELS=2000 is a quick check. Writes bench/results/registry.json;
 * bench/run.sh (or `node bench/render-docs.js`) regenerates docs/benchmarks.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { NewEvent } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { messagingMigrations, saveCheckpoint } from '@cairn/messaging';
import { loadMigrations, migrate } from '@cairn/postgres';
import { AppTestDatabase } from '../libs/event-store/src/postgres/test-database';
import { CommandMetadata, decide, evolveAll, initialState, modelStream, RegisteredModelState, RegistryCommand, RegistryEvent } from '../services/registry/src/domain';
import { READ_MODEL_TABLES, rebuildReadModels } from '../services/registry/src/infrastructure/postgres/rebuild';
import { BenchRow, benchRow, Measurement, writeBenchResults } from './bench-results';
import { startClientCeiling } from './client-ceiling';
import { AUTH_HEADERS, freePort, loadAverage, MLFLOW_WORKERS, openPeerRun, ROOT, runDriver, Server, sql, start, startMlflowServer, waitReady } from './bench-servers';

const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/registry.bench.ts';
const DRIVER = path.join(__dirname, 'registry_driver.py');
const MIGRATIONS = path.join(ROOT, 'services', 'registry', 'migrations');

const MODELS = Number(process.env.BENCH_MODELS ?? 10_000);
/** Every driver phase works on the same model set. */
const driver = (args: string[]) => runDriver(DRIVER, [...args, '--models', String(MODELS)]);
const VERSIONS = 10;
/** Sequential samples per read: Cairn's p99 from 1,000; MLflow fewer when slow (bounded time). */
const CAIRN_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);
const PEER_SAMPLES = Number(process.env.BENCH_PEER_SAMPLES ?? 300);
const WARMUP = 30;
/** Each measured read stops after this long even if its samples are not all taken (the count taken is reported). */
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 25);
const APPEND_CONCURRENCY = 32;
const BASE_TIME = Date.UTC(2026, 0, 1);
const MLFLOW_VERSION = '3.17.2';

/** Stage of version v (1..10): the newest in Production, the one before in Staging, the one before Archived. */
const stageOf = (v: number) => (v === VERSIONS ? 'Production' : v === VERSIONS - 1 ? 'Staging' : v === VERSIONS - 2 ? 'Archived' : 'None');
/** The version `champion` points at: spread over all ten. */
const championOf = (i: number) => (i % VERSIONS) + 1;
const runIdOf = (i: number, v: number) => createHash('md5').update(`bench-run-${i}-${v}`).digest('hex');
const sourceOf = (runId: string) => `mlflow-artifacts:/1/${runId}/artifacts/model`;
/** Every command of model i runs at its own millisecond: T(i, k). */
const at = (i: number, k: number) => BASE_TIME + i * 100 + k;

/**
 * The events of model i, exactly as the service would append them: its commands through the registry's pure
 * deciders, each on the state the previous ones left (what PostgresModelRepository does, minus the database).
 */
function modelEvents(i: number): RegistryEvent[] {
  const name = `bench-model-${i}`;
  let state: RegisteredModelState = initialState();
  let k = 0;
  const all: RegistryEvent[] = [];
  const run = (command: RegistryCommand, requestId?: string) => {
    const metadata: CommandMetadata = { now: new Date(at(i, k++)), actor: 'bench', requestId };
    const events = decide(command, state, metadata);
    state = evolveAll(events, state);
    all.push(...events);
  };
  run({
    type: 'CreateRegisteredModel',
    data: { name, description: `bench model ${i}`, tags: [{ key: 'team', value: `team-${i % 10}` }, { key: 'task', value: i % 2 === 0 ? 'classification' : 'regression' }] },
  });
  for (let v = 1; v <= VERSIONS; v += 1) {
    const runId = runIdOf(i, v);
    run({
      type: 'CreateModelVersion',
      data: { name, source: sourceOf(runId), storageLocation: sourceOf(runId), runId, userId: 'bench', tags: [{ key: 'bench.version', value: String(v) }], lineage: { experimentId: '1', runId } },
    });
    run({ type: 'MarkModelVersionReady', data: { name, version: v } });
  }
  const promote = (version: number, target: { kind: 'alias'; alias: string } | { kind: 'stage'; stage: string; archiveExistingVersions: boolean }) => {
    const requestId = randomUUID();
    run({ type: 'RequestPromotion', data: { name, version, target } }, requestId);
    run({ type: 'RecordPromotionDecision', data: { name, requestId, outcome: 'allow', decisionId: `bench-decision-${i}-${k}` } });
  };
  for (let v = VERSIONS - 2; v <= VERSIONS; v += 1) promote(v, { kind: 'stage', stage: stageOf(v), archiveExistingVersions: false });
  promote(championOf(i), { kind: 'alias', alias: 'champion' });
  return all;
}

/** The same logical models for MLflow's schema (names, descriptions, tags, versions, stages, aliases, sources, run ids). */
function mlflowLoad(models: number, workspaceColumn: boolean): string {
  const ws = (list: string) => (workspaceColumn ? `workspace, ${list}` : list);
  const wsv = (list: string) => (workspaceColumn ? `'default', ${list}` : list);
  return `
  BEGIN;
  CREATE TEMP TABLE s AS
    SELECT i, 'bench-model-' || i AS name, ${BASE_TIME}::bigint + i * 100 AS t FROM generate_series(0, ${models - 1}) AS i;
  CREATE TEMP TABLE v AS
    SELECT s.i, s.name, s.t, n AS version, md5('bench-run-' || s.i || '-' || n) AS run_id,
           CASE n WHEN ${VERSIONS} THEN 'Production' WHEN ${VERSIONS - 1} THEN 'Staging' WHEN ${VERSIONS - 2} THEN 'Archived' ELSE 'None' END AS stage
      FROM s, generate_series(1, ${VERSIONS}) AS n;
  INSERT INTO registered_models (${ws('name, creation_time, last_updated_time, description')})
    SELECT ${wsv(`name, t, t + ${2 * VERSIONS + 8}, 'bench model ' || i`)} FROM s ORDER BY i;
  INSERT INTO registered_model_tags (${ws('key, value, name')})
    SELECT ${wsv(`x.key, x.value, name`)} FROM s, LATERAL (VALUES ('team', 'team-' || (i % 10)),
      ('task', CASE WHEN i % 2 = 0 THEN 'classification' ELSE 'regression' END)) AS x(key, value) ORDER BY i;
  INSERT INTO model_versions (${ws('name, version, creation_time, last_updated_time, description, user_id, current_stage, source, storage_location, run_id, run_link, status, status_message')})
    SELECT ${wsv(`name, version, t + 2 * version - 1, t + 2 * version, NULL, 'bench', stage,
           'mlflow-artifacts:/1/' || run_id || '/artifacts/model', 'mlflow-artifacts:/1/' || run_id || '/artifacts/model', run_id, NULL, 'READY', NULL`)}
      FROM v ORDER BY v.i, v.version;
  INSERT INTO model_version_tags (${ws('key, value, name, version')})
    SELECT ${wsv(`'bench.version', version::text, name, version`)} FROM v ORDER BY v.i, v.version;
  INSERT INTO registered_model_aliases (${ws('alias, version, name')})
    SELECT ${wsv(`'champion', (i % ${VERSIONS}) + 1, name`)} FROM s ORDER BY i;
  COMMIT;`;
}


async function get(server: Server, route: string, query: Record<string, string>): Promise<string> {
  const response = await fetch(`${server.uri}/api/2.0/mlflow/${route}?${new URLSearchParams(query)}`, { headers: AUTH_HEADERS });
  const text = await response.text();
  if (!response.ok) throw new Error(`${server.name} ${route}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/** Appends every model's events (one stream each, 'no_stream'), APPEND_CONCURRENCY appends in flight. */
async function appendAll(store: PostgresEventStore, models: number): Promise<number> {
  let next = 0;
  let appended = 0;
  const worker = async () => {
    while (next < models) {
      const i = next++;
      const events = modelEvents(i);
      const name = `bench-model-${i}`;
      const envelope = (e: RegistryEvent, k: number): NewEvent => ({
        type: e.type,
        data: e.data,
        metadata: { actor: 'bench', correlationId: `bench-${i}-${k}`, occurredAt: new Date((e.data as { timestamp?: number }).timestamp ?? at(i, 0)).toISOString() },
      });
      await store.append(modelStream(name), events.map(envelope), 'no_stream');
      appended += events.length;
    }
  };
  await Promise.all(Array.from({ length: APPEND_CONCURRENCY }, worker));
  return appended;
}

/** Reads every event back through readAll, pages of 1000: the rebuild's limit. */
async function readAllEvents(store: PostgresEventStore): Promise<number> {
  let after = 0n;
  let count = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) return count;
    count += page.length;
    after = page[page.length - 1].globalPosition;
  }
}

/**
 * Migrates as the service would and appends the events; then, once `quiet` settles (MLflow up and loaded, so its
 * start-up is not competing), times readAll and the rebuild, and leaves the database ready for the service (read
 * models built and analysed, relay checkpoint at the head).
 */
async function prepareCairn(
  db: AppTestDatabase,
  quiet: Promise<unknown>,
): Promise<{ events: number; appendSeconds: number; rebuildSeconds: number; readAllSeconds: number }> {
  const store = createPostgresEventStore({ connectionString: db.appUrl, applicationName: 'bench-registry-load' });
  try {
    await store.init();
    // The service's own migrations (its schema, then the relay's checkpoint table), as runService applies them.
    await migrate(store.pool, 'registry', [...loadMigrations(MIGRATIONS), ...messagingMigrations('relay', 'registry')]);
    let t0 = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - t0) / 1e9;
    const events = await appendAll(store, MODELS);
    const appendSeconds = seconds();
    console.log(`cairn: appended ${events} events (${MODELS} model streams, via the deciders) in ${appendSeconds.toFixed(1)} s`);
    await sql(db.adminUrl, 'VACUUM ANALYZE eventstore.events');
    await quiet;
    await readAllEvents(store); // untimed: both timed passes below read a warm table
    t0 = process.hrtime.bigint();
    const read = await readAllEvents(store);
    const readAllSeconds = seconds();
    if (read !== events) throw new Error(`readAll returned ${read} events, expected ${events}`);
    console.log(`cairn: readAll of ${read} events in ${readAllSeconds.toFixed(1)} s (${(read / readAllSeconds).toFixed(0)}/s)`);
    t0 = process.hrtime.bigint();
    const rebuilt = await rebuildReadModels(store.pool, store);
    const rebuildSeconds = seconds();
    if (rebuilt.events !== events) throw new Error(`rebuild replayed ${rebuilt.events} events, expected ${events}`);
    console.log(`cairn: rebuildReadModels() replayed ${rebuilt.events} events in ${rebuildSeconds.toFixed(1)} s (${(rebuilt.events / rebuildSeconds).toFixed(0)}/s)`);
    await sql(db.adminUrl, `VACUUM ANALYZE ${READ_MODEL_TABLES.join(', ')}`);
    await saveCheckpoint(store.pool, 'registry', 'registry', await store.headPosition());
    return { events, appendSeconds, rebuildSeconds, readAllSeconds };
  } finally {
    await store.close();
  }
}

const OPS = ['search-like', 'search-page2', 'alias', 'versions'] as const;
type Op = (typeof OPS)[number];

async function main(): Promise<void> {
  const started = Date.now();
  const date = new Date().toISOString().slice(0, 10);
  const loads: string[] = [`start ${loadAverage()}`];
  const run = await openPeerRun('bench_registry');
  const { cairnDb, mlflowDb } = run;
  try {
    const [port, grpcPort, mlflowPort] = [await freePort(), await freePort(), await freePort()];

    // MLflow migrates its schema before it listens; Cairn's events are appended meanwhile, and the rebuild is timed
    // only once MLflow is up and loaded.
    const mlflow = startMlflowServer('registry-mlflow', run, mlflowPort);
    const mlflowReady = waitReady('registry-mlflow', mlflow.proc, `${mlflow.uri}/health`, 300).then(async (seconds) => {
      console.log(`ready: mlflow after ${seconds.toFixed(1)} s (${MLFLOW_WORKERS} workers)`);
      const columns = await sql(mlflowDb.adminUrl, `SELECT 1 FROM information_schema.columns WHERE table_name = 'registered_models' AND column_name = 'workspace'`);
      const t0 = Date.now();
      await sql(mlflowDb.adminUrl, mlflowLoad(MODELS, columns.length > 0));
      await sql(mlflowDb.adminUrl, 'VACUUM ANALYZE registered_models, registered_model_tags, model_versions, model_version_tags, registered_model_aliases');
      console.log(`mlflow: bulk-loaded ${MODELS} models x ${VERSIONS} versions by SQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    });
    mlflowReady.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile

    loads.push(`load cairn ${loadAverage()}`);
    const prepared = await prepareCairn(cairnDb, mlflowReady);
    loads.push(`rebuilt ${loadAverage()}`);
    const cairn = run.track({
      name: 'cairn',
      uri: `http://127.0.0.1:${port}`,
      proc: start('registry-cairn', 'node', ['-r', '@swc-node/register', 'services/registry/src/main.ts'], {
        ...process.env,
        PORT: String(port),
        GRPC_PORT: String(grpcPort),
        CAIRN_DATABASE_URL: cairnDb.appUrl,
        LOG_LEVEL: 'warn',
      }),
    });
    const cairnReady = await waitReady('registry-cairn', cairn.proc, `${cairn.uri}/readyz`, 120);
    console.log(`ready: cairn after ${cairnReady.toFixed(1)} s`);
    const servers = [cairn, mlflow];

    // Both servers see the same models (every name, through their own search API) and answer the same sample.
    const counted: Record<string, Record<string, any>> = {};
    const sampled: Record<string, Record<string, any>> = {};
    for (const server of servers) {
      counted[server.name] = await driver(['count', '--uri', server.uri]);
      console.log(`${server.name}: search_registered_models sees ${counted[server.name].models} models (${counted[server.name].seconds.toFixed(1)} s to page through)`);
      if (counted[server.name].models !== MODELS || counted[server.name].distinct !== MODELS) {
        throw new Error(`${server.name} sees ${counted[server.name].models} models (${counted[server.name].distinct} distinct), expected ${MODELS}`);
      }
      sampled[server.name] = await driver(['sample', '--uri', server.uri, '--count', '200']);
    }
    if (counted.cairn.digest !== counted.mlflow.digest) throw new Error('the two servers list different model names');
    if (JSON.stringify(sampled.cairn) !== JSON.stringify(sampled.mlflow)) {
      throw new Error(`get-by-alias / search_model_versions answers differ: ${JSON.stringify(sampled.cairn).slice(0, 300)} vs ${JSON.stringify(sampled.mlflow).slice(0, 300)}`);
    }
    for (const [name, version] of Object.entries(sampled.cairn.alias as Record<string, number>)) {
      if (version !== championOf(Number(name.slice('bench-model-'.length)))) throw new Error(`${name}: champion → ${version}`);
    }
    console.log(`both servers list the same ${MODELS} names; get-by-alias agrees on 200 models, search_model_versions on 50`);

    const results: Record<string, Record<string, Record<string, any>>> = { cairn: {}, mlflow: {} };
    for (const mode of ['client', 'http']) {
      for (const op of OPS) {
        const key = `${op}-${mode}`;
        for (const server of servers) {
          loads.push(`${key} ${server.name} ${loadAverage()}`);
          const count = server === cairn ? CAIRN_SAMPLES : PEER_SAMPLES;
          const args = ['measure', '--uri', server.uri, '--mode', mode, '--op', op, '--count', String(count), '--warmup-count', String(WARMUP), '--max-seconds', String(MAX_SECONDS)];
          if (op === 'versions') args.push('--expect-versions', String(VERSIONS));
          results[server.name][key] = await driver(args);
          console.log(`${key} ${server.name}: ${JSON.stringify({ ...results[server.name][key], first: undefined })}`);
        }
        const [a, b] = [results.cairn[key].first, results.mlflow[key].first];
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${key}: answers differ: ${JSON.stringify(a).slice(0, 200)} vs ${JSON.stringify(b).slice(0, 200)}`);
      }
    }

    // The client's own ceiling: each client-mode read against a server answering at once with Cairn's bytes.
    const probe = 'bench-model-1';
    const page1 = JSON.parse(await get(cairn, 'registered-models/search', { filter: "tag.`mlflow.prompt.is_prompt` != 'true'", max_results: '100', order_by: 'name ASC' }));
    const bodies: Record<Op, Record<string, string>> = {
      'search-like': { 'registered-models/search': await get(cairn, 'registered-models/search', { filter: "name LIKE 'bench-model-12%' AND tag.`mlflow.prompt.is_prompt` != 'true'", max_results: '100' }) },
      'search-page2': {
        'registered-models/search': await get(cairn, 'registered-models/search', {
          filter: "tag.`mlflow.prompt.is_prompt` != 'true'", max_results: '100', order_by: 'name ASC', page_token: page1.next_page_token,
        }),
      },
      alias: { 'registered-models/alias': await get(cairn, 'registered-models/alias', { name: probe, alias: 'champion' }) },
      versions: { 'model-versions/search': await get(cairn, 'model-versions/search', { filter: `name='${probe}'`, max_results: '10000' }) },
    };
    const ceilingResults: Record<string, Record<string, any>> = {};
    for (const op of OPS) {
      const ceiling = await startClientCeiling(bodies[op]);
      try {
        ceilingResults[op] = await driver(['measure', '--uri', ceiling.uri, '--mode', 'client', '--op', op, '--count', String(CAIRN_SAMPLES), '--warmup-count', String(WARMUP), '--max-seconds', String(MAX_SECONDS)]);
        console.log(`${op} client ceiling: ${JSON.stringify({ ...ceilingResults[op], first: undefined })}`);
      } finally {
        await ceiling.close();
      }
    }
    loads.push(`end ${loadAverage()}`);

    const c = results.cairn;
    const m = results.mlflow;
    const mlflowPeer = `mlflow server ${MLFLOW_VERSION} (${MLFLOW_WORKERS} workers)`;
    const scale = `${MODELS.toLocaleString('en-US')} models x ${VERSIONS} versions`;
    const workloads: Record<Op, string> = {
      'search-like': `search_registered_models name LIKE 'bench-model-12%', 100 of ${scale}`,
      'search-page2': `search_registered_models no filter, order by name, page 2 (page_token), 100 of ${scale}`,
      alias: `get_model_version_by_alias(random model, 'champion'), ${scale}`,
      versions: `search_model_versions name='<random model>' (10 versions), ${scale}`,
    };
    const measurements: Measurement[] = [];
    for (const mode of ['client', 'http']) {
      const label = mode === 'client' ? 'MlflowClient' : 'raw REST';
      for (const op of OPS) {
        for (const metric of ['p50', 'p99'] as const) {
          measurements.push({
            workload: `${workloads[op]} (${label}; ${c[`${op}-${mode}`].count} / ${m[`${op}-${mode}`].count} sequential calls)`,
            metric,
            cairn: c[`${op}-${mode}`][`${metric}_ms`],
            peer: mlflowPeer,
            peerValue: m[`${op}-${mode}`][`${metric}_ms`],
            unit: 'ms',
            higherIsBetter: false,
          });
        }
      }
    }
    const ceilingPeer = 'client ceiling: the same MlflowClient calls answered at once (bench/client-ceiling.ts)';
    for (const op of OPS) {
      measurements.push({
        workload: `${workloads[op]} (MlflowClient, share of the client's own ceiling)`,
        metric: 'p50',
        cairn: c[`${op}-client`].p50_ms,
        peer: ceilingPeer,
        peerValue: ceilingResults[op].p50_ms,
        unit: 'ms',
        higherIsBetter: false,
      });
    }
    measurements.push({
      workload: `rebuildReadModels(): replay ${prepared.events.toLocaleString('en-US')} model-* events (${scale}, as the deciders produce them) into the read models, one transaction`,
      metric: 'throughput',
      cairn: prepared.events / prepared.rebuildSeconds,
      peer: 'limit: the event store\'s readAll of the same events, pages of 1000, no projection (same run)',
      peerValue: prepared.events / prepared.readAllSeconds,
      unit: 'events/s',
      higherIsBetter: true,
    });
    const rows: BenchRow[] = measurements.map((x) => benchRow(x, COMMAND, date));
    console.log('');
    console.table(rows.map((r) => ({ workload: r.workload, metric: r.metric, cairn: r.cairn, peer: r.peer_value, ratio: r.ratio, unit: r.unit })));
    writeBenchResults('registry', rows);
    console.log(`load: appended ${prepared.events} events in ${prepared.appendSeconds.toFixed(1)} s (${(prepared.events / prepared.appendSeconds).toFixed(0)}/s, ${APPEND_CONCURRENCY} concurrent appends)`);
    console.log(`load average (1/5/15 min) along the way: ${loads.join(' | ')}`);
    console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await run.cleanup();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
