import { InvalidArgument, PermissionDenied } from '@cairn/contracts';
import { createCelPolicyEngine, decisionStream, policyStream } from '../domain';
import { ClaimedActors } from './claimed-actors';
import { GovernanceService } from './governance-service';
import { anEvaluation, contextAt, InMemoryGovernance, roles, T0 } from './testing/fakes';

/** The core over in-memory ports and the real domain: what each use case appends and answers. */
const engine = createCelPolicyEngine();

function setup() {
  const store = new InMemoryGovernance(engine);
  let ids = 0;
  const core = new GovernanceService({
    policies: store,
    decisions: store,
    reads: store,
    catalog: store,
    actors: new ClaimedActors(),
    engine,
    newId: () => `d-${++ids}`,
  });
  return { store, core };
}

const accuracyGate = {
  policyId: 'accuracy',
  name: 'Accuracy',
  source: 'has(metrics.accuracy) && metrics.accuracy >= 0.9',
  scope: { modelPattern: '*', targets: ['*'] },
  effect: 'deny-unless' as const,
  message: 'accuracy below 0.9',
};
const ticketGate = {
  policyId: 'ticket',
  name: 'Ticket',
  source: '"change-ticket" in model.tags',
  scope: { modelPattern: '*', targets: ['Production'] },
  effect: 'require-approvals' as const,
  approvals: 1,
  message: 'no change ticket',
};

describe('given no policy', () => {
  it('when Evaluate, then allow with a generated decision id and PolicyEvaluated appended', async () => {
    const { store, core } = setup();
    expect(await core.decisions.evaluate(anEvaluation(), contextAt(T0))).toEqual({
      decisionId: 'd-1',
      outcome: 'allow',
      reasons: [],
      policies: [],
      evaluatedAt: T0,
    });
    expect(store.types(decisionStream('d-1'))).toEqual(['PolicyEvaluated']);
  });

  it('when a policy that does not compile is published, then INVALID_ARGUMENT naming line:column, nothing appended', async () => {
    const { store, core } = setup();
    const error = await core.policies.publish({ ...accuracyGate, source: 'true &&\n  metrics.accuracy >=' }, contextAt(T0)).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgument);
    expect(error.message).toMatch(/\n2:\d+: /);
    expect(store.types(policyStream('accuracy'))).toEqual([]);
  });
});

describe('given the accuracy gate', () => {
  it('when a NaN accuracy is evaluated, then deny, and the input records it as "NaN"', async () => {
    const { store, core } = setup();
    await core.policies.publish(accuracyGate, contextAt(T0));
    const request = anEvaluation();
    request.facts!.metrics = { accuracy: NaN, latency: Infinity };
    expect(await core.decisions.evaluate(request, contextAt(T0 + 1))).toMatchObject({ outcome: 'deny', reasons: ['accuracy below 0.9'] });
    const [evaluated] = store.streams.get(decisionStream('d-1'))!;
    expect((evaluated.data as { input: { metrics: unknown } }).input.metrics).toEqual({ accuracy: 'NaN', latency: 'Infinity' });
  });

  it('when it is republished with a new source, then version 2; retired, then it is no longer listed', async () => {
    const { core } = setup();
    await core.policies.publish(accuracyGate, contextAt(T0));
    expect(await core.policies.publish({ ...accuracyGate, source: 'metrics.accuracy >= 0.95' }, contextAt(T0 + 1))).toMatchObject({ version: 2 });
    expect(await core.policies.retire({ policyId: 'accuracy' }, contextAt(T0 + 2))).toMatchObject({ version: 2, retiredAt: T0 + 2 });
    expect(await core.policies.list()).toEqual([]);
    expect(await core.policies.list({ includeRetired: true })).toHaveLength(1);
  });
});

describe('given a decision awaiting one approval', () => {
  async function waiting() {
    const { store, core } = setup();
    await core.policies.publish(ticketGate, contextAt(T0));
    const request = anEvaluation();
    request.facts!.tags = {};
    const answer = await core.decisions.evaluate(request, contextAt(T0 + 1));
    return { store, core, decisionId: answer.decisionId, answer };
  }

  it('then Evaluate answered needs-approval with the approvals required', async () => {
    const { answer } = await waiting();
    expect(answer).toMatchObject({ outcome: 'needs-approval', approvalsRequired: 1, reasons: ['no change ticket'] });
  });

  it('when an approver approves, then PromotionApproved and the decision is approved', async () => {
    const { store, core, decisionId } = await waiting();
    const view = await core.decisions.approve({ decisionId, approver: { id: 'user:bob', roles: roles('approver') } }, contextAt(T0 + 2, 'user:bob'));
    expect(view).toMatchObject({ status: 'approved', approvers: ['user:bob'] });
    expect(store.types(decisionStream(decisionId))).toEqual(['PolicyEvaluated', 'ApprovalRequested', 'ApprovalGranted', 'PromotionApproved']);
  });

  it('when the requester approves, then PERMISSION_DENIED and an AccessDenied in the day\'s access stream', async () => {
    const { store, core, decisionId } = await waiting();
    const error = await core.decisions.approve({ decisionId, approver: { id: 'user:alice', roles: roles('approver') } }, contextAt(T0 + 2)).catch((e) => e);
    expect(error).toBeInstanceOf(PermissionDenied);
    expect(store.streams.get('access-2026-11-23')).toEqual([
      expect.objectContaining({ type: 'AccessDenied', data: expect.objectContaining({ principalId: 'user:alice', code: 'GOVERNANCE.SELF_APPROVAL', resource: decisionId }) }),
    ]);
  });

  it('when rejected without a reason, then INVALID_ARGUMENT and nothing appended', async () => {
    const { store, core, decisionId } = await waiting();
    await expect(core.decisions.reject({ decisionId, approver: { id: 'user:bob', roles: roles('approver') } }, contextAt(T0 + 2))).rejects.toBeInstanceOf(InvalidArgument);
    expect(store.types(decisionStream(decisionId))).toHaveLength(2);
  });
});

it('GetDecision of an unknown id is NOT_FOUND', () =>
  expect(setup().core.decisions.get('nope')).rejects.toMatchObject({ kind: 'NOT_FOUND', code: 'GOVERNANCE.DECISION_NOT_FOUND' }));
