import * as path from 'node:path';
import { TOPICS } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { createKafka } from '@cairn/messaging';
import { testAdminToken } from '@cairn/platform/grpc-testing';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { RecordingLogger } from '../../../../libs/messaging/src/testing/recording-logger';
import { RegistryService } from '../application/registry-service';
import { contextAt, FakeTracking, ScriptedVerifier } from '../application/testing/fakes';
import { modelStream } from '../domain';
import { GrpcGovernanceGate } from '../infrastructure/governance/grpc-governance-gate';
import { RunningGovernance, startGovernance } from '../infrastructure/governance/testing/governance-process';
import { PostgresModelRepository } from '../infrastructure/postgres/model-repository';
import { PostgresRegistryReads } from '../infrastructure/postgres/registry-reads';
import { PROMOTIONS_GROUP_ID, PromotionDecisionsConsumer } from './promotion-decisions.consumer';

/**
 * The whole governed promotion, every part real but tracking: the registry's core on its own throwaway database asks
 * the governance process (GrpcGovernanceGate), the promotion waits, an approver approves over governance's gRPC,
 * governance's relay publishes PromotionApproved to the real cairn.governance.events, and the registry's consumer (a
 * group of this run's own, from the topic's end) assigns the alias.
 */
jest.setTimeout(180_000);

const MIGRATIONS = path.resolve(__dirname, '../../migrations');
const MODEL_ID = `m-${'b'.repeat(32)}`;
const RUN = 'a'.repeat(32);
const suffix = uniqueSuffix();
const name = `loop-${suffix}`;
const logger = new RecordingLogger();

let governance: RunningGovernance;
let gate: GrpcGovernanceGate;
let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let registry: RegistryService;
let consumer: PromotionDecisionsConsumer | undefined;
let clock = Date.now();
const ctx = () => contextAt((clock += 1_000), 'user:alice');

const tracking = new FakeTracking();
tracking.runs.set(RUN, {
  runId: RUN,
  experimentId: '1',
  artifactUri: `mlflow-artifacts:/1/${RUN}/artifacts`,
  tags: [],
  params: [],
  metrics: [{ key: 'accuracy', value: 0.95, step: 1, timestamp: 1 }],
  datasets: [{ name: 'train', digest: '2b9a1f0d', context: 'training' }],
});
tracking.models.set(MODEL_ID, { modelId: MODEL_ID, experimentId: '1', sourceRunId: RUN, artifactLocation: `mlflow-artifacts:/1/models/${MODEL_ID}/artifacts`, status: 'READY' });

beforeAll(async () => {
  governance = await startGovernance('cairn_registry_loop_gov');
  await governance.call('PublishPolicy', {
    policy_id: `loop-approval-${suffix}`,
    name: 'Champion needs an approval',
    source: 'false',
    scope: { model_pattern: name, targets: ['alias:champion'] },
    effect: 'require-approvals',
    approvals: 1,
    message: 'one approver must approve a champion',
  });
  gate = new GrpcGovernanceGate({ address: governance.address, token: testAdminToken() });

  db = await createTestDatabase('cairn_registry_loop');
  pool = createPool(db.url, 'registry-loop-test');
  await migrate(pool, 'registry', loadMigrations(MIGRATIONS));
  store = createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 100 } });
  await store.init();
  registry = new RegistryService({
    repository: new PostgresModelRepository(pool, store),
    reads: new PostgresRegistryReads(pool),
    tracking,
    verifier: new ScriptedVerifier([{ ok: true }]),
    gate,
    logger: { warn: () => undefined },
    verification: { timeoutMs: 5_000, intervalMs: 1 },
  });
  await registry.models.create({ name }, ctx());
  await registry.versions.create({ name, source: `models:/${MODEL_ID}` }, ctx());
  await registry.checksIdle();

  consumer = new PromotionDecisionsConsumer({
    kafka: createKafka({ clientId: `cairn-registry-loop-${suffix}`, logger }),
    pool,
    groupId: `${PROMOTIONS_GROUP_ID}.test-${suffix}`,
    topics: [TOPICS.governanceEvents],
    // The shared topic's history is other runs' business: this group starts at its end.
    fromBeginning: false,
    promotions: registry.promotions,
    logger,
  });
  await consumer.start();
  await consumer.joined;
}, 180_000);

afterAll(async () => {
  await consumer?.stop();
  gate?.close();
  await governance?.stop();
  await store?.close();
  await pool?.end();
  await db?.drop();
});

describe('a governed promotion, end to end', () => {
  it('waits for approval, and the approval over governance assigns the alias through cairn.governance.events', async () => {
    const waiting = await registry.promotions.requestAlias(name, 'champion', '1', ctx());
    expect(waiting).toMatchObject({ status: 'awaiting-approval', approvalsRequired: 1 });
    expect((await registry.models.get(name)).aliases).toEqual([]);

    const { decision } = await governance.call('Approve', {
      decision_id: waiting.decisionId!,
      approver: { id: 'user:bo', roles: [{ role: 'approver' }] },
      comment: 'looks good',
    });
    expect(decision).toMatchObject({ status: 'approved', approvers: ['user:bo'] });

    await waitFor(async () => (await registry.models.get(name)).aliases.length > 0, 'the alias to be assigned', 60_000);
    expect((await registry.promotions.versionByAlias(name, 'champion')).version).toBe(1);
    const allowed = (await store.readStream(modelStream(name))).find((event) => event.type === 'PromotionAllowed');
    expect(allowed).toMatchObject({ actor: 'service:governance', data: { approvedBy: ['user:bo'], decisionId: waiting.decisionId } });
  });
});
