import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { InvalidArgument, PermissionDenied } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { ClaimedActors } from '../../application/claimed-actors';
import { EvaluateRequest } from '../../application/decisions';
import { GovernanceService } from '../../application/governance-service';
import { anEvaluation, contextAt, roles, T0 } from '../../application/testing/fakes';
import { createCelPolicyEngine, decisionStream, policyStream } from '../../domain';
import { loadExamplePolicies } from '../examples/example-policies';
import { PostgresDecisionRepository } from './decision-repository';
import { PostgresGovernanceReads } from './governance-reads';
import { PostgresPolicyCatalog } from './policy-catalog';
import { PostgresPolicyRepository } from './policy-repository';
import { READ_MODEL_TABLES, rebuildReadModels } from './rebuild';

/**
 * Governance's write side on the real PostgreSQL and event store: policies published and retired, every example
 * policy evaluated on passing and failing requests, approvals completing a decision, refusals audited, and the
 * read models rebuilt from the store equal to the live ones.
 */
jest.setTimeout(120_000);

const MIGRATIONS = path.resolve(__dirname, '../../../migrations');
const engine = createCelPolicyEngine();

let db: TestDatabase;
let pool: Pool;
let store: PostgresEventStore;
let catalog: PostgresPolicyCatalog;
let governance: GovernanceService;
let clock = T0;
const ctx = (actor = 'user:admin') => contextAt((clock += 1_000), actor);

async function streamTypes(stream: string): Promise<string[]> {
  return (await store.readStream(stream)).map((event) => event.type);
}

async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await pool.query(`SELECT * FROM ${table}`);
    tables[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return tables;
}

beforeAll(async () => {
  db = await createTestDatabase('cairn_governance_repo');
  pool = createPool(db.url, 'governance-repository-test');
  await migrate(pool, 'governance', loadMigrations(MIGRATIONS));
  store = createPostgresEventStore({ pool, subscriptions: { pollIntervalMs: 100 } });
  await store.init();
  catalog = new PostgresPolicyCatalog(pool, engine);
  governance = new GovernanceService({
    policies: new PostgresPolicyRepository(pool, store, engine),
    decisions: new PostgresDecisionRepository(pool, store),
    reads: new PostgresGovernanceReads(pool),
    catalog,
    actors: new ClaimedActors(),
    engine,
    newId: randomUUID,
  });
});

afterAll(async () => {
  await store?.close();
  await pool?.end();
  await db?.drop();
});

const examples = loadExamplePolicies();
/** Each example scoped to its own model, so that one example decides each request. */
const modelOf = (policyId: string) => `ex-${policyId}`;
const evaluation = (policyId: string, change: (r: EvaluateRequest) => void = () => undefined) => {
  const request = anEvaluation();
  request.subject = { ...request.subject, model: modelOf(policyId) };
  change(request);
  return request;
};
const FRIDAY = Date.UTC(2026, 10, 27, 12);

describe('publishing policies', () => {
  it('publishes version 1, bumps the version on a change, and keeps it on an identical publish', async () => {
    const policy = { policyId: 'p-bump', name: 'bump', source: 'metrics.accuracy >= 0.5', scope: { modelPattern: 'nobody', targets: ['*'] }, effect: 'deny-unless' as const, message: 'too weak' };
    expect(await governance.policies.publish(policy, ctx())).toMatchObject({ version: 1 });
    expect(await governance.policies.publish({ ...policy, source: 'metrics.accuracy >= 0.6' }, ctx())).toMatchObject({ version: 2 });
    expect(await governance.policies.publish({ ...policy, source: 'metrics.accuracy >= 0.6' }, ctx())).toMatchObject({ version: 2 });
    expect(await streamTypes(policyStream('p-bump'))).toEqual(['PolicyVersionPublished', 'PolicyVersionPublished']);
    expect((await governance.policies.list()).find((p) => p.policyId === 'p-bump')).toMatchObject({ version: 2, source: 'metrics.accuracy >= 0.6', publishedBy: 'user:admin' });
  });

  it('refuses a policy that does not compile with INVALID_ARGUMENT naming line:column, and writes nothing', async () => {
    const broken = { policyId: 'p-broken', name: 'broken', source: '// a gate\nmetrics.accuracy >= ', scope: { modelPattern: '*', targets: ['*'] }, effect: 'deny-unless' as const, message: 'm' };
    const error = await governance.policies.publish(broken, ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgument);
    expect((error as InvalidArgument).code).toBe('GOVERNANCE.POLICY_DOES_NOT_COMPILE');
    expect((error as InvalidArgument).message).toMatch(/^policy p-broken does not compile:\n2:\d+: /);
    expect(await streamTypes(policyStream('p-broken'))).toEqual([]);
  });

  it('retires a policy: it leaves the active list and is listed as retired', async () => {
    const retired = await governance.policies.retire({ policyId: 'p-bump', reason: 'done' }, ctx());
    expect(retired.retiredAt).toBeDefined();
    expect((await governance.policies.list()).map((p) => p.policyId)).not.toContain('p-bump');
    expect((await governance.policies.list({ includeRetired: true })).find((p) => p.policyId === 'p-bump')?.retiredAt).toBe(retired.retiredAt);
  });
});

describe('evaluating the example policies', () => {
  beforeAll(async () => {
    for (const example of examples) {
      await governance.policies.publish({ ...example, scope: { ...example.scope, modelPattern: modelOf(example.policyId) } }, ctx());
    }
  });

  const failing: Record<string, (r: EvaluateRequest) => void> = {
    'minimum-accuracy': (r) => (r.facts!.metrics!.accuracy = 0.89),
    'maximum-fairness-gap': (r) => (r.facts!.metrics!['accuracy_by_group/male'] = 0.98),
    'latency-budget': (r) => (r.facts!.metrics!.latency_p95_ms = 80),
    'approvers-promote-to-production': (r) => (r.requester = { id: 'user:dave', roles: roles('ml-engineer') }),
    'training-data-digest': (r) => (r.facts!.lineage!.datasets = [{ name: 'train', digest: 'latest', source: 's3://d', context: 'training' }]),
    'no-friday-deployments': () => undefined, // failed by the time, below
    'production-change-ticket': (r) => (r.facts!.tags = {}),
  };

  it.each(examples.map((e) => e.policyId))('%s allows a passing request, naming its version and hash', async (policyId) => {
    const answer = await governance.decisions.evaluate(evaluation(policyId), ctx('service:registry'));
    expect(answer).toMatchObject({ outcome: 'allow', reasons: [] });
    const published = (await governance.policies.list()).find((p) => p.policyId === policyId)!;
    expect(answer.policies).toEqual([{ policyId, version: 1, hash: published.hash, effect: published.effect, result: 'pass' }]);
    expect(await streamTypes(decisionStream(answer.decisionId))).toEqual(['PolicyEvaluated']);
  });

  it.each(examples.map((e) => [e.policyId, e.effect, e.message] as const))('%s fails a failing request (%s)', async (policyId, effect, message) => {
    const at = policyId === 'no-friday-deployments' ? contextAt(FRIDAY, 'service:registry') : ctx('service:registry');
    const answer = await governance.decisions.evaluate(evaluation(policyId, failing[policyId]), at);
    if (effect === 'deny-unless') {
      expect(answer).toMatchObject({ outcome: 'deny', reasons: [message] });
      expect(answer.approvalsRequired).toBeUndefined();
    } else {
      expect(answer).toMatchObject({ outcome: 'needs-approval', reasons: [message], approvalsRequired: 2 });
    }
    const [evaluated] = await store.readStream(decisionStream(answer.decisionId));
    expect(evaluated).toMatchObject({ type: 'PolicyEvaluated', actor: 'service:registry', occurredAt: new Date(at.now).toISOString() });
    expect((evaluated.data as { input: { now: string } }).input.now).toBe(new Date(at.now).toISOString());
  });

  it('compiles each published version once, whatever the number of evaluations', () => expect(catalog.size).toBe(examples.length));

  it('answers a retried Evaluate (same id, same request) from the recorded decision, appending nothing', async () => {
    const request = { ...evaluation('minimum-accuracy'), decisionId: 'retry-1' };
    const first = await governance.decisions.evaluate(request, ctx());
    expect(await governance.decisions.evaluate(request, ctx())).toEqual(first);
    expect(await streamTypes(decisionStream('retry-1'))).toEqual(['PolicyEvaluated']);
  });

  it('sees every publish and retire at the next decision (the catalog re-reads only when the live set changed)', async () => {
    const request = () => ({ ...anEvaluation(), subject: { ...anEvaluation().subject, model: 'ex-cache' } });
    const policy = (source: string) => ({ policyId: 'p-cache', name: 'cache', source, scope: { modelPattern: 'ex-cache', targets: ['*'] }, effect: 'deny-unless' as const, message: 'cache' });
    expect((await governance.decisions.evaluate(request(), ctx())).policies).toEqual([]);
    await governance.policies.publish(policy('metrics.accuracy >= 0.99'), ctx());
    const first = await governance.decisions.evaluate(request(), ctx());
    expect(first).toMatchObject({ outcome: 'deny', policies: [{ policyId: 'p-cache', version: 1, result: 'fail' }] });
    // Published by "another process": a second repository on the same database, nothing shared in memory.
    await new PostgresPolicyRepository(pool, store, engine).execute(
      { type: 'PublishPolicyVersion', data: policy('metrics.accuracy >= 0.5') },
      ctx(),
    );
    expect(await governance.decisions.evaluate(request(), ctx())).toMatchObject({ outcome: 'allow', policies: [{ policyId: 'p-cache', version: 2, result: 'pass' }] });
    await governance.policies.retire({ policyId: 'p-cache', reason: 'done' }, ctx());
    expect((await governance.decisions.evaluate(request(), ctx())).policies).toEqual([]);
  });

  it('denies when a policy cannot be evaluated (a metric that was never logged)', async () => {
    await governance.policies.publish({ policyId: 'needs-f1', name: 'F1', source: 'metrics.f1 >= 0.5', scope: { modelPattern: 'f1-model', targets: ['*'] }, effect: 'require-approvals', approvals: 1, message: 'f1 too low' }, ctx());
    const answer = await governance.decisions.evaluate(evaluation('x', (r) => (r.subject.model = 'f1-model')), ctx());
    expect(answer.outcome).toBe('deny');
    expect(answer.reasons[0]).toMatch(/^F1 \(policy needs-f1 v1\) could not be evaluated: /);
    expect(answer.policies[0]).toMatchObject({ policyId: 'needs-f1', result: 'error' });
  });
});

describe('approvals', () => {
  const needingTwo = () => ({ ...evaluation('production-change-ticket', (r) => (r.facts!.tags = {})), decisionId: randomUUID() });
  const bob = { id: 'user:bob', roles: roles('approver') };
  const carol = { id: 'user:carol', roles: [{ role: 'approver' as const, scope: 'ex-*' }] };

  it('completes after the required distinct approvers: ApprovalGranted ×2 then PromotionApproved', async () => {
    const { decisionId } = await governance.decisions.evaluate(needingTwo(), ctx());
    const once = await governance.decisions.approve({ decisionId, approver: bob, comment: 'ok' }, ctx('user:bob'));
    expect(once).toMatchObject({ status: 'awaiting-approval', approvers: ['user:bob'], approvalsRequired: 2 });
    expect(await governance.decisions.approve({ decisionId, approver: bob }, ctx('user:bob'))).toMatchObject({ approvers: ['user:bob'] });
    const done = await governance.decisions.approve({ decisionId, approver: carol }, ctx('user:carol'));
    expect(done).toMatchObject({ status: 'approved', approvers: ['user:bob', 'user:carol'], outcome: 'needs-approval' });
    expect(await streamTypes(decisionStream(decisionId))).toEqual(['PolicyEvaluated', 'ApprovalRequested', 'ApprovalGranted', 'ApprovalGranted', 'PromotionApproved']);
    const { rows } = await pool.query('SELECT type, model, model_version, target_name FROM governance.audit WHERE stream = $1 ORDER BY position', [decisionStream(decisionId)]);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.model === 'ex-production-change-ticket' && r.model_version === 3 && r.target_name === 'Production')).toBe(true);
  });

  it('refuses self-approval and a non-approver with PERMISSION_DENIED, each audited as AccessDenied', async () => {
    const { decisionId } = await governance.decisions.evaluate(needingTwo(), ctx());
    const self = await governance.decisions.approve({ decisionId, approver: { id: 'user:alice', roles: roles('approver') } }, ctx('user:alice')).catch((e: unknown) => e);
    expect(self).toBeInstanceOf(PermissionDenied);
    expect((self as PermissionDenied).code).toBe('GOVERNANCE.SELF_APPROVAL');
    const stranger = await governance.decisions.approve({ decisionId, approver: { id: 'user:dave', roles: roles('ml-engineer') } }, ctx('user:dave')).catch((e: unknown) => e);
    expect((stranger as PermissionDenied).code).toBe('GOVERNANCE.NOT_AN_APPROVER');
    expect(await streamTypes(decisionStream(decisionId))).toEqual(['PolicyEvaluated', 'ApprovalRequested']);
    const { rows } = await pool.query(`SELECT data FROM governance.audit WHERE type = 'AccessDenied' AND data->>'resource' = $1`, [decisionId]);
    expect(rows.map((r) => r.data.code).sort()).toEqual(['GOVERNANCE.NOT_AN_APPROVER', 'GOVERNANCE.SELF_APPROVAL']);
  });

  it('rejects with a reason: PromotionRejected, and a later approval is a FAILED_PRECONDITION', async () => {
    const { decisionId } = await governance.decisions.evaluate(needingTwo(), ctx());
    expect(await governance.decisions.reject({ decisionId, approver: bob, comment: 'no ticket' }, ctx('user:bob'))).toMatchObject({ status: 'rejected', rejectedBy: 'user:bob', rejection: 'no ticket' });
    await expect(governance.decisions.approve({ decisionId, approver: carol }, ctx('user:carol'))).rejects.toMatchObject({ kind: 'FAILED_PRECONDITION' });
    expect(await streamTypes(decisionStream(decisionId))).toEqual(['PolicyEvaluated', 'ApprovalRequested', 'ApprovalRejected', 'PromotionRejected']);
  });

  it('two approvers at once both count (the loser re-reads and re-decides)', async () => {
    const { decisionId } = await governance.decisions.evaluate(needingTwo(), ctx());
    await Promise.all([
      governance.decisions.approve({ decisionId, approver: bob }, ctx('user:bob')),
      governance.decisions.approve({ decisionId, approver: carol }, ctx('user:carol')),
    ]);
    expect((await governance.decisions.get(decisionId)).status).toBe('approved');
  });

  it('GetDecision of an unknown id is NOT_FOUND', () =>
    expect(governance.decisions.get('nope')).rejects.toMatchObject({ kind: 'NOT_FOUND', code: 'GOVERNANCE.DECISION_NOT_FOUND' }));
});

describe('rebuilding the read models', () => {
  it('replays every governance stream into tables equal to the live ones', async () => {
    const live = await snapshot();
    expect(live['governance.audit'].length).toBeGreaterThan(30);
    const { events } = await rebuildReadModels(pool, store);
    expect(events).toBe(live['governance.audit'].length);
    expect(await snapshot()).toEqual(live);
  }, 120_000);
});
