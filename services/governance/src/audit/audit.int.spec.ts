import { generateKeyPairSync, randomUUID, verify as verifySignature } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { deadLetterTopic, loadProto, NewEvent } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore, RecordedEvent } from '@cairn/event-store';
import { createKafka, ensureTopics, eventHeaders, toEnvelope } from '@cairn/messaging';
import { credentials, Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { readTopic, uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { ServiceOnTestDatabase, startServiceOnTestDatabase } from '../../../testing/service-on-test-database';
import { main as verifyAuditCli } from '../cli/verify-audit';
import { rebuildReadModels } from '../infrastructure/postgres/rebuild';
import { createPool } from '@cairn/postgres';
import type { ProtoGrpcType } from '../grpc/generated/governance';
import type { GovernanceServiceClient } from '../grpc/generated/cairn/governance/v1/GovernanceService';
import { GOVERNANCE_PROTO } from '../grpc/names';

/**
 * The audit trail end to end against the real governance process (throwaway database owned by the app role, its
 * own audit group and topic on the shared broker): registry events appended to the same event store and published
 * as the registry's relay would are projected by the consumer (duplicates once, a bad message dead-lettered);
 * QueryAudit, ExplainDeployment and VerifyAudit over gRPC and REST; the export checked by the CLI, before and after
 * a row is edited as superuser.
 */
jest.setTimeout(180_000);

const suffix = uniqueSuffix();
const topic = `cairn.registry.events.test-${suffix}`;
const token = () => process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN ?? '';

let governance: ServiceOnTestDatabase;
let appUrl: URL;
let store: PostgresEventStore;
let client: GovernanceServiceClient;
let kafka: Kafka;
let httpPort: number;
let dir: string;
const keys = generateKeyPairSync('ed25519');

/** A unary call with the bootstrap admin's token naming `actor` (auth, when it lands, lets an admin name anyone). */
function call<R>(method: keyof GovernanceServiceClient, request: unknown, actor = 'user:admin'): Promise<R> {
  const metadata = new Metadata();
  metadata.set('x-cairn-actor', actor);
  metadata.set('authorization', `Bearer ${token()}`);
  const fn = client[method] as unknown as (req: unknown, md: Metadata, cb: (e: ServiceError | null, r: R) => void) => void;
  return new Promise((resolve, reject) => fn.call(client, request, metadata, (e, r) => (e ? reject(e) : resolve(r))));
}
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected the call to fail'); }, (e: ServiceError) => e);

async function rest(route: string) {
  const response = await fetch(`http://127.0.0.1:${httpPort}/api/2.0/cairn/governance/audit${route}`, {
    headers: { authorization: `Bearer ${token()}` },
  });
  return { status: response.status, text: await response.text() };
}
const restJson = async (route: string) => {
  const r = await rest(route);
  return { status: r.status, body: JSON.parse(r.text) as Record<string, any> };
};

const meta = (actor: string) => ({ actor, correlationId: `corr-${suffix}` });
const ev = (type: string, data: Record<string, unknown>, actor = 'service:registry'): NewEvent => ({ type, data, metadata: meta(actor) });
const champion = { kind: 'alias', alias: 'champion' };
const registryStream = 'model-fraud';
const registryEvents: RecordedEvent[] = [];

async function appendRegistry(events: NewEvent[]) {
  const stored = await store.readStream(registryStream);
  const result = await store.append(registryStream, events, stored.length === 0 ? 'no_stream' : stored.length);
  registryEvents.push(...result.events);
}

/** What the registry's relay sends: the envelope as JSON, keyed by the model name, with the event headers. */
async function publish(events: RecordedEvent[], extra: { value: string }[] = []) {
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic,
    messages: [
      ...events.map((e) => ({ key: 'fraud', value: JSON.stringify(toEnvelope(e)), headers: eventHeaders(e) })),
      ...extra.map((m) => ({ key: 'fraud', value: m.value })),
    ],
  });
  await producer.disconnect();
}

async function auditCount(where = 'TRUE'): Promise<number> {
  const c = new Client({ connectionString: appUrl.toString() });
  await c.connect();
  try {
    return Number((await c.query(`SELECT count(*) AS n FROM governance.audit WHERE ${where}`)).rows[0].n);
  } finally {
    await c.end();
  }
}

async function asSuperuser(sql: string) {
  const c = new Client({ connectionString: governance.db.url });
  await c.connect();
  try {
    await c.query(`SET session_replication_role = replica; ${sql}; SET session_replication_role = origin`);
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cairn-audit-'));
  writeFileSync(path.join(dir, 'key.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(path.join(dir, 'pub.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));

  kafka = createKafka({ clientId: `cairn-audit-test-${suffix}` });
  const kafkaAdmin = kafka.admin();
  await kafkaAdmin.connect();
  await ensureTopics(kafkaAdmin, [topic]);
  await kafkaAdmin.disconnect();

  governance = await startServiceOnTestDatabase('governance', 'cairn_governance_audit', {
    CAIRN_AUDIT_SIGNING_KEY_FILE: path.join(dir, 'key.pem'),
    // Never the real governance.audit group: this process's database is a throwaway.
    CAIRN_GOVERNANCE_AUDIT_GROUP: `governance.audit.test-${suffix}`,
    CAIRN_GOVERNANCE_AUDIT_TOPICS: topic,
  });
  appUrl = new URL(governance.databaseUrl);
  httpPort = governance.httpPort;
  const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
  client = new pkg.cairn.governance.v1.GovernanceService(governance.grpcAddress, credentials.createInsecure());
  store = createPostgresEventStore({ connectionString: appUrl.toString(), applicationName: 'audit-test-registry' });
  await store.init();

  // The promotion story: the registry registers v1 and asks for champion; governance needs one approval; bob
  // approves; the registry completes the promotion.
  await appendRegistry([
    ev('RegisteredModelCreated', { name: 'fraud', tags: [], timestamp: 1 }, 'user:alice'),
    ev('ModelVersionRegistered', {
      name: 'fraud',
      version: 1,
      source: 'models:/m-1',
      runId: 'run-7',
      userId: 'user:alice',
      lineage: { experimentId: 'exp-1', runId: 'run-7', datasets: [{ name: 'train', digest: 'd1g35t', source: 's3://train', context: 'training' }], codeVersion: { gitCommit: 'abc123' }, metrics: [] },
      timestamp: 2,
    }, 'user:alice'),
    ev('PromotionRequested', { name: 'fraud', requestId: 'r1', version: 1, target: champion, requestedBy: 'user:alice', timestamp: 3 }, 'user:alice'),
  ]);
  await call('PublishPolicy', {
    policy_id: 'accuracy-gate',
    name: 'accuracy gate',
    source: 'metrics.accuracy >= 0.99',
    scope: { model_pattern: 'fraud*', targets: ['champion'] },
    effect: 'require-approvals',
    approvals: 1,
    message: 'accuracy below 0.99 needs an approver',
  });
  const evaluated = await call<{ outcome: string }>('Evaluate', {
    decision_id: 'd-1',
    subject: { model: 'fraud', version: 1, target: { kind: 'alias', name: 'champion' }, request_id: 'r1' },
    requester: { id: 'user:alice', roles: [{ role: 'data-scientist' }] },
    facts: { tags: {}, metrics: { accuracy: 0.95 }, lineage: { run: 'run-7', datasets: [{ name: 'train', digest: 'd1g35t', source: 's3://train' }] }, data_quality: {} },
  }, 'service:registry');
  expect(evaluated.outcome).toBe('needs-approval');
  await appendRegistry([ev('PromotionAwaitingApproval', { name: 'fraud', requestId: 'r1', version: 1, target: champion, decisionId: 'd-1', approvalsRequired: 1, reasons: [], timestamp: 4 })]);
  await call('Approve', { decision_id: 'd-1', approver: { id: 'user:bob', roles: [{ role: 'approver' }] }, comment: 'looked at the eval' }, 'user:bob');
  await appendRegistry([
    ev('PromotionAllowed', { name: 'fraud', requestId: 'r1', version: 1, target: champion, decisionId: 'd-1', approvedBy: ['user:bob'], reasons: [], timestamp: 5 }),
    ev('AliasAssigned', { name: 'fraud', alias: 'champion', version: 1, requestId: 'r1', timestamp: 5 }),
  ]);
  // Everything once, one event twice (a relay re-publishing after a crash), and a message that is not JSON.
  // Plus two events of another installation's store on the same topic: one at a position of ours, one past our head.
  const foreign = (position: bigint): RecordedEvent => ({
    ...registryEvents[0],
    id: randomUUID(),
    stream: 'model-elsewhere',
    globalPosition: position,
    position: position.toString(),
  });
  await publish(
    [foreign(registryEvents[0].globalPosition), ...registryEvents, registryEvents[1], foreign(10_000_000n)],
    [{ value: 'not json' }],
  );
  await waitFor(async () => (await auditCount("type = 'AliasAssigned'")) === 1, 'the audit consumer to project AliasAssigned');
}, 170_000);

afterAll(async () => {
  client?.close();
  await store?.close();
  const admin = kafka?.admin();
  if (admin) {
    await admin.connect();
    await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
    await admin.disconnect();
  }
  await governance?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type AuditEventOut = { position: string; type: string; actor: string; model?: string; data_json: string };

describe('the audit consumer', () => {
  it('projects every registry event once, keyed by its global position; the duplicate is a no-op', async () => {
    expect(await auditCount("stream = 'model-fraud'")).toBe(registryEvents.length);
    expect(await auditCount("stream = 'model-elsewhere'")).toBe(0); // not in the store this governance verifies
    const positions = registryEvents.map((e) => e.position);
    const { events } = await call<{ events: AuditEventOut[] }>('QueryAudit', { model: 'fraud', max_results: 1000 });
    expect(events.filter((e) => positions.includes(e.position))).toHaveLength(registryEvents.length);
  });

  it('dead-letters a message that is not an event, with the reason in its headers', async () => {
    const [letter] = await readTopic(kafka, deadLetterTopic(topic), 1);
    expect(letter.message.value?.toString()).toBe('not json');
    expect(letter.message.headers?.['cairn-dlq-source-topic']?.toString()).toBe(topic);
    expect(letter.message.headers?.['cairn-dlq-error-code']?.toString()).toBeTruthy();
  });
});

describe('a rebuild of the read models', () => {
  it("replays governance's own audit rows and keeps the consumer's", async () => {
    const before = [await auditCount("stream = 'model-fraud'"), await auditCount("stream LIKE 'decision-%'")];
    const pool = createPool(appUrl.toString(), 'audit-test-rebuild');
    try {
      await rebuildReadModels(pool, store);
    } finally {
      await pool.end();
    }
    expect([await auditCount("stream = 'model-fraud'"), await auditCount("stream LIKE 'decision-%'")]).toEqual(before);
    expect(before[1]).toBeGreaterThan(0);
  });
});

describe('QueryAudit', () => {
  it('answers registry and governance events of a model together, newest first', async () => {
    const { events, next_page_token } = await call<{ events: AuditEventOut[]; next_page_token: string }>('QueryAudit', { model: 'fraud' });
    const types = events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['ModelVersionRegistered', 'PromotionRequested', 'PolicyEvaluated', 'ApprovalGranted', 'PromotionApproved', 'AliasAssigned']));
    const positions = events.map((e) => BigInt(e.position));
    expect([...positions].sort((a, b) => (a > b ? -1 : 1))).toEqual(positions);
    expect(next_page_token).toBe('');
  });

  it('pages with the opaque token: every event exactly once, in order', async () => {
    const all = (await call<{ events: AuditEventOut[] }>('QueryAudit', { max_results: 1000 })).events.map((e) => e.position);
    const seen: string[] = [];
    let page_token = '';
    do {
      const page = await call<{ events: AuditEventOut[]; next_page_token: string }>('QueryAudit', { max_results: 3, page_token });
      expect(page.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.events.map((e) => e.position));
      page_token = page.next_page_token;
    } while (page_token);
    expect(seen).toEqual(all);
  });

  it('combines filters with AND: actor and type, time, version', async () => {
    const bob = await call<{ events: AuditEventOut[] }>('QueryAudit', { actor: 'user:bob', types: ['ApprovalGranted', 'PromotionApproved'] });
    expect(bob.events.map((e) => e.type).sort()).toEqual(['ApprovalGranted', 'PromotionApproved']);
    const future = await call<{ events: AuditEventOut[] }>('QueryAudit', { from: Date.now() + 60_000 });
    expect(future.events).toEqual([]);
    const v1 = await restJson('?model=fraud&version=1&type=AliasAssigned');
    expect(v1.status).toBe(200);
    expect(v1.body.events).toHaveLength(1);
    expect(v1.body.events[0]).toMatchObject({ type: 'AliasAssigned', model: 'fraud', model_version: 1, target_kind: 'alias', target_name: 'champion' });
  });

  it('bad input is INVALID_ARGUMENT over gRPC and 400 over REST, and the next good request still succeeds', async () => {
    const error = await failure(call('QueryAudit', { max_results: 1001 }));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.metadata.get('cairn-error-code')[0]).toBe('GOVERNANCE.INVALID_ARGUMENT');
    const bad = await restJson('?version=2');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringMatching(/version needs model/) });
    expect((await restJson('?page_token=nope')).status).toBe(400);
    expect((await restJson('?max_results=1')).status).toBe(200);
  });
});

describe('ExplainDeployment', () => {
  it('walks champion of fraud back to the request, the decision with its input, the approval and the lineage', async () => {
    const x = await call<Record<string, any>>('ExplainDeployment', { model: 'fraud', alias: 'champion' });
    expect(x.subject).toMatchObject({ model: 'fraud', version: 1, target: { kind: 'alias', name: 'champion' }, request_id: 'r1' });
    expect(x.served).toMatchObject({ event_type: 'AliasAssigned', version: 1 });
    expect(x.promotion).toMatchObject({ request_id: 'r1', requested_by: 'user:alice', registry_outcome: 'PromotionAllowed' });
    expect(x.decision).toMatchObject({ decision_id: 'd-1', outcome: 'needs-approval', status: 'approved', requester: 'user:alice', approvers: ['user:bob'] });
    expect(x.decision.policies).toEqual([expect.objectContaining({ policy_id: 'accuracy-gate', version: 1, result: 'fail', hash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(JSON.parse(x.decision_input_json)).toMatchObject({ metrics: { accuracy: 0.95 }, requester: { id: 'user:alice' } });
    expect(x.approvals).toEqual([expect.objectContaining({ approver: 'user:bob', comment: 'looked at the eval' })]);
    expect(x.lineage).toMatchObject({ run_id: 'run-7', experiment_id: 'exp-1', code_version: 'abc123', datasets: [expect.objectContaining({ name: 'train', digest: 'd1g35t' })] });
    expect(x.rollout).toEqual([]);
    expect(x.rollbacks).toEqual([]);
    const positions = (x.events as AuditEventOut[]).map((e) => BigInt(e.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect((x.events as AuditEventOut[]).map((e) => e.type)).toEqual(expect.arrayContaining(['ModelVersionRegistered', 'PromotionRequested', 'PolicyEvaluated', 'ApprovalGranted', 'PromotionApproved', 'AliasAssigned']));

    const viaRest = await restJson('/explain?model=fraud&alias=champion');
    expect(viaRest.status).toBe(200);
    expect(viaRest.body.decision.decision_id).toBe('d-1');
  });

  it('NOT_FOUND when nothing served then; INVALID_ARGUMENT without a target', async () => {
    const before = await failure(call('ExplainDeployment', { model: 'fraud', alias: 'champion', at: 1000 }));
    expect(before.code).toBe(status.NOT_FOUND);
    expect(before.metadata.get('cairn-error-code')[0]).toBe('GOVERNANCE.NOTHING_SERVED');
    expect((await restJson('/explain?deployment=nowhere')).status).toBe(404);
    expect((await failure(call('ExplainDeployment', { model: 'fraud' }))).code).toBe(status.INVALID_ARGUMENT);
  });
});

describe('VerifyAudit and the export', () => {
  const exportFile = () => path.join(dir, `export-${Date.now()}.jsonl`);
  async function cli(file: string) {
    const out: string[] = [];
    const code = await verifyAuditCli(['--public-key', path.join(dir, 'pub.pem'), file], (l) => out.push(l), (l) => out.push(l));
    return { code, out: out.join('\n') };
  }

  it('an untouched store verifies, with the head signed by the configured key; the CLI accepts its export', async () => {
    const v = await call<Record<string, any>>('VerifyAudit', {});
    expect(v).toMatchObject({ ok: true, signed: true, reason: '' });
    expect(Number(v.checked)).toBeGreaterThanOrEqual(registryEvents.length);
    expect(verifySignature(null, Buffer.from(v.signed_payload), keys.publicKey, Buffer.from(v.signature, 'base64'))).toBe(true);
    expect(JSON.parse(v.signed_payload)).toEqual({ format: 'cairn.audit.head.v1', hash: v.head_hash, position: v.head_position });

    const exported = await rest('/export');
    expect(exported.status).toBe(200);
    const lines = exported.text.trimEnd().split('\n');
    expect(JSON.parse(lines[lines.length - 1]).head).toMatchObject({ position: v.head_position, hash: v.head_hash });
    const file = exportFile();
    writeFileSync(file, exported.text);
    expect(await cli(file)).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: /) });
    expect((await restJson('/verify')).body).toMatchObject({ ok: true, signed: true });
  });

  it('a row edited as superuser is found by VerifyAudit and by the CLI on a new export, at its position', async () => {
    const victim = registryEvents[2].position; // PromotionRequested
    await asSuperuser(`UPDATE eventstore.events SET data = jsonb_set(data, '{requestedBy}', '"user:mallory"') WHERE global_position = ${victim}`);
    const v = await call<Record<string, any>>('VerifyAudit', {});
    expect(v).toMatchObject({ ok: false, first_broken_position: victim, reason: expect.stringMatching(/edited/) });
    const file = exportFile();
    writeFileSync(file, (await rest('/export')).text);
    const result = await cli(file);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`BROKEN at position ${victim}: content does not match its hash`));
  });

  it('the CLI: usage is exit 2', async () => {
    expect((await verifyAuditCli([], () => undefined, () => undefined))).toBe(2);
  });
});
