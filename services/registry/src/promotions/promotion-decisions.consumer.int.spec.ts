import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { CairnEvent, deadLetterTopic, DLQ_HEADERS, EventData, TOPICS } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { createKafka, ensureTopics } from '@cairn/messaging';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { Admin, Kafka, Message } from 'kafkajs';
import { header, readTopic, uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { RecordingLogger } from '../../../../libs/messaging/src/testing/recording-logger';
import { RegistryService } from '../application/registry-service';
import { contextAt, FakeTracking, ScriptedGate, ScriptedVerifier } from '../application/testing/fakes';
import { modelStream } from '../domain';
import { PostgresModelRepository } from '../infrastructure/postgres/model-repository';
import { PostgresRegistryReads } from '../infrastructure/postgres/registry-reads';
import { GOVERNANCE_ACTOR } from './governance-decisions';
import { PROMOTIONS_GROUP_ID, PromotionDecisionsConsumer } from './promotion-decisions.consumer';

/**
 * The governance-decisions consumer against the real Kafka and PostgreSQL: promotions awaiting approval in a
 * throwaway registry database (the real write path, the gate scripted to say needs-approval), governance's envelopes
 * as its relay publishes them on a topic of this run's own.
 */
jest.setTimeout(120_000);

const MIGRATIONS = path.resolve(__dirname, '../../migrations');
const MODEL = `m-${'b'.repeat(32)}`;
const RUN = 'a'.repeat(32);
const suffix = uniqueSuffix();
const topic = `${TOPICS.governanceEvents}.test-${suffix}`;
const groupId = `${PROMOTIONS_GROUP_ID}.test-${suffix}`;
const logger = new RecordingLogger();

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let registry: RegistryService;
let repository: PostgresModelRepository;
let kafka: Kafka;
let admin: Admin;
let consumer: PromotionDecisionsConsumer | undefined;
let clock = Date.UTC(2026, 0, 1);
const ctx = () => contextAt((clock += 1_000), 'user:alice');

const tracking = new FakeTracking();
tracking.runs.set(RUN, { runId: RUN, experimentId: '1', artifactUri: `mlflow-artifacts:/1/${RUN}/artifacts`, tags: [], params: [], metrics: [], datasets: [] });
tracking.models.set(MODEL, { modelId: MODEL, experimentId: '1', sourceRunId: RUN, artifactLocation: `mlflow-artifacts:/1/models/${MODEL}/artifacts`, status: 'READY' });

/** governance's decision ids are its own; the scripted gate derives one from the registry's request id. */
const decisionOf = (requestId: string) => `dec-${requestId}`;

function governanceEvent<T extends 'PromotionApproved' | 'PromotionRejected' | 'PolicyRetired'>(type: T, data: EventData<T>, stream: string): CairnEvent {
  return {
    id: randomUUID(),
    type,
    stream,
    version: 3,
    position: '42',
    occurredAt: new Date(clock).toISOString(),
    actor: 'user:bo',
    causationId: null,
    correlationId: 'corr-approval',
    traceparent: null,
    data,
  } as CairnEvent;
}

const subject = (requestId: string, version: number, target: { kind: 'alias' | 'stage'; name: string }) => ({ model: 'fraud', version, target, requestId });

const approved = (requestId: string, version: number, decisionId = decisionOf(requestId)) =>
  governanceEvent(
    'PromotionApproved',
    { decisionId, subject: subject(requestId, version, { kind: 'alias', name: 'champion' }), requester: 'user:alice', approvedBy: ['user:bo', 'user:cy'], policies: [], timestamp: clock },
    `decision-${decisionId}`,
  );

const message = (event: CairnEvent): Message => ({ key: event.stream.slice('decision-'.length), value: JSON.stringify(event) });

async function produce(messages: Message[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

const seen = (one: PromotionDecisionsConsumer) => one.stats.handled + one.stats.duplicates + one.stats.deadLettered + one.stats.skipped;

async function modelEvents() {
  return store.readStream(modelStream('fraud'));
}

beforeAll(async () => {
  db = await createTestDatabase('cairn_registry_promotions');
  pool = createPool(db.url, 'registry-promotions-test');
  await migrate(pool, 'registry', loadMigrations(MIGRATIONS));
  store = createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 100 } });
  await store.init();
  repository = new PostgresModelRepository(pool, store);
  registry = new RegistryService({
    repository,
    reads: new PostgresRegistryReads(pool),
    tracking,
    verifier: new ScriptedVerifier([{ ok: true }]),
    gate: new ScriptedGate((request) => ({ outcome: 'needs-approval', decisionId: decisionOf(request.requestId), approvalsRequired: 2 })),
    logger: { warn: () => undefined },
    verification: { timeoutMs: 5_000, intervalMs: 1 },
  });
  await registry.models.create({ name: 'fraud' }, ctx());
  for (let i = 0; i < 3; i += 1) {
    await registry.versions.create({ name: 'fraud', source: `models:/${MODEL}` }, ctx());
    await registry.checksIdle();
  }
  kafka = createKafka({ clientId: `cairn-promotions-test-${suffix}`, logger });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
});

afterAll(async () => {
  await consumer?.stop();
  await admin?.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
  await admin?.disconnect();
  await store?.close();
  await pool?.end();
  await db?.drop();
});

describe('PromotionDecisionsConsumer', () => {
  it('completes and rejects waiting promotions once, skips what is not its business, dead-letters bad messages', async () => {
    const alias = await registry.promotions.requestAlias('fraud', 'champion', '1', ctx());
    const stage = await registry.promotions.requestStage('fraud', '2', 'Production', false, ctx());
    expect([alias.status, stage.promotion.status]).toEqual(['awaiting-approval', 'awaiting-approval']);
    // A request governance answered but whose answer the registry has not recorded yet.
    const unrecorded = randomUUID();
    await repository.execute({ type: 'RequestPromotion', data: { name: 'fraud', version: 3, target: { kind: 'alias', alias: 'prod' } } }, ctx(), unrecorded);

    const approval = approved(alias.requestId, 1);
    const rejection = governanceEvent(
      'PromotionRejected',
      {
        decisionId: decisionOf(stage.promotion.requestId),
        subject: subject(stage.promotion.requestId, 2, { kind: 'stage', name: 'Production' }),
        requester: 'user:alice',
        rejectedBy: 'user:bo',
        reasons: ['not before the audit'],
        policies: [],
        timestamp: clock,
      },
      `decision-${decisionOf(stage.promotion.requestId)}`,
    );
    const retired = governanceEvent('PolicyRetired', { policyId: 'p', version: 1, retiredBy: 'user:admin', timestamp: clock }, 'policy-p');
    const future = { ...approval, id: randomUUID(), type: 'PolicyTranslated' } as unknown as CairnEvent;

    const batch: Message[] = [
      message(approval),
      message(approval), // the relay re-sent it: same event id
      message(approved(alias.requestId, 1)), // another event for the same decision: completing twice is a no-op
      message(rejection),
      message(approved('no-such-request', 1, 'dec-unknown')), // another caller's decision: logged, skipped
      message(retired), // governance's other events are none of the registry's business
      { key: 'x', value: JSON.stringify(future) }, // a type this build does not know: skipped
      { key: 'x', value: '{"id": "not json' }, // garbage: straight to the .dlq …
      message(approved(unrecorded, 3)), // … retried while the decision is unrecorded, then dead-lettered
    ];
    await produce(batch);
    consumer = new PromotionDecisionsConsumer({
      kafka,
      pool,
      groupId,
      topics: [topic],
      promotions: registry.promotions,
      retry: { maxAttempts: 2, initialDelayMs: 10, maxDelayMs: 50 },
      logger,
    });
    await consumer.start();
    await waitFor(() => seen(consumer!) >= batch.length, `all ${batch.length} messages`);
    expect(consumer.stats).toMatchObject({ handled: 5, duplicates: 1, deadLettered: 2, skipped: 1 });

    // Approved: the alias points at version 1, the approvers recorded, governance the actor.
    expect((await registry.promotions.versionByAlias('fraud', 'champion')).version).toBe(1);
    const events = await modelEvents();
    const allowed = events.filter((e) => e.type === 'PromotionAllowed');
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatchObject({ actor: GOVERNANCE_ACTOR, correlationId: 'corr-approval', data: { approvedBy: ['user:bo', 'user:cy'], decisionId: decisionOf(alias.requestId) } });
    expect(events.filter((e) => e.type === 'AliasAssigned')).toHaveLength(1);

    // Rejected: denied with the approver's reason, the version still in stage None.
    const denied = events.filter((e) => e.type === 'PromotionDenied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ actor: GOVERNANCE_ACTOR, data: { rejectedBy: 'user:bo', reasons: ['not before the audit'] } });
    expect((await registry.versions.get('fraud', '2')).currentStage).toBe('None');

    expect(logger.lines.some((line) => line.includes('matches no promotion waiting') && line.includes('dec-unknown'))).toBe(true);
    const dead = await readTopic(kafka, deadLetterTopic(topic), 2);
    expect(dead.map(({ message: m }) => header(m, DLQ_HEADERS.errorCode)).sort()).toEqual([
      'MESSAGING.MALFORMED_JSON',
      'REGISTRY.PROMOTION_DECISION_NOT_RECORDED',
    ]);
  });

  it('a redelivery of the whole topic (offsets reset) appends nothing', async () => {
    const before = (await modelEvents()).length;
    await consumer!.stop();
    await admin.resetOffsets({ groupId, topic, earliest: true });
    consumer = new PromotionDecisionsConsumer({ kafka, pool, groupId, topics: [topic], promotions: registry.promotions, retry: { maxAttempts: 2, initialDelayMs: 10, maxDelayMs: 50 }, logger });
    await consumer.start();
    await waitFor(() => seen(consumer!) >= 9, 'all 9 messages again');
    expect((await modelEvents()).length).toBe(before);
  });
});
