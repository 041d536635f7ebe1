/**
 * Cairn's tracking service vs the MLflow tracking server, same PostgreSQL, same client workload, one run.
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/tracking.bench.ts
 *
 * Two throwaway databases (one per server), both owned by the app role. Cairn: services/tracking/src/main.ts.
 * MLflow: `$CAIRN_VENV/bin/mlflow server --backend-store-uri postgresql+psycopg2://… --workers 4` (4 = its
 * default; SQLAlchemy 2.1 maps plain postgresql:// to psycopg 3, which the venv lacks, so the psycopg2 dialect is
 * named; everything else at its defaults). The load comes from bench/tracking_driver.py (Python, threads), in two
 * modes with identical requests: `client` = the real MlflowClient, `http` = raw REST JSON on keep-alive
 * connections (the Python client's own per-call cost removed). 100,000 runs are bulk-loaded by SQL into both
 * schemas (same run ids, names, metrics, params, tags), ANALYZEd, and each server's search API must see them all.
 * Writes bench/results/tracking.json; bench/run.sh regenerates docs/benchmarks.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BenchRow, benchRow, Measurement, writeBenchResults } from './bench-results';
import { AUTH_HEADERS, freePort, LOG_DIR, loadAverage, MLFLOW_WORKERS, openPeerRun, runDriver, Server, sleep, sql, start, startMlflowServer, waitReady } from './bench-servers';
import { startClientCeiling } from './client-ceiling';

const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/tracking.bench.ts';
const DRIVER = path.join(__dirname, 'tracking_driver.py');
const driver = (args: string[]) => runDriver(DRIVER, args);

const RUNS = Number(process.env.BENCH_RUNS ?? 100_000);
const LOG_BATCH_THREADS = 20;
const CREATE_RUN_THREADS = 8;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 15);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 200);
const STREAM_POINTS = 1_000_000;
/** Streamed first, untimed, so V8's heap has grown to its working size before "RSS before" is read. */
const STREAM_WARMUP_POINTS = 1_000_000;
const STREAM_PER_REQUEST = 1000;
const STREAM_THREADS = 4;








/** VmRSS (KiB) of a pid and, with `tree`, of all its descendants. */
function rssKiB(pid: number, tree: boolean): number {
  const read = (p: number) => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      return match ? Number(match[1]) : 0;
    } catch {
      return 0;
    }
  };
  if (!tree) return read(pid);
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    total += read(p);
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}


async function api(server: Server, route: string, body: unknown): Promise<any> {
  const response = await fetch(`${server.uri}/api/2.0/mlflow/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AUTH_HEADERS },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${server.name} ${route}: ${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * The same logical 100,000 runs in both schemas, each run's rows stored together as a log_batch would write them: run i has id md5('bench-run-'||i), name bench-<i>, user bench,
 * FINISHED, start_time base+i; metrics acc (distinct values in [0,1)), loss = 1-acc, f1 (one point each, step 0,
 * also in latest_metrics); params lr, batch_size, optimizer; tags mlflow.runName, mlflow.user.
 */
const SERIES = (runs: number) => `
  SELECT i, md5('bench-run-' || i) AS run_id, 'bench-' || i AS name, 1700000000000::bigint + i AS t,
         ((i::bigint * 7919) % ${runs})::float8 / ${runs} AS acc
    FROM generate_series(0, ${runs - 1}) AS i`;

/** The same logical data for both servers: runs `s`, metrics `m`, params `p` and tags `g`, as temp tables. */
function stagingTables(runs: number): string {
  return `CREATE TEMP TABLE s AS ${SERIES(runs)};
  CREATE TEMP TABLE m AS
    SELECT i, run_id, v.key, v.value, t AS ts FROM s, LATERAL (VALUES ('acc', acc), ('loss', 1 - acc), ('f1', acc * 0.9 + 0.05)) AS v(key, value);
  CREATE TEMP TABLE p AS
    SELECT i, run_id, v.key, v.value FROM s, LATERAL (VALUES ('lr', (0.001 * (1 + i % 10))::text), ('batch_size', (16 * (1 + i % 4))::text),
      ('optimizer', CASE WHEN i % 2 = 0 THEN 'adam' ELSE 'sgd' END)) AS v(key, value);
  CREATE TEMP TABLE g AS
    SELECT i, run_id, v.key, v.value FROM s, LATERAL (VALUES ('mlflow.runName', name), ('mlflow.user', 'bench')) AS v(key, value);`;
}

export function cairnLoad(experimentId: string, artifactLocation: string, runs: number): string {
  return `
  BEGIN;
  ${stagingTables(runs)}
  INSERT INTO tracking.runs (run_id, experiment_id, name, user_id, status, start_time, end_time, artifact_uri, lifecycle_stage)
    SELECT run_id, ${experimentId}, name, 'bench', 'FINISHED', t, t + 1000, '${artifactLocation}/' || run_id || '/artifacts', 'active' FROM s;
  INSERT INTO tracking.metrics (run_id, key, value, timestamp, step) SELECT run_id, key, value, ts, 0 FROM m ORDER BY i;
  INSERT INTO tracking.latest_metrics (run_id, key, value, timestamp, step) SELECT run_id, key, value, ts, 0 FROM m ORDER BY i;
  INSERT INTO tracking.params (run_id, key, value) SELECT run_id, key, value FROM p ORDER BY i;
  INSERT INTO tracking.tags (run_id, key, value) SELECT run_id, key, value FROM g ORDER BY i;
  COMMIT;`;
}

export function mlflowLoad(experimentId: string, artifactLocation: string, runs: number): string {
  return `
  BEGIN;
  ${stagingTables(runs)}
  INSERT INTO runs (run_uuid, name, source_type, source_name, entry_point_name, user_id, status, start_time, end_time,
                    source_version, lifecycle_stage, artifact_uri, experiment_id, deleted_time)
    SELECT run_id, name, 'UNKNOWN', '', '', 'bench', 'FINISHED', t, t + 1000, '', 'active',
           '${artifactLocation}/' || run_id || '/artifacts', ${experimentId}, NULL FROM s;
  INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) SELECT key, value, ts, run_id, 0, false FROM m ORDER BY i;
  INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid) SELECT key, value, ts, 0, false, run_id FROM m ORDER BY i;
  INSERT INTO params (key, value, run_uuid) SELECT key, value, run_id FROM p ORDER BY i;
  INSERT INTO tags (key, value, run_uuid) SELECT key, value, run_id FROM g ORDER BY i;
  COMMIT;`;
}


async function main(): Promise<void> {
  const started = Date.now();
  const date = new Date().toISOString().slice(0, 10);
  const loads: string[] = [`start ${loadAverage()}`];
  const run = await openPeerRun('bench_tracking');
  const { cairnDb, mlflowDb } = run;
  try {
    const [port, grpcPort, mlflowPort] = [await freePort(), await freePort(), await freePort()];
    const cairn = run.track({
      name: 'cairn',
      uri: `http://127.0.0.1:${port}`,
      proc: start('tracking-cairn', 'node', ['-r', '@swc-node/register', 'services/tracking/src/main.ts'], {
        ...process.env,
        PORT: String(port),
        GRPC_PORT: String(grpcPort),
        CAIRN_DATABASE_URL: cairnDb.appUrl,
        CAIRN_ARTIFACT_ROOT: path.join(LOG_DIR, 'artifacts'),
        LOG_LEVEL: 'warn',
      }),
    });
    const mlflow = startMlflowServer('tracking-mlflow', run, mlflowPort);
    // MLflow runs its alembic migrations before it listens, so /health answering means they are done.
    // (b) bulk load first (so (a), (c) and (d) write into a realistically sized database on both sides). Cairn's
    // load runs while MLflow is still migrating; nothing is timed until both are loaded and counted.
    const searchExperiment: Record<string, string> = {};
    const bulkLoad = async (server: Server) => {
      const { experiment_id } = await api(server, 'experiments/create', { name: `bench-search-${Date.now()}` });
      const got = await fetch(`${server.uri}/api/2.0/mlflow/experiments/get?experiment_id=${experiment_id}`, { headers: AUTH_HEADERS });
      const { experiment } = (await got.json()) as { experiment: { artifact_location: string } };
      searchExperiment[server.name] = experiment_id;
      const t0 = Date.now();
      const db = server === cairn ? cairnDb : mlflowDb;
      const load = server === cairn ? cairnLoad : mlflowLoad;
      await sql(db.adminUrl, load(experiment_id, experiment.artifact_location, RUNS));
      // Both get fresh statistics and visibility maps, as autovacuum would give them in steady state.
      const tables = ['runs', 'metrics', 'latest_metrics', 'params', 'tags'].map((t) => (server === cairn ? `tracking.${t}` : t));
      await sql(db.adminUrl, `VACUUM ANALYZE ${tables.join(', ')}`);
      console.log(`${server.name}: bulk-loaded ${RUNS} runs by SQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    };
    const cairnLoaded = waitReady('tracking-cairn', cairn.proc, `${cairn.uri}/readyz`, 120).then(async (seconds) => {
      console.log(`ready: cairn after ${seconds.toFixed(1)} s`);
      await bulkLoad(cairn);
    });
    // MLflow runs its alembic migrations before it listens, so /health answering means they are done.
    const mlflowReady = await waitReady('tracking-mlflow', mlflow.proc, `${mlflow.uri}/health`, 300);
    console.log(`ready: mlflow after ${mlflowReady.toFixed(1)} s (${MLFLOW_WORKERS} workers)`);
    await Promise.all([cairnLoaded, bulkLoad(mlflow)]);
    const servers = [cairn, mlflow];
    // Every run visible through each server's own search API (pages of 50,000; both at once, untimed).
    await Promise.all(
      servers.map(async (server) => {
        const counted = await driver(['count', '--uri', server.uri, '--experiment-id', searchExperiment[server.name]]);
        console.log(`${server.name}: search_runs sees ${counted.runs} runs (${counted.seconds.toFixed(1)} s to page through)`);
        if (counted.runs !== RUNS) throw new Error(`${server.name} sees ${counted.runs} runs, expected ${RUNS}`);
      }),
    );

    const results: Record<string, Record<string, Record<string, any>>> = { cairn: {}, mlflow: {} };
    const measure = async (key: string, args: (server: Server) => string[]) => {
      for (const server of servers) {
        loads.push(`${key} ${server.name} ${loadAverage()}`);
        results[server.name][key] = await driver(args(server));
        const r = results[server.name][key];
        console.log(`${key} ${server.name}: ${JSON.stringify({ ...r, first_ids: undefined })}`);
      }
    };
    for (const mode of ['client', 'http']) {
      // MLflow: 200 searches through the real client, 100 over raw REST (~0.6 s each: bounded time). Cairn answers in
      // ~20 ms, so it gets 5x / 10x as many samples: a p99 from 1,000 samples is not the second-worst of 100.
      const count = (server: Server) => (mode === 'client' ? SEARCHES : SEARCHES / 2) * (server === cairn ? (mode === 'client' ? 5 : 10) : 1);
      await measure(`search-${mode}`, (s) => [
        'search', '--uri', s.uri, '--mode', mode, '--experiment-id', searchExperiment[s.name], '--count', String(Math.ceil(count(s))),
      ]);
      const [a, b] = [results.cairn[`search-${mode}`].first_ids, results.mlflow[`search-${mode}`].first_ids];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`search results differ: ${a.slice(0, 3)} vs ${b.slice(0, 3)}`);
    }
    console.log('search: both servers return the same 100 run ids in the same order');
    for (const mode of ['client', 'http']) {
      await measure(`log-batch-${mode}`, (s) => [
        'log-batch', '--uri', s.uri, '--mode', mode, '--threads', String(LOG_BATCH_THREADS), '--duration', String(DURATION_S),
      ]);
      await measure(`create-run-${mode}`, (s) => [
        'create-run', '--uri', s.uri, '--mode', mode, '--threads', String(CREATE_RUN_THREADS), '--duration', String(DURATION_S),
      ]);
    }

    // The client's own ceiling: the same client-mode phases against a server answering at once with Cairn's bytes.
    const searchBody = { experiment_ids: [searchExperiment.cairn], filter: 'metrics.acc > 0.5', order_by: ['metrics.acc DESC'], max_results: 100 };
    const recorded: Record<string, string> = {
      'experiments/create': JSON.stringify(await api(cairn, 'experiments/create', { name: `bench-ceiling-${Date.now()}` })),
      'runs/search': JSON.stringify(await api(cairn, 'runs/search', searchBody)),
    };
    const ceilingExperiment = JSON.parse(recorded['experiments/create']).experiment_id;
    recorded['runs/create'] = JSON.stringify(await api(cairn, 'runs/create', { experiment_id: ceilingExperiment }));
    const ceiling = await startClientCeiling(recorded);
    const ceilingResults: Record<string, Record<string, any>> = {};
    try {
      const phases: Array<[string, string[]]> = [
        ['search-client', ['search', '--count', String(SEARCHES), '--experiment-id', searchExperiment.cairn]],
        ['log-batch-client', ['log-batch', '--threads', String(LOG_BATCH_THREADS), '--duration', String(DURATION_S)]],
        ['create-run-client', ['create-run', '--threads', String(CREATE_RUN_THREADS), '--duration', String(DURATION_S)]],
      ];
      for (const [key, [phase, ...rest]] of phases) {
        ceilingResults[key] = await driver([phase, '--uri', ceiling.uri, '--mode', 'client', ...rest]);
        console.log(`${key} client ceiling: ${JSON.stringify({ ...ceilingResults[key], first_ids: undefined })}`);
      }
    } finally {
      await ceiling.close();
    }

    // (d) memory while 1,000,000 points stream into Cairn, after an untimed warm-up stream.
    const pid = cairn.proc.pid!;
    const streamArgs = ['--uri', cairn.uri, '--per-request', String(STREAM_PER_REQUEST), '--threads', String(STREAM_THREADS)];
    await driver(['stream', ...streamArgs, '--points', String(STREAM_WARMUP_POINTS)]);
    await sleep(1000);
    const before = rssKiB(pid, false);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKiB(pid, false))), 100);
    loads.push(`stream cairn ${loadAverage()}`);
    const streamed = await driver(['stream', ...streamArgs, '--points', String(STREAM_POINTS)]);
    clearInterval(sampler);
    await sleep(1000);
    const after = rssKiB(pid, false);
    peak = Math.max(peak, after);
    console.log(`stream cairn: ${JSON.stringify(streamed)}; RSS KiB before ${before} after ${after} peak ${peak}`);
    loads.push(`end ${loadAverage()}`);

    const c = results.cairn;
    const m = results.mlflow;
    const mlflowPeer = `mlflow server 3.17.2 (${MLFLOW_WORKERS} workers)`;
    const measurements: Measurement[] = [];
    for (const mode of ['client', 'http']) {
      const label = mode === 'client' ? 'MlflowClient' : 'raw REST';
      measurements.push(
        { workload: `log_batch 10 metrics, ${LOG_BATCH_THREADS} threads (${label})`, metric: 'throughput', cairn: c[`log-batch-${mode}`].rps, peer: mlflowPeer, peerValue: m[`log-batch-${mode}`].rps, unit: 'req/s', higherIsBetter: true },
        { workload: `log_batch 10 metrics, ${LOG_BATCH_THREADS} threads (${label})`, metric: 'p99', cairn: c[`log-batch-${mode}`].p99_ms, peer: mlflowPeer, peerValue: m[`log-batch-${mode}`].p99_ms, unit: 'ms', higherIsBetter: false },
        { workload: `search_runs metrics.acc > 0.5 order by acc DESC, 100 of ${RUNS} runs (${label})`, metric: 'p50', cairn: c[`search-${mode}`].p50_ms, peer: mlflowPeer, peerValue: m[`search-${mode}`].p50_ms, unit: 'ms', higherIsBetter: false },
        { workload: `search_runs metrics.acc > 0.5 order by acc DESC, 100 of ${RUNS} runs (${label})`, metric: 'p99', cairn: c[`search-${mode}`].p99_ms, peer: mlflowPeer, peerValue: m[`search-${mode}`].p99_ms, unit: 'ms', higherIsBetter: false },
        { workload: `create_run + log 100 params + end_run, ${CREATE_RUN_THREADS} threads (${label})`, metric: 'throughput', cairn: c[`create-run-${mode}`].rps, peer: mlflowPeer, peerValue: m[`create-run-${mode}`].rps, unit: 'runs/s', higherIsBetter: true },
      );
    }
    const ceilingPeer = 'client ceiling: the same MlflowClient calls answered at once (bench/client-ceiling.ts)';
    const clientLabel = 'MlflowClient, share of the client\'s own ceiling';
    measurements.push(
      { workload: `log_batch 10 metrics, ${LOG_BATCH_THREADS} threads (${clientLabel})`, metric: 'throughput', cairn: c['log-batch-client'].rps, peer: ceilingPeer, peerValue: ceilingResults['log-batch-client'].rps, unit: 'req/s', higherIsBetter: true },
      { workload: `search_runs metrics.acc > 0.5 order by acc DESC, 100 of ${RUNS} runs (${clientLabel})`, metric: 'p50', cairn: c['search-client'].p50_ms, peer: ceilingPeer, peerValue: ceilingResults['search-client'].p50_ms, unit: 'ms', higherIsBetter: false },
      { workload: `create_run + log 100 params + end_run, ${CREATE_RUN_THREADS} threads (${clientLabel})`, metric: 'throughput', cairn: c['create-run-client'].rps, peer: ceilingPeer, peerValue: ceilingResults['create-run-client'].rps, unit: 'runs/s', higherIsBetter: true },
    );
    const mib = (kib: number) => kib / 1024;
    measurements.push(
      { workload: `stream 1,000,000 metric points (log_batch of 1000, ${STREAM_THREADS} threads, after a 1,000,000-point warm-up): RSS after`, metric: 'RSS after vs before', cairn: mib(after), peer: 'limit: RSS before the stream', peerValue: mib(before), unit: 'MiB', higherIsBetter: false },
      { workload: `stream 1,000,000 metric points (log_batch of 1000, ${STREAM_THREADS} threads, after a 1,000,000-point warm-up): RSS peak`, metric: 'RSS peak vs before', cairn: mib(peak), peer: 'limit: RSS before the stream', peerValue: mib(before), unit: 'MiB', higherIsBetter: false },
      { workload: `stream 1,000,000 metric points (log_batch of 1000, ${STREAM_THREADS} threads)`, metric: 'throughput (Cairn only)', cairn: streamed.points_per_s, peer: 'n/a (Cairn alone)', peerValue: streamed.points_per_s, unit: 'points/s', higherIsBetter: true },
    );
    const rows: BenchRow[] = measurements.map((x) => benchRow(x, COMMAND, date));
    console.log('');
    console.table(rows.map((r) => ({ workload: r.workload, metric: r.metric, cairn: r.cairn, mlflow: r.peer_value, ratio: r.ratio, unit: r.unit })));
    writeBenchResults('tracking', rows);
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
