/**
 * Governance's Evaluate as the registry calls it: the latency a governed promotion adds to set-alias /
 * transition-stage, against a stated budget (there is no peer service that evaluates Cairn's policies).
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/governance.bench.ts
 *
 * A real governance process (services/governance/src/main.ts, as `nx serve` runs it) on a throwaway database with 100
 * live policies: the seven shipped examples (services/governance/policies/examples) published again and again under
 * varied scopes (model patterns `*`, `bench-*`, `bench-f*`, `other-*`; targets the alias, the stage, both, `*`), so
 * about two thirds of them apply to the promotions asked about. Calls go through the registry's own adapter
 * (GrpcGovernanceGate: the mapping, bearer token, 5 s deadline) and every one is a real decision: governance compiles
 * nothing (cached), evaluates every applying policy and appends PolicyEvaluated (+ ApprovalRequested) in one
 * transaction. The promotions alternate between an alias and the Production stage, and between metrics that pass and
 * fail, so allow, deny and needs-approval all occur.
 *
 * Measured: per-call latency (request sent → GateDecision) p50 / p99 over CALLS sequential calls after WARMUP, then
 * the same number spread over CONCURRENCY callers at once. Peer: a budget of 10 ms p99 for one decision. Why 10 ms:
 * the registry holds the client's set-alias request open during Evaluate, and its own part of a promotion (two
 * event-store transactions) takes a few ms locally; a decision within 10 ms keeps a promotion interactive and three
 * orders of magnitude inside the gate's 5 s deadline, with room for a network hop between services. Ratio =
 * budget / measured, so > 1 means within budget.
 *
 * Governance's Kafka is pointed at a closed port: its relay would otherwise publish thousands of throwaway decisions
 * to the shared cairn.governance.events topic; the relay retrying in the background is part of what runs meanwhile.
 * Writes bench/results/governance.json.
 */
import { randomUUID } from 'node:crypto';
import { loadProto } from '@cairn/contracts';
import { credentials, Metadata } from '@grpc/grpc-js';
import { createAppTestDatabase } from '../libs/event-store/src/postgres/test-database';
import type { PromotionRequest } from '../services/registry/src/application/ports';
import { GrpcGovernanceGate } from '../services/registry/src/infrastructure/governance/grpc-governance-gate';
import { loadExamplePolicies } from '../services/governance/src/infrastructure/examples/example-policies';
import type { ProtoGrpcType } from '../services/governance/src/grpc/generated/governance';
import type { GovernanceServiceClient } from '../services/governance/src/grpc/generated/cairn/governance/v1/GovernanceService';
import { benchRow, BenchRow, Measurement, writeBenchResults } from './bench-results';
import { freePort, loadAverage, Server, start, stop, waitReady } from './bench-servers';

const POLICIES = Number(process.env.BENCH_GOVERNANCE_POLICIES ?? 100);
const WARMUP = Number(process.env.BENCH_GOVERNANCE_WARMUP ?? 300);
const CALLS = Number(process.env.BENCH_GOVERNANCE_CALLS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_GOVERNANCE_CONCURRENCY ?? 4);
const BUDGET_MS = 10;
const PEER = `budget: ${BUDGET_MS} ms p99 per promotion decision`;
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

async function main(): Promise<void> {
  const db = await createAppTestDatabase('cairn_bench_governance');
  let governance: Server | undefined;
  const cleanup = async () => {
    await stop(governance);
    await db.drop().catch((error) => console.error(`drop: ${error}`));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  try {
    const [port, grpcPort, deadKafka] = [await freePort(), await freePort(), await freePort()];
    governance = {
      name: 'governance',
      uri: `http://127.0.0.1:${port}`,
      proc: start('governance-cairn', 'node', ['-r', '@swc-node/register', 'services/governance/src/main.ts'], {
        ...process.env,
        PORT: String(port),
        GRPC_PORT: String(grpcPort),
        CAIRN_DATABASE_URL: db.appUrl,
        KAFKA_BROKERS: `127.0.0.1:${deadKafka}`,
        LOG_LEVEL: 'error',
        CAIRN_GOVERNANCE_AUDIT_GROUP: `governance.audit.bench-${Date.now().toString(36)}`,
      }),
    };
    // /healthz, not /readyz: with Kafka closed the relay never reports ready, and Evaluate does not need it.
    const ready = await waitReady('governance-cairn', governance.proc, `${governance.uri}/healthz`, 120);
    const address = `127.0.0.1:${grpcPort}`;
    const applying = await publishPolicies(address);
    console.log(`governance up after ${ready.toFixed(1)} s; ${POLICIES} policies published, ${applying} with a model pattern that matches`);

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
      console.log(`outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}; concurrent throughput ${(concurrent.length / seconds).toFixed(0)} decisions/s; load ${loads.join(', ')}`);

      const workload = (how: string) => `Evaluate through the registry's gate, ${POLICIES} live policies (${applying} in scope), ${how}`;
      const measurements: Measurement[] = [];
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
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
