/**
 * Governance's Evaluate as the registry calls it, and what a governed promotion costs a user against MLflow's
 * ungoverned one.
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/governance.bench.ts
 *
 * A real governance process (services/governance/src/main.ts, as `nx serve` runs it) with 100 live policies: the
 * seven shipped examples (services/governance/policies/examples) published again and again under varied scopes
 * (model patterns `*`, `bench-*`, `bench-f*`, `other-*`; targets the alias, the stage, both, `*`), so about two thirds
 * of them apply to the promotions asked about.
 *
 * 1. Evaluate latency p50 / p99 with 100 policies loaded (the figure). Calls go through the registry's own
 *    adapter (GrpcGovernanceGate: the mapping, bearer token, 5 s deadline) and every one is a real decision:
 *    governance compiles nothing (cached), evaluates every applying policy and appends PolicyEvaluated
 *    (+ ApprovalRequested) in one transaction. The promotions alternate between an alias and the Production stage,
 *    and between metrics that pass and fail, so allow, deny and needs-approval all occur. CALLS sequential calls after
 *    WARMUP, then the same number spread over CONCURRENCY callers at once. There is no peer service that evaluates
 *    Cairn's policies: these rows are held against a LIMIT, a budget of 10 ms p99 for one decision (the registry
 *    holds the client's set-alias request open during Evaluate; 10 ms keeps a promotion interactive and three orders
 *    of magnitude inside the gate's 5 s deadline). Ratio = budget / measured.
 * 2. PEER, same run: `POST /api/2.0/mlflow/registered-models/alias` (set-alias) on the MLflow server
 *    (startMlflowServer: the venv's mlflow, its own database on the same PostgreSQL; MLflow has no governance) vs the
 *    same request on Cairn's registry (services/registry/src/main.ts on Cairn's database, the bench-fraud model's ten
 *    READY versions appended through the registry's deciders and projected by its rebuild), where governance decides
 *    every call over the 100 live policies: the version's lineage and tags pass them, so the outcome is allow and the
 *    alias is set (a non-200 answer stops the bench). SETALIAS_CALLS sequential calls per server after a warm-up, in
 *    alternating blocks so both see the same machine; the calls go round the models, so each model is promoted about
 *    SETALIAS_CALLS / MODELS times (the registry reads and folds a model's whole stream per command: one model promoted
 *    thousands of times costs more per promotion, see the by-block diagnostic). Ratio = MLflow / Cairn (> 1: Cairn
 *    faster).
 *
 * Governance's and the registry's Kafka are pointed at a closed port: their relays would otherwise publish thousands
 * of throwaway events to the shared topics; the relays retrying in the background are part of what runs meanwhile.
 * Writes bench/results/governance.json.
 */
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { loadProto, NewEvent } from '@cairn/contracts';
import { createPostgresEventStore } from '@cairn/event-store';
import { messagingMigrations } from '@cairn/messaging';
import { loadMigrations, migrate } from '@cairn/postgres';
import { credentials, Metadata } from '@grpc/grpc-js';
import { CommandMetadata, decide, evolveAll, initialState, modelStream, RegisteredModelState, RegistryCommand, RegistryEvent } from '../services/registry/src/domain';
import { rebuildReadModels } from '../services/registry/src/infrastructure/postgres/rebuild';
import type { PromotionRequest } from '../services/registry/src/application/ports';
import { GrpcGovernanceGate } from '../services/registry/src/infrastructure/governance/grpc-governance-gate';
import { loadExamplePolicies } from '../services/governance/src/infrastructure/examples/example-policies';
import type { ProtoGrpcType } from '../services/governance/src/grpc/generated/governance';
import type { GovernanceServiceClient } from '../services/governance/src/grpc/generated/cairn/governance/v1/GovernanceService';
import { benchRow, BenchRow, Measurement, writeBenchResults } from './bench-results';
import { AUTH_HEADERS, freePort, loadAverage, MLFLOW_WORKERS, openPeerRun, PeerRun, ROOT, Server, start, startMlflowServer, waitReady } from './bench-servers';

const POLICIES = Number(process.env.BENCH_GOVERNANCE_POLICIES ?? 100);
const WARMUP = Number(process.env.BENCH_GOVERNANCE_WARMUP ?? 300);
const CALLS = Number(process.env.BENCH_GOVERNANCE_CALLS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_GOVERNANCE_CONCURRENCY ?? 4);
const SETALIAS_CALLS = Number(process.env.BENCH_GOVERNANCE_SETALIAS_CALLS ?? 1000);
const SETALIAS_BLOCK = 100;
const BUDGET_MS = 10;
const PEER = `limit, not a peer: budget of ${BUDGET_MS} ms p99 per promotion decision`;
const MLFLOW_VERSION = '3.17.2';
const MLFLOW_PEER = `mlflow server ${MLFLOW_VERSION} (${MLFLOW_WORKERS} workers, no governance), same PostgreSQL`;
const MODELS = Number(process.env.BENCH_GOVERNANCE_MODELS ?? 20);
const modelName = (m: number) => `bench-fraud-${m}`;
const VERSIONS = 10;
const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/governance.bench.ts';

const MODEL_PATTERNS = ['*', 'bench-*', 'bench-f*', 'other-*'];
const TARGETS = [['alias:champion'], ['Production'], ['alias:champion', 'Production', 'Staging'], ['*']];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function token(): string {
  const value = process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN;
  if (!value) throw new Error('CAIRN_BOOTSTRAP_ADMIN_TOKEN is not set: source deploy/local/env.sh');
  return value;
}

async function publishPolicies(address: string): Promise<number> {
  const pkg = loadProto('cairn/governance/v1/governance.proto') as unknown as ProtoGrpcType;
  const client: GovernanceServiceClient = new pkg.cairn.governance.v1.GovernanceService(address, credentials.createInsecure());
  const examples = loadExamplePolicies();
  let applying = 0;
  try {
    for (let i = 0; i < POLICIES; i += 1) {
      const example = examples[i % examples.length];
      const modelPattern = MODEL_PATTERNS[Math.floor(i / examples.length) % MODEL_PATTERNS.length];
      // The approvers-only example is kept out of the asked-about targets: the bench's requester holds no role (the
      // registry claims none), so it would deny every request and hide the allow / needs-approval paths.
      const targets =
        example.policyId === 'approvers-promote-to-production'
          ? ['alias:production']
          : TARGETS[Math.floor(i / (examples.length * MODEL_PATTERNS.length)) % TARGETS.length];
      if (modelPattern !== 'other-*' && example.policyId !== 'approvers-promote-to-production') applying += 1;
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${token()}`);
      metadata.set('x-cairn-actor', 'user:bench-admin');
      await new Promise<void>((resolve, reject) =>
        client.PublishPolicy(
          {
            policy_id: `bench-${String(i).padStart(3, '0')}-${example.policyId}`,
            name: `${example.name} (${i})`,
            description: example.description,
            source: example.source,
            scope: { model_pattern: modelPattern, targets },
            effect: example.effect,
            ...(example.approvals ? { approvals: example.approvals } : {}),
            message: example.message,
          },
          metadata,
          (error) => (error ? reject(error) : resolve()),
        ),
      );
    }
  } finally {
    client.close();
  }
  return applying;
}

/** The i-th promotion: alias or Production stage; accuracy and latency that pass or fail; a change ticket or not. */
function promotion(i: number): PromotionRequest {
  const passing = i % 3 !== 0;
  return {
    name: i % 5 === 0 ? 'bench-churn' : 'bench-fraud',
    version: 1 + (i % 7),
    requestId: randomUUID(),
    target: i % 2 === 0 ? { kind: 'alias', alias: 'champion' } : { kind: 'stage', stage: 'Production', archiveExistingVersions: false },
    requester: 'user:bench-alice',
    correlationId: `bench-${i}`,
    traceparent: null,
    tags: i % 4 === 0 ? [{ key: 'change-ticket', value: `CHG-${i}` }] : [],
    lineage: {
      runId: `run-${i}`,
      datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://bench/train', context: 'training' }],
      codeVersion: { gitCommit: 'deadbeef' },
      metrics: [
        { key: 'accuracy', value: passing ? 0.94 : 0.85, step: 1, timestamp: 1 },
        { key: 'latency_p95_ms', value: passing ? 30 : 70, step: 1, timestamp: 1 },
        { key: 'accuracy_by_group/a', value: 0.93, step: 1, timestamp: 1 },
        { key: 'accuracy_by_group/b', value: 0.95, step: 1, timestamp: 1 },
      ],
    },
  };
}

async function timedCalls(gate: GrpcGovernanceGate, count: number, offset: number, outcomes: Map<string, number>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const decision = await gate.evaluate(promotion(offset + i));
    latencies.push(performance.now() - started);
    outcomes.set(decision.outcome, (outcomes.get(decision.outcome) ?? 0) + 1);
  }
  return latencies;
}

/** Sequential GetDecision calls of an unknown id (NOT_FOUND): the fixed cost of a call without a decision's write. */
async function timedReads(address: string, count: number): Promise<number[]> {
  const pkg = loadProto('cairn/governance/v1/governance.proto') as unknown as ProtoGrpcType;
  const client: GovernanceServiceClient = new pkg.cairn.governance.v1.GovernanceService(address, credentials.createInsecure());
  const latencies: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${token()}`);
      metadata.set('x-cairn-actor', 'service:registry');
      const started = performance.now();
      await new Promise<void>((resolve) => client.GetDecision({ decision_id: randomUUID() }, metadata, () => resolve()));
      latencies.push(performance.now() - started);
    }
  } finally {
    client.close();
  }
  return latencies;
}

/**
 * The registry's events for MODEL, exactly as the service would append them (its pure deciders, each command on the
 * state the previous ones left): the model and VERSIONS READY versions whose tags and lineage pass every example
 * policy (accuracy 0.94, p95 latency 30 ms, two groups 0.02 apart, a training dataset with a hex digest, a change
 * ticket), so a promotion to alias:champion is allowed.
 */
function registryEvents(model: string): RegistryEvent[] {
  let state: RegisteredModelState = initialState();
  const all: RegistryEvent[] = [];
  let now = Date.now() - 60_000;
  const run = (command: RegistryCommand) => {
    const metadata: CommandMetadata = { now: new Date((now += 1)), actor: 'user:bench-admin' };
    const events = decide(command, state, metadata);
    state = evolveAll(events, state);
    all.push(...events);
  };
  run({ type: 'CreateRegisteredModel', data: { name: model, description: 'governance bench', tags: [] } });
  for (let v = 1; v <= VERSIONS; v += 1) {
    const runId = `bench-run-${v}`;
    const source = `mlflow-artifacts:/1/${runId}/artifacts/model`;
    run({
      type: 'CreateModelVersion',
      data: {
        name: model, source, storageLocation: source, runId, userId: 'bench',
        tags: [{ key: 'change-ticket', value: `CHG-${v}` }],
        lineage: {
          experimentId: '1', runId,
          datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://bench/train', context: 'training' }],
          codeVersion: { gitCommit: 'deadbeef' },
          metrics: [
            { key: 'accuracy', value: 0.94, step: 1, timestamp: 1 },
            { key: 'latency_p95_ms', value: 30, step: 1, timestamp: 1 },
            { key: 'accuracy_by_group/a', value: 0.93, step: 1, timestamp: 1 },
            { key: 'accuracy_by_group/b', value: 0.95, step: 1, timestamp: 1 },
          ],
        },
      },
    } as RegistryCommand);
    run({ type: 'MarkModelVersionReady', data: { name: model, version: v } });
  }
  return all;
}

/** The registry's schema and read models on Cairn's database before the service starts (as registry.bench does). */
async function prepareRegistry(url: string): Promise<void> {
  const store = createPostgresEventStore({ connectionString: url, applicationName: 'bench-governance-load' });
  try {
    await store.init();
    await migrate(store.pool, 'registry', [...loadMigrations(path.join(ROOT, 'services', 'registry', 'migrations')), ...messagingMigrations('relay', 'registry')]);
    for (let m = 0; m < MODELS; m += 1) {
      const events = registryEvents(modelName(m)).map((event) => ({ ...event, metadata: { actor: 'user:bench-admin', correlationId: 'bench-governance' } }) as NewEvent);
      await store.append(modelStream(modelName(m)), events, 'no_stream');
    }
    await rebuildReadModels(store.pool, store);
  } finally {
    await store.close();
  }
}

async function post(uri: string, route: string, body: unknown): Promise<Response> {
  return fetch(`${uri}/api/2.0/mlflow/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...AUTH_HEADERS },
    body: JSON.stringify(body),
  });
}

async function mustPost(server: Server, route: string, body: unknown): Promise<void> {
  const response = await post(server.uri, route, body);
  if (!response.ok) throw new Error(`${server.name} ${route}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** MLflow's side: the same model and ten versions through its own REST API. */
async function prepareMlflow(mlflow: Server): Promise<void> {
  for (let m = 0; m < MODELS; m += 1) {
    await mustPost(mlflow, 'registered-models/create', { name: modelName(m), description: 'governance bench' });
    for (let v = 1; v <= VERSIONS; v += 1) {
      await mustPost(mlflow, 'model-versions/create', { name: modelName(m), source: `s3://bench/models/bench-run-${v}`, tags: [{ key: 'change-ticket', value: `CHG-${v}` }] });
    }
  }
}

/** `count` sequential set-alias calls (the models in turn, champion onto version 1..10); every one must answer 200. */
async function timedSetAlias(server: Server, count: number, offset: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = offset + i;
    const body = { name: modelName(n % MODELS), alias: 'champion', version: String(1 + (Math.floor(n / MODELS) % VERSIONS)) };
    const started = performance.now();
    const response = await post(server.uri, 'registered-models/alias', body);
    const text = await response.text();
    latencies.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${server.name} set-alias answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return latencies;
}

async function main(): Promise<void> {
  const run: PeerRun = await openPeerRun('bench_governance');
  const { cairnDb } = run;
  try {
    const [port, grpcPort, registryPort, registryGrpcPort, mlflowPort, deadKafka] = await Promise.all(
      Array.from({ length: 6 }, () => freePort()),
    );
    const mlflow = startMlflowServer('governance-mlflow', run, mlflowPort);
    const mlflowReady = waitReady('governance-mlflow', mlflow.proc, `${mlflow.uri}/health`, 300);
    mlflowReady.catch(() => undefined); // awaited below
    const governance = run.track({
      name: 'governance',
      uri: `http://127.0.0.1:${port}`,
      proc: start('governance-cairn', 'node', ['-r', '@swc-node/register', 'services/governance/src/main.ts'], {
        ...process.env,
        PORT: String(port),
        GRPC_PORT: String(grpcPort),
        CAIRN_DATABASE_URL: cairnDb.appUrl,
        KAFKA_BROKERS: `127.0.0.1:${deadKafka}`,
        LOG_LEVEL: 'error',
        CAIRN_GOVERNANCE_AUDIT_GROUP: `governance.audit.bench-${Date.now().toString(36)}`,
      }),
    });
    // /healthz, not /readyz: with Kafka closed the relay never reports ready, and Evaluate does not need it.
    const ready = await waitReady('governance-cairn', governance.proc, `${governance.uri}/healthz`, 120);
    const address = `127.0.0.1:${grpcPort}`;
    const applying = await publishPolicies(address);
    console.log(`governance up after ${ready.toFixed(1)} s; ${POLICIES} policies published, ${applying} with a model pattern that matches`);

    await prepareRegistry(cairnDb.appUrl);
    const registry = run.track({
      name: 'cairn registry',
      uri: `http://127.0.0.1:${registryPort}`,
      proc: start('governance-registry-cairn', 'node', ['-r', '@swc-node/register', 'services/registry/src/main.ts'], {
        ...process.env,
        PORT: String(registryPort),
        GRPC_PORT: String(registryGrpcPort),
        CAIRN_DATABASE_URL: cairnDb.appUrl,
        CAIRN_GOVERNANCE_GRPC_ADDRESS: address,
        KAFKA_BROKERS: `127.0.0.1:${deadKafka}`,
        LOG_LEVEL: 'error',
      }),
    });
    await waitReady('governance-registry-cairn', registry.proc, `${registry.uri}/healthz`, 120);
    await mlflowReady;
    await prepareMlflow(mlflow);
    console.log(`registry and mlflow up; both hold ${MODELS} models with ${VERSIONS} versions each`);

    const gate = new GrpcGovernanceGate({ address, token: token() });
    const outcomes = new Map<string, number>();
    const loads = [`start ${loadAverage()}`];
    try {
      await timedCalls(gate, WARMUP, 0, new Map());
      const sequential = await timedCalls(gate, CALLS, WARMUP, outcomes);
      loads.push(`sequential ${loadAverage()}`);
      // Does a decision cost more as decisions accumulate? The median of each fifth of the sequential calls.
      const fifth = Math.ceil(sequential.length / 5);
      const drift = Array.from({ length: 5 }, (_, k) => percentile(sequential.slice(k * fifth, (k + 1) * fifth), 50).toFixed(1));
      console.log(`diagnostic: sequential p50 by fifth of the run (ms): ${drift.join(', ')}`);
      const reads = await timedReads(address, 500);
      console.log(`diagnostic: GetDecision (a read through the same token check and transport) p50 ${percentile(reads, 50).toFixed(2)} ms, p99 ${percentile(reads, 99).toFixed(2)} ms`);
      const per = Math.ceil(CALLS / CONCURRENCY);
      const started = performance.now();
      const concurrent = (
        await Promise.all(Array.from({ length: CONCURRENCY }, (_, c) => timedCalls(gate, per, WARMUP + CALLS + c * per, outcomes)))
      ).flat();
      const seconds = (performance.now() - started) / 1000;
      loads.push(`concurrent ${loadAverage()}`);

      // Set-alias on both servers, alternating blocks after a warm-up of each.
      await timedSetAlias(registry, 100, 0);
      await timedSetAlias(mlflow, 100, 0);
      const setAlias = { cairn: [] as number[], mlflow: [] as number[] };
      for (let done = 0; done < SETALIAS_CALLS; done += SETALIAS_BLOCK) {
        const n = Math.min(SETALIAS_BLOCK, SETALIAS_CALLS - done);
        setAlias.cairn.push(...(await timedSetAlias(registry, n, done)));
        setAlias.mlflow.push(...(await timedSetAlias(mlflow, n, done)));
      }
      loads.push(`set-alias ${loadAverage()}`);
      // Each governed set-alias appends PromotionRequested + PromotionDecided to the model's stream, which the registry
      // reads and folds per command: does a promotion cost more as the model's history grows?
      const blocks = (latencies: number[]) =>
        Array.from({ length: Math.ceil(latencies.length / SETALIAS_BLOCK) }, (_, k) => percentile(latencies.slice(k * SETALIAS_BLOCK, (k + 1) * SETALIAS_BLOCK), 50).toFixed(1)).join(', ');
      console.log(`diagnostic: set-alias p50 by block of ${SETALIAS_BLOCK} (ms): cairn ${blocks(setAlias.cairn)}; mlflow ${blocks(setAlias.mlflow)}`);
      console.log(`outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}; concurrent throughput ${(concurrent.length / seconds).toFixed(0)} decisions/s; load average (1/5/15 min) ${loads.join(', ')}`);

      const workload = (how: string) => `Evaluate latency with ${POLICIES} policies loaded (${applying} in scope), gRPC through the registry's gate, ${how}`;
      const measurements: Measurement[] = [];
      for (const p of [50, 99]) {
        measurements.push({
          workload: `set-alias (POST registered-models/alias), sequential, ${SETALIAS_CALLS} calls over ${MODELS} models: Cairn registry with governance deciding (${POLICIES} live policies, outcome allow) vs MLflow (ungoverned)`,
          metric: `p${p} latency`,
          cairn: percentile(setAlias.cairn, p),
          peer: MLFLOW_PEER,
          peerValue: percentile(setAlias.mlflow, p),
          unit: 'ms',
          higherIsBetter: false,
        });
      }
      for (const [how, latencies] of [
        [`sequential, ${CALLS} calls`, sequential],
        [`${CONCURRENCY} concurrent callers, ${concurrent.length} calls`, concurrent],
      ] as const) {
        for (const p of [50, 99]) {
          measurements.push({ workload: workload(how), metric: `p${p} latency`, cairn: percentile(latencies, p), peer: PEER, peerValue: BUDGET_MS, unit: 'ms', higherIsBetter: false });
        }
      }
      const date = new Date().toISOString();
      const rows: BenchRow[] = measurements.map((m) => benchRow(m, COMMAND, date));
      writeBenchResults('governance', rows);
    } finally {
      gate.close();
    }
  } finally {
    await run.cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
