/**
 * Governance's audit queries at 1,000,000 audit events, over gRPC against a real governance process.
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/audit.bench.ts
 *
 * One throwaway database owned by the app role. The governance process starts on it first (it migrates its schema
 * and the event store's), then 1,000,000 rows go straight into `governance.audit` with generate_series (the audit
 * table is a projection: loading it directly measures the queries, not the consumer): 100,000 promotion stories of
 * 10 events each, as the registry and governance write them — ModelVersionRegistered (lineage with a dataset
 * digest), PromotionRequested, PolicyEvaluated (three policies and the whole input), ApprovalRequested,
 * PromotionAwaitingApproval, ApprovalGranted, PromotionApproved, PromotionAllowed, AliasAssigned (champion) and a
 * StageTransitioned to Staging — over 500 models (200 versions each), 40 requesting data scientists and 10
 * approvers, 50 ms apart (~14 h of history). Then VACUUM ANALYZE, and each shape is called sequentially (warm-up,
 * then BENCH_SAMPLES calls, default 300) with random arguments; p50 and p99 are reported against the goal of
 * 20 ms (ratio = 20 / latency: > 1 meets it). The audit consumer is pointed at a topic of its own so the run never
 * reads the shared registry topic. Writes bench/results/audit.json; `node bench/render-docs.js` refreshes the docs.
 * BENCH_STORIES shrinks the load for a quick check (default 100000).
 */
import { loadProto } from '@cairn/contracts';
import { createKafka } from '@cairn/messaging';
import { credentials, Metadata, ServiceError } from '@grpc/grpc-js';
import { randomBytes } from 'node:crypto';
import { AppTestDatabase, createAppTestDatabase } from '../libs/event-store/src/postgres/test-database';
import type { GovernanceServiceClient } from '../services/governance/src/grpc/generated/cairn/governance/v1/GovernanceService';
import type { ProtoGrpcType } from '../services/governance/src/grpc/generated/governance';
import { GOVERNANCE_PROTO } from '../services/governance/src/grpc/names';
import { benchRow, BenchRow, writeBenchResults } from './bench-results';
import { freePort, loadAverage, Server, sql, start, stop, waitReady } from './bench-servers';

const STORIES = Number(process.env.BENCH_STORIES ?? 100_000);
const MODELS = 500;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = 30;
const GOAL_MS = 20;
const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/audit.bench.ts';
const BASE = Date.parse('2026-11-01T00:00:00Z');
const STEP_MS = 50;

/** Rows of stories [from, to): one INSERT … SELECT, every column computed from the story number c and step k. */
function loadStatement(from: number, to: number, offset: number): string {
  return `
  WITH s AS (
    SELECT c, k, ${offset} + c * 10 + k + 1 AS pos, 'model-' || (c % ${MODELS}) AS m, c / ${MODELS} + 1 AS v,
           'req-' || c AS r, 'dec-' || c AS d, 'user:ds-' || (c % 40) AS ds, 'user:approver-' || (c % 10) AS ap,
           ${BASE} + (c * 10 + k + 1)::bigint * ${STEP_MS} AS ts
      FROM generate_series(${from}, ${to - 1}) AS c, generate_series(0, 9) AS k
  ), e AS (
    SELECT s.*,
      (ARRAY['ModelVersionRegistered','PromotionRequested','PolicyEvaluated','ApprovalRequested','PromotionAwaitingApproval',
             'ApprovalGranted','PromotionApproved','PromotionAllowed','AliasAssigned','StageTransitioned'])[k + 1] AS type,
      jsonb_build_object('model', m, 'version', v, 'target', jsonb_build_object('kind', 'alias', 'name', 'champion'), 'requestId', r) AS subject,
      jsonb_build_array(
        jsonb_build_object('policyId', 'minimum-accuracy', 'version', 3, 'hash', md5('a') || md5('b'), 'effect', 'deny-unless', 'result', 'pass'),
        jsonb_build_object('policyId', 'training-data-digest', 'version', 1, 'hash', md5('c') || md5('d'), 'effect', 'deny-unless', 'result', 'pass'),
        jsonb_build_object('policyId', 'approvers-promote-to-production', 'version', 2, 'hash', md5('e') || md5('f'), 'effect', 'require-approvals', 'result', 'fail', 'message', 'needs an approver')
      ) AS policies,
      jsonb_build_object('kind', 'alias', 'alias', 'champion') AS ptarget
    FROM s
  )
  INSERT INTO governance.audit (position, event_id, stream, stream_version, type, actor, model, model_version, target_kind,
                                target_name, occurred_at, data)
  SELECT pos, md5('ev' || pos)::uuid,
    CASE WHEN k IN (2, 3, 5, 6) THEN 'decision-' || d ELSE m END,
    CASE WHEN k IN (2, 3, 5, 6) THEN (ARRAY[0, 0, 1, 2, 0, 3, 4])[k + 1] ELSE c * 10 + k + 1 END,
    type,
    CASE WHEN k IN (0, 1) THEN ds WHEN k IN (5, 6) THEN ap WHEN k IN (2, 3) THEN 'service:registry' ELSE 'service:registry' END,
    m, v,
    CASE WHEN k = 0 THEN NULL WHEN k = 9 THEN 'stage' ELSE 'alias' END,
    CASE WHEN k = 0 THEN NULL WHEN k = 9 THEN 'Staging' ELSE 'champion' END,
    to_timestamp(ts / 1000.0),
    CASE k
      WHEN 0 THEN jsonb_build_object('name', m, 'version', v, 'source', 'models:/m-' || c, 'runId', 'run-' || c, 'userId', ds, 'tags', '[]'::jsonb,
        'lineage', jsonb_build_object('experimentId', 'exp-' || (c % 50), 'runId', 'run-' || c,
          'datasets', jsonb_build_array(jsonb_build_object('name', 'train', 'digest', left(md5('ds' || c), 12), 'source', 's3://data/train-' || c, 'context', 'training')),
          'codeVersion', jsonb_build_object('gitCommit', md5('git' || c)), 'metrics', '[]'::jsonb), 'timestamp', ts)
      WHEN 1 THEN jsonb_build_object('name', m, 'requestId', r, 'version', v, 'target', ptarget, 'requestedBy', ds, 'timestamp', ts)
      WHEN 2 THEN jsonb_build_object('decisionId', d, 'subject', subject, 'requester', ds, 'policies', policies,
        'input', jsonb_build_object('model', jsonb_build_object('name', m, 'version', v, 'tags', '{}'::jsonb),
          'metrics', jsonb_build_object('accuracy', 0.9 + (c % 10) / 100.0, 'latency_p95_ms', 40 + c % 20),
          'lineage', jsonb_build_object('run', 'run-' || c, 'datasets', jsonb_build_array(jsonb_build_object('name', 'train', 'digest', left(md5('ds' || c), 12), 'source', 's3://data/train-' || c))),
          'dataQuality', '{}'::jsonb, 'requester', jsonb_build_object('id', ds, 'roles', '["data-scientist"]'::jsonb),
          'target', jsonb_build_object('kind', 'alias', 'name', 'champion'), 'now', to_char(to_timestamp(ts / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
        'outcome', 'needs-approval', 'reasons', '["needs an approver"]'::jsonb, 'approvalsRequired', 1, 'timestamp', ts)
      WHEN 3 THEN jsonb_build_object('decisionId', d, 'subject', subject, 'requester', ds, 'approvalsRequired', 1, 'reasons', '["needs an approver"]'::jsonb, 'timestamp', ts)
      WHEN 4 THEN jsonb_build_object('name', m, 'requestId', r, 'version', v, 'target', ptarget, 'decisionId', d, 'approvalsRequired', 1, 'reasons', '[]'::jsonb, 'timestamp', ts)
      WHEN 5 THEN jsonb_build_object('decisionId', d, 'approver', ap, 'approvals', 1, 'approvalsRequired', 1, 'comment', 'reviewed', 'timestamp', ts)
      WHEN 6 THEN jsonb_build_object('decisionId', d, 'subject', subject, 'requester', ds, 'approvedBy', jsonb_build_array(ap), 'policies', policies, 'timestamp', ts)
      WHEN 7 THEN jsonb_build_object('name', m, 'requestId', r, 'version', v, 'target', ptarget, 'decisionId', d, 'approvedBy', jsonb_build_array(ap), 'reasons', '[]'::jsonb, 'timestamp', ts)
      WHEN 8 THEN jsonb_build_object('name', m, 'alias', 'champion', 'version', v, 'requestId', r, 'timestamp', ts)
      ELSE jsonb_build_object('name', m, 'version', v, 'from', 'None', 'to', 'Staging', 'timestamp', ts)
    END
  FROM e`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const pick = (n: number) => Math.floor(Math.random() * n);

async function main(): Promise<void> {
  const suffix = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const topic = `cairn.registry.events.bench-${suffix}`;
  let db: AppTestDatabase | undefined;
  let server: Server | undefined;
  const cleanup = async () => {
    await stop(server);
    await db?.drop().catch((e) => console.error(`drop: ${e}`));
    const admin = createKafka({ clientId: `cairn-bench-audit-${suffix}` }).admin();
    // Only the topics that exist (the consumer may not have created them): kafkajs retries deleting others for minutes.
    await admin
      .connect()
      .then(() => admin.listTopics())
      .then((topics) => topics.filter((t) => t === topic || t === `${topic}.dlq`))
      .then((topics) => (topics.length > 0 ? admin.deleteTopics({ topics }) : undefined))
      .catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

  try {
    db = await createAppTestDatabase('bench_audit');
    const [httpPort, grpcPort] = [await freePort(), await freePort()];
    server = {
      name: 'audit-governance',
      uri: `http://127.0.0.1:${httpPort}`,
      proc: start('audit-governance', 'node', ['-r', '@swc-node/register', 'services/governance/src/main.ts'], {
        ...process.env,
        CAIRN_DATABASE_URL: db.appUrl,
        PORT: String(httpPort),
        GRPC_PORT: String(grpcPort),
        LOG_LEVEL: 'warn',
        CAIRN_GOVERNANCE_AUDIT_GROUP: `governance.audit.bench-${suffix}`,
        CAIRN_GOVERNANCE_AUDIT_TOPICS: topic,
        OTEL_SDK_DISABLED: 'true',
      }),
    };
    await waitReady(server.name, server.proc, `${server.uri}/readyz`, 120);

    // The service may have audited its own start (the bootstrap admin): the bench's positions follow them.
    const offset = Number((await sql(db.appUrl, 'SELECT coalesce(max(position), 0)::int AS p FROM governance.audit'))[0].p);
    const loadStarted = Date.now();
    const chunk = 10_000;
    for (let from = 0; from < STORIES; from += chunk) {
      await sql(db.appUrl, loadStatement(from, Math.min(STORIES, from + chunk), offset));
      process.stdout.write(`\rloaded ${((Math.min(STORIES, from + chunk) * 10) / 1000).toFixed(0)}k audit events`);
    }
    await sql(db.appUrl, 'VACUUM ANALYZE governance.audit');
    const n = Number((await sql(db.appUrl, 'SELECT count(*)::int AS n FROM governance.audit'))[0].n);
    console.log(`\n${n} audit events in ${((Date.now() - loadStarted) / 1000).toFixed(0)} s (with VACUUM ANALYZE); load ${loadAverage()}`);

    const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
    const client: GovernanceServiceClient = new pkg.cairn.governance.v1.GovernanceService(`127.0.0.1:${grpcPort}`, credentials.createInsecure());
    const metadata = new Metadata();
    metadata.set('x-cairn-actor', 'user:bench');
    if (process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN) metadata.set('authorization', `Bearer ${process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN}`);
    const call = <R>(method: 'QueryAudit' | 'ExplainDeployment', request: unknown): Promise<R> =>
      new Promise((resolve, reject) =>
        (client[method] as unknown as (r: unknown, m: Metadata, cb: (e: ServiceError | null, r: R) => void) => void).call(
          client, request, metadata, (e, r) => (e ? reject(e) : resolve(r))),
      );

    const models = Math.min(MODELS, STORIES);
    const perModel = Math.floor(STORIES / models);
    const end = BASE + STORIES * 10 * STEP_MS;
    const tokenFor = async (request: Record<string, unknown>, pages: number) => {
      let token = '';
      for (let i = 0; i < pages; i += 1) token = (await call<{ next_page_token: string }>('QueryAudit', { ...request, page_token: token })).next_page_token;
      return token;
    };
    const shapes: { name: string; method: 'QueryAudit' | 'ExplainDeployment'; request: () => Promise<Record<string, unknown>> | Record<string, unknown>; check: (r: any) => boolean }[] = [
      { name: 'QueryAudit, no filter, newest 100', method: 'QueryAudit', request: () => ({}), check: (r) => r.events.length === 100 },
      { name: 'QueryAudit model=<one of 500>, newest 100', method: 'QueryAudit', request: () => ({ model: `model-${pick(models)}` }), check: (r) => r.events.length === Math.min(100, perModel * 10) },
      {
        name: 'QueryAudit model + version, all its events',
        method: 'QueryAudit',
        request: () => ({ model: `model-${pick(models)}`, version: 1 + pick(Math.max(1, Math.floor(STORIES / MODELS))) }),
        check: (r) => r.events.length === 10,
      },
      {
        name: 'QueryAudit actor=<one of 10 approvers> + type=ApprovalGranted, newest 100',
        method: 'QueryAudit',
        request: () => ({ actor: `user:approver-${pick(10)}`, types: ['ApprovalGranted'] }),
        check: (r) => r.events.length > 0,
      },
      {
        name: 'QueryAudit type=PolicyEvaluated in a random 1-hour window, 100 per page',
        method: 'QueryAudit',
        request: () => {
          const from = BASE + pick(Math.max(1, end - BASE - 3_600_000));
          return { types: ['PolicyEvaluated'], from, to: from + 3_600_000 };
        },
        check: (r) => r.events.length > 0,
      },
      {
        name: 'QueryAudit model=<one of 500>, 3rd page via page_token',
        method: 'QueryAudit',
        request: async () => {
          const request = { model: `model-${pick(models)}` };
          return { ...request, page_token: await tokenFor(request, 2) };
        },
        check: (r) => r.events.length === Math.min(100, Math.max(0, perModel * 10 - 200)) || perModel * 10 <= 200,
      },
      {
        name: 'ExplainDeployment model + alias champion, now',
        method: 'ExplainDeployment',
        request: () => ({ model: `model-${pick(models)}`, alias: 'champion' }),
        check: (r) => r.decision?.status === 'approved' && r.events.length === 9 && r.lineage?.datasets?.length === 1,
      },
      {
        name: 'ExplainDeployment model + alias champion, at a random past time',
        method: 'ExplainDeployment',
        request: () => ({ model: `model-${pick(models)}`, alias: 'champion', at: end - pick(Math.floor((end - BASE) / 2)) }),
        check: (r) => r.decision?.status === 'approved',
      },
      {
        name: 'ExplainDeployment model + stage Staging, now (folds the model\'s transitions)',
        method: 'ExplainDeployment',
        request: () => ({ model: `model-${pick(models)}`, stage: 'Staging' }),
        check: (r) => r.served?.event_type === 'StageTransitioned' && r.lineage !== undefined,
      },
    ];

    const rows: BenchRow[] = [];
    const date = new Date().toISOString();
    for (const shape of shapes) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + SAMPLES; i += 1) {
        const request = await shape.request();
        const t0 = process.hrtime.bigint();
        const response = await call(shape.method, request);
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (!shape.check(response)) throw new Error(`${shape.name}: unexpected answer to ${JSON.stringify(request)}`);
        if (i >= WARMUP) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const workload = `${shape.name}; ${n.toLocaleString('en-US')} audit events, gRPC, sequential, ${SAMPLES} calls`;
      for (const [metric, p] of [['p50 latency', 50], ['p99 latency', 99]] as const) {
        rows.push(
          benchRow(
            { workload, metric, cairn: percentile(times, p), peer: `goal ${GOAL_MS} ms`, peerValue: GOAL_MS, unit: 'ms', higherIsBetter: false },
            COMMAND,
            date,
          ),
        );
      }
    }
    client.close();
    console.log(`load average after: ${loadAverage()}`);
    writeBenchResults('audit', rows);
  } finally {
    await cleanup();
  }
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
