import { AuditRecord } from './audit-record';
import { assembleExplanation, chainKeys, ExplainRequest, parseExplainRequest, servedAt } from './explain';

/** A tiny promotion story for model `fraud`: v1 registered, promoted to champion via an approved decision, v2 later. */
let position = 0n;
function event(type: string, data: Record<string, unknown>, extra: Partial<AuditRecord> = {}): AuditRecord {
  position += 1n;
  return {
    position,
    eventId: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    stream: type.startsWith('Policy') || type.startsWith('Approval') || type.startsWith('PromotionApp') ? 'decision-d1' : 'model-fraud',
    streamVersion: Number(position),
    type,
    actor: 'user:alice',
    model: typeof data.name === 'string' ? data.name : null,
    modelVersion: typeof data.version === 'number' ? data.version : null,
    targetKind: null,
    targetName: null,
    deployment: null,
    occurredAt: 1_000 * Number(position),
    data,
    ...extra,
  };
}

const subject = { model: 'fraud', version: 1, target: { kind: 'alias', name: 'champion' }, requestId: 'r1' };
const policies = [{ policyId: 'min-acc', version: 2, hash: 'a'.repeat(64), effect: 'require-approvals', result: 'fail', message: 'needs approval' }];
const input = { model: { name: 'fraud', version: 1, tags: {} }, metrics: { accuracy: 0.91 }, requester: { id: 'user:alice', roles: ['data-scientist'] } };

function story() {
  position = 0n;
  const registered = event('ModelVersionRegistered', {
    name: 'fraud',
    version: 1,
    source: 'models:/m-1',
    runId: 'run-7',
    userId: 'user:alice',
    lineage: { experimentId: 'exp-1', datasets: [{ name: 'train', digest: 'd1g35t', source: 's3://t', context: 'training' }], codeVersion: { gitCommit: 'abc123' }, metrics: [] },
    timestamp: 1000,
  });
  const requested = event('PromotionRequested', { name: 'fraud', requestId: 'r1', version: 1, target: { kind: 'alias', alias: 'champion' }, requestedBy: 'user:alice', timestamp: 2000 });
  const evaluated = event('PolicyEvaluated', { decisionId: 'd1', subject, requester: 'user:alice', policies, input, outcome: 'needs-approval', reasons: ['needs approval'], approvalsRequired: 1, timestamp: 3000 }, { actor: 'service:registry' });
  const awaiting = event('PromotionAwaitingApproval', { name: 'fraud', requestId: 'r1', version: 1, target: { kind: 'alias', alias: 'champion' }, decisionId: 'd1', approvalsRequired: 1, reasons: [], timestamp: 3500 });
  const granted = event('ApprovalGranted', { decisionId: 'd1', approver: 'user:bob', approvals: 1, approvalsRequired: 1, comment: 'ok', timestamp: 4000 }, { actor: 'user:bob' });
  const approved = event('PromotionApproved', { decisionId: 'd1', subject, requester: 'user:alice', approvedBy: ['user:bob'], policies, timestamp: 4000 }, { actor: 'user:bob' });
  const allowed = event('PromotionAllowed', { name: 'fraud', requestId: 'r1', version: 1, target: { kind: 'alias', alias: 'champion' }, decisionId: 'd1', approvedBy: ['user:bob'], reasons: [], timestamp: 5000 });
  const assigned = event('AliasAssigned', { name: 'fraud', alias: 'champion', version: 1, requestId: 'r1', timestamp: 5000 }, { targetKind: 'alias', targetName: 'champion' });
  return { registered, requested, evaluated, awaiting, granted, approved, allowed, assigned };
}

const champion: ExplainRequest = { target: { kind: 'alias', model: 'fraud', name: 'champion' }, at: 1e9 };

describe('servedAt', () => {
  it('an alias serves the version of its last AliasAssigned', () => {
    const s = story();
    const v2 = event('AliasAssigned', { name: 'fraud', alias: 'champion', version: 2, requestId: 'r2', timestamp: 9000 });
    expect(servedAt(champion.target, [v2, s.assigned], 1e9)?.data.version).toBe(2);
  });

  it('only events up to `at` count: before the second assignment the first version served', () => {
    const s = story();
    const v2 = event('AliasAssigned', { name: 'fraud', alias: 'champion', version: 2, requestId: 'r2', timestamp: 9000 });
    expect(servedAt(champion.target, [s.assigned, v2], v2.occurredAt - 1)?.data.version).toBe(1);
  });

  it('nothing serves before the first assignment, after the alias was deleted, or after the model was deleted', () => {
    const s = story();
    expect(servedAt(champion.target, [s.assigned], s.assigned.occurredAt - 1)).toBeNull();
    const deleted = event('AliasDeleted', { name: 'fraud', alias: 'champion', version: 1, timestamp: 9000 });
    expect(servedAt(champion.target, [s.assigned, deleted], 1e9)).toBeNull();
    const other = event('AliasDeleted', { name: 'fraud', alias: 'challenger', version: 1, timestamp: 9000 });
    expect(servedAt(champion.target, [s.assigned, other], 1e9)).toBe(s.assigned);
    const gone = event('RegisteredModelDeleted', { name: 'fraud', timestamp: 9000 });
    expect(servedAt(champion.target, [s.assigned, gone], 1e9)).toBeNull();
  });

  it('a stage serves the version that entered it last and is still in it', () => {
    position = 100n;
    const stage = { kind: 'stage', model: 'fraud', name: 'Production' } as const;
    const t = (version: number, from: string, to: string) => event('StageTransitioned', { name: 'fraud', version, from, to, timestamp: 1 });
    const v1 = t(1, 'None', 'Production');
    const v2 = t(2, 'None', 'Production');
    const v2out = t(2, 'Production', 'Archived');
    expect(servedAt(stage, [v1, v2], 1e9)).toBe(v2);
    expect(servedAt(stage, [v1, v2, v2out], 1e9)).toBe(v1);
    const v1deleted = event('ModelVersionDeleted', { name: 'fraud', version: 1, timestamp: 1 });
    expect(servedAt(stage, [v1, v2, v2out, v1deleted], 1e9)).toBeNull();
  });

  it("a deployment serves the version its stream's last event names, not a governance decision about it", () => {
    position = 200n;
    const created = event('DeploymentCreated', { deployment: 'fraud-prod', model: 'fraud', version: 3 }, { stream: 'deployment-fraud-prod', deployment: 'fraud-prod', model: 'fraud', modelVersion: 3 });
    const decision = event('PolicyEvaluated', { decisionId: 'd9' }, { stream: 'decision-d9', deployment: 'fraud-prod', model: 'fraud', modelVersion: 4 });
    expect(servedAt({ kind: 'deployment', name: 'fraud-prod' }, [created, decision], 1e9)).toBe(created);
    expect(servedAt({ kind: 'deployment', name: 'other' }, [created], 1e9)).toBeNull();
  });
});

describe('assembleExplanation', () => {
  it('walks an approved alias promotion back to its request, decision, approvals and lineage', () => {
    const s = story();
    const unrelated = event('ModelVersionTagSet', { name: 'fraud', version: 1, key: 'k', value: 'v', timestamp: 1 });
    const x = assembleExplanation(champion, s.assigned, [...Object.values(s), unrelated].reverse());
    expect(x.served).toMatchObject({ model: 'fraud', version: 1, target: { kind: 'alias', name: 'champion' }, requestId: 'r1', eventType: 'AliasAssigned', position: s.assigned.position });
    expect(x.promotion).toEqual({ requestId: 'r1', requestedBy: 'user:alice', requestedAt: 2000, position: s.requested.position, target: { kind: 'alias', name: 'champion' }, registryOutcome: 'PromotionAllowed' });
    expect(x.decision).toMatchObject({ decisionId: 'd1', outcome: 'needs-approval', status: 'approved', approvers: ['user:bob'], policies, closedAt: 4000, requester: 'user:alice' });
    expect(x.decisionInput).toEqual(input);
    expect(x.approvals).toEqual([{ approver: 'user:bob', comment: 'ok', at: 4000, position: s.granted.position }]);
    expect(x.approvedAt).toBe(4000);
    expect(x.lineage).toEqual({
      source: 'models:/m-1',
      runId: 'run-7',
      experimentId: 'exp-1',
      datasets: [{ name: 'train', digest: 'd1g35t', source: 's3://t', context: 'training' }],
      codeVersion: 'abc123',
      registeredBy: 'user:alice',
      registeredAt: 1000,
      position: s.registered.position,
    });
    // Every event used, by position; the unrelated tag change is not one of them.
    expect(x.events.map((e) => e.type)).toEqual([
      'ModelVersionRegistered', 'PromotionRequested', 'PolicyEvaluated', 'PromotionAwaitingApproval', 'ApprovalGranted', 'PromotionApproved', 'PromotionAllowed', 'AliasAssigned',
    ]);
    expect(x.rollout).toEqual([]);
    expect(x.rollbacks).toEqual([]);
    expect(x.deployment).toBeUndefined();
  });

  it('a change without a promotion request explains only what served and its lineage', () => {
    const s = story();
    const manual = event('StageTransitioned', { name: 'fraud', version: 1, from: 'None', to: 'Staging', timestamp: 6000 });
    const x = assembleExplanation({ target: { kind: 'stage', model: 'fraud', name: 'Staging' }, at: 1e9 }, manual, [s.registered, s.requested]);
    expect(x.promotion).toBeUndefined();
    expect(x.decision).toBeUndefined();
    expect(x.lineage?.runId).toBe('run-7');
    expect(x.events.map((e) => e.type)).toEqual(['ModelVersionRegistered', 'StageTransitioned']);
  });

  it('a registration after the served event (a later life of the name) is not its lineage', () => {
    const s = story();
    const later = event('ModelVersionRegistered', { name: 'fraud', version: 1, source: 'models:/m-other', timestamp: 9000, lineage: { datasets: [], codeVersion: {}, metrics: [] } });
    expect(assembleExplanation(champion, s.assigned, [s.registered, later]).lineage?.source).toBe('models:/m-1');
    expect(chainKeys(s.assigned)).toEqual({ requestId: 'r1', model: 'fraud', version: 1, beforePosition: s.assigned.position });
  });
});

describe('parseExplainRequest', () => {
  it('defaults `at` to now and canonicalises the stage', () => {
    expect(parseExplainRequest({ model: 'm', stage: 'production' }, 42)).toEqual({ target: { kind: 'stage', model: 'm', name: 'Production' }, at: 42 });
    expect(parseExplainRequest({ deployment: 'd', at: 7 }, 42)).toEqual({ target: { kind: 'deployment', name: 'd' }, at: 7 });
  });

  it.each([
    [{}, /name a deployment/],
    [{ model: 'm' }, /exactly one of alias and stage/],
    [{ model: 'm', alias: 'a', stage: 'Production' }, /exactly one/],
    [{ deployment: 'd', model: 'm' }, /either a deployment/],
    [{ model: 'm', stage: 'prod' }, /stage must be one of/],
    [{ deployment: 'd', at: -1 }, /epoch milliseconds/],
  ])('%j is INVALID_ARGUMENT', (raw, message) => {
    expect(() => parseExplainRequest(raw, 42)).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) }));
  });
});
