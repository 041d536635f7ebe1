import { AlreadyExists, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied } from '@cairn/contracts';
import { createCelPolicyEngine } from './cel-engine';
import { aPolicy, at, metadataAt, spec, T0 } from './decider-specification';
import { Actor, buildPolicyInput, decisionDecider, DecisionCommand, Evaluate } from './decision';
import { compilePolicy } from './evaluation';
import { factsFromRegistry } from './facts';
import { DecisionEvent, DecisionSubject, PolicyInput } from './model';

const engine = createCelPolicyEngine();
const accuracy = aPolicy('min-accuracy', 'has(metrics.accuracy) && metrics.accuracy >= 0.9', {
  message: 'accuracy must be at least 0.90',
  scope: { modelPattern: 'fraud-*', targets: ['Production', 'alias:champion'] },
});
const twoApprovers = aPolicy('change-ticket', '"change-ticket" in model.tags', {
  effect: 'require-approvals',
  approvals: 2,
  message: 'no change ticket: two approvers must approve',
  scope: { modelPattern: '*', targets: ['Production'] },
});
const decisions = spec(decisionDecider, {
  engine,
  policies: [accuracy, twoApprovers].map((p) => compilePolicy(engine, p)),
});

const now = at(100);
const alice: Actor = {
  principalId: 'user:alice',
  roles: [{ role: 'ml-engineer' }, { role: 'approver', scope: 'fraud-*' }],
};
const bob: Actor = { principalId: 'user:bob', roles: [{ role: 'approver' }] };
const carol: Actor = { principalId: 'user:carol', roles: [{ role: 'approver', scope: 'fraud-*' }] };
const dave: Actor = { principalId: 'user:dave', roles: [{ role: 'ml-engineer' }] };
const erin: Actor = { principalId: 'user:erin', roles: [{ role: 'approver', scope: 'churn-*' }] };
const root: Actor = { principalId: 'admin', roles: [{ role: 'admin' }] };

const subject: DecisionSubject = {
  model: 'fraud-detector',
  version: 3,
  target: { kind: 'stage', name: 'Production' },
  requestId: 'q-1',
};
const evaluate = (overrides: Partial<Evaluate['data']> = {}): DecisionCommand => ({
  type: 'Evaluate',
  data: {
    decisionId: 'd-1',
    subject,
    requester: alice,
    model: { tags: {} },
    metrics: { accuracy: 0.93 },
    lineage: {
      run: 'run-7',
      datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://d' }],
      codeVersion: 'deadbeef',
    },
    ...overrides,
  },
});
const approve = (approver: Actor, comment?: string): DecisionCommand => ({
  type: 'Approve',
  data: { decisionId: 'd-1', approver, ...(comment ? { comment } : {}) },
});
const reject = (approver: Actor, reason = 'the eval set is stale'): DecisionCommand => ({
  type: 'Reject',
  data: { decisionId: 'd-1', approver, reason },
});
const meta = metadataAt(now, 'service:registry');
const refs = [accuracy, twoApprovers].map(({ policyId, version, hash }) => ({ policyId, version, hash }));

const expectedInput: PolicyInput = {
  model: { name: 'fraud-detector', version: 3, tags: {} },
  metrics: { accuracy: 0.93 },
  lineage: {
    run: 'run-7',
    datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://d' }],
    codeVersion: 'deadbeef',
  },
  dataQuality: {},
  requester: { id: 'user:alice', roles: ['approver', 'ml-engineer'] },
  target: { kind: 'stage', name: 'Production' },
  now: new Date(now).toISOString(),
};

/** The events of an evaluation that needs two approvals, as the decider appends them. */
const awaitingTwo = (): DecisionEvent[] => decisions.given([]).when(evaluate(), meta).events();

describe('given no decision yet', () => {
  it('when Evaluate and every policy passes, then PolicyEvaluated allow with the policies, the full input and no approval', () =>
    decisions
      .given([])
      .when(evaluate({ model: { tags: { 'change-ticket': 'CHG-1' } } }), meta)
      .then([
        {
          type: 'PolicyEvaluated',
          data: {
            decisionId: 'd-1',
            subject,
            requester: 'user:alice',
            policies: [
              { ...refs[1], effect: 'require-approvals', result: 'pass' },
              { ...refs[0], effect: 'deny-unless', result: 'pass' },
            ],
            input: { ...expectedInput, model: { ...expectedInput.model, tags: { 'change-ticket': 'CHG-1' } } },
            outcome: 'allow',
            reasons: [],
            timestamp: now,
          },
        },
      ]));

  it('when Evaluate and a deny-unless policy fails, then PolicyEvaluated deny with its message and nothing else', () => {
    const events = decisions
      .given([])
      .when(evaluate({ metrics: { accuracy: 0.5 } }), meta)
      .events();
    expect(events.map((e) => e.type)).toEqual(['PolicyEvaluated']);
    expect(events[0].data).toMatchObject({ outcome: 'deny', reasons: ['accuracy must be at least 0.90'] });
  });

  it('when Evaluate and a policy errors, then deny (never allow)', () => {
    const events = decisions
      .given([])
      .when(evaluate({ metrics: {}, model: { tags: { 'change-ticket': 'x' } } }), meta)
      .events();
    expect(events[0].data).toMatchObject({ outcome: 'deny' });
    const broken = spec(decisionDecider, {
      engine,
      policies: [compilePolicy(engine, aPolicy('e', 'metrics.f1 > 0.5'))],
    });
    expect(broken.given([]).when(evaluate(), meta).events()[0].data).toMatchObject({
      outcome: 'deny',
      policies: [{ policyId: 'e', result: 'error' }],
    });
  });

  it('when Evaluate and a require-approvals policy fails, then PolicyEvaluated needs-approval + ApprovalRequested', () =>
    expect(decisions.given([]).when(evaluate(), meta).events()).toEqual([
      {
        type: 'PolicyEvaluated',
        data: expect.objectContaining({
          outcome: 'needs-approval',
          approvalsRequired: 2,
          reasons: ['no change ticket: two approvers must approve'],
        }),
      },
      {
        type: 'ApprovalRequested',
        data: {
          decisionId: 'd-1',
          subject,
          requester: 'user:alice',
          approvalsRequired: 2,
          reasons: ['no change ticket: two approvers must approve'],
          timestamp: now,
        },
      },
    ]));

  it('when Evaluate for a model no policy covers, then allow with no policies', () =>
    expect(
      decisions
        .given([])
        .when(
          evaluate({ subject: { ...subject, model: 'churn', target: { kind: 'alias', name: 'challenger' } } }),
          meta,
        )
        .events()[0].data,
    ).toMatchObject({ outcome: 'allow', policies: [] }));

  it('when Evaluate with a stage in another case, then the subject carries the canonical stage', () =>
    expect(
      decisions
        .given([])
        .when(evaluate({ subject: { ...subject, target: { kind: 'stage', name: 'production' } } }), meta)
        .events()[0].data,
    ).toMatchObject({
      subject: { target: { kind: 'stage', name: 'Production' } },
      input: { target: { name: 'Production' } },
    }));

  it.each([
    [
      'an unknown stage',
      { subject: { ...subject, target: { kind: 'stage' as const, name: 'Prod' } } },
      /unknown stage/,
    ],
    ['version 0', { subject: { ...subject, version: 0 } }, /version/],
    ['no decision id', { decisionId: '' }, /decisionId/],
    ['an unknown target kind', { subject: { ...subject, target: { kind: 'cluster' as never, name: 'x' } } }, /target/],
  ])('when Evaluate with %s, then INVALID_ARGUMENT', (_label, overrides, message) =>
    decisions
      .given([])
      .when(evaluate(overrides), meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.INVALID_ARGUMENT', message),
  );

  it('when Approve, then NOT_FOUND', () =>
    decisions.given([]).when(approve(bob), meta).thenThrows(NotFound, 'GOVERNANCE.DECISION_NOT_FOUND'));

  it('when Reject, then NOT_FOUND', () =>
    decisions.given([]).when(reject(bob), meta).thenThrows(NotFound, 'GOVERNANCE.DECISION_NOT_FOUND'));

  it('when Evaluate without the policies, then the caller is told (a programming error, not a decision)', () =>
    expect(() => decisionDecider.decide(evaluate(), { kind: 'empty' }, meta)).toThrow(/needs the active policies/));
});

describe('given a decision that needs two approvals (requested by alice)', () => {
  const history = awaitingTwo;

  it('when Evaluate again with the same request, then no events (a retry)', () =>
    decisions.given(history()).when(evaluate(), meta).then([]));

  it('when Evaluate with the same decision id for another subject, then ALREADY_EXISTS', () =>
    decisions
      .given(history())
      .when(evaluate({ subject: { ...subject, version: 4 } }), meta)
      .thenThrows(AlreadyExists, 'GOVERNANCE.DECISION_EXISTS'));

  it('when bob approves, then ApprovalGranted 1 of 2 and no PromotionApproved yet', () =>
    decisions
      .given(history())
      .when(approve(bob, 'looks fine'), metadataAt(at(200), 'user:bob'))
      .then([
        {
          type: 'ApprovalGranted',
          data: {
            decisionId: 'd-1',
            approver: 'user:bob',
            approvals: 1,
            approvalsRequired: 2,
            comment: 'looks fine',
            timestamp: at(200),
          },
        },
      ]));

  it('when alice (the requester) approves, then PERMISSION_DENIED although she holds approver', () =>
    decisions
      .given(history())
      .when(approve(alice), meta)
      .thenThrows(PermissionDenied, 'GOVERNANCE.SELF_APPROVAL', /requested this promotion/));

  it('when dave (no approver role) approves, then PERMISSION_DENIED', () =>
    decisions.given(history()).when(approve(dave), meta).thenThrows(PermissionDenied, 'GOVERNANCE.NOT_AN_APPROVER'));

  it('when erin (approver for churn-* only) approves, then PERMISSION_DENIED', () =>
    decisions
      .given(history())
      .when(approve(erin), meta)
      .thenThrows(PermissionDenied, 'GOVERNANCE.NOT_AN_APPROVER', /fraud-detector/));

  it('when carol (approver scoped to fraud-*) approves, then ApprovalGranted', () =>
    expect(
      decisions
        .given(history())
        .when(approve(carol), meta)
        .events()
        .map((e) => e.type),
    ).toEqual(['ApprovalGranted']));

  it('when an admin approves, then ApprovalGranted (admin holds every permission)', () =>
    expect(
      decisions
        .given(history())
        .when(approve(root), meta)
        .events()
        .map((e) => e.type),
    ).toEqual(['ApprovalGranted']));

  it('when bob rejects, then ApprovalRejected + PromotionRejected with the reason', () =>
    decisions
      .given(history())
      .when(reject(bob), metadataAt(at(300), 'user:bob'))
      .then([
        {
          type: 'ApprovalRejected',
          data: { decisionId: 'd-1', approver: 'user:bob', reason: 'the eval set is stale', timestamp: at(300) },
        },
        {
          type: 'PromotionRejected',
          data: {
            decisionId: 'd-1',
            subject,
            requester: 'user:alice',
            rejectedBy: 'user:bob',
            reasons: ['the eval set is stale'],
            policies: refs.slice().reverse(),
            timestamp: at(300),
          },
        },
      ]));

  it('when alice rejects her own request, then PERMISSION_DENIED', () =>
    decisions.given(history()).when(reject(alice), meta).thenThrows(PermissionDenied, 'GOVERNANCE.SELF_APPROVAL'));

  it('when dave rejects, then PERMISSION_DENIED', () =>
    decisions.given(history()).when(reject(dave), meta).thenThrows(PermissionDenied, 'GOVERNANCE.NOT_AN_APPROVER'));

  it('when bob rejects without a reason, then INVALID_ARGUMENT', () =>
    decisions
      .given(history())
      .when(reject(bob, ' '), meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.INVALID_ARGUMENT', /reason/));
});

describe('given bob approved once of two', () => {
  const history = () => [...awaitingTwo(), ...decisions.given(awaitingTwo()).when(approve(bob), meta).events()];

  it('when bob approves again, then no events (idempotent re-approval)', () =>
    decisions.given(history()).when(approve(bob), meta).then([]));

  it('when carol approves, then ApprovalGranted 2 of 2 + PromotionApproved naming both approvers', () =>
    decisions
      .given(history())
      .when(approve(carol), metadataAt(at(400), 'user:carol'))
      .then([
        {
          type: 'ApprovalGranted',
          data: { decisionId: 'd-1', approver: 'user:carol', approvals: 2, approvalsRequired: 2, timestamp: at(400) },
        },
        {
          type: 'PromotionApproved',
          data: {
            decisionId: 'd-1',
            subject,
            requester: 'user:alice',
            approvedBy: ['user:bob', 'user:carol'],
            policies: refs.slice().reverse(),
            timestamp: at(400),
          },
        },
      ]));

  it('when carol rejects, then the promotion is rejected despite the approval', () =>
    expect(
      decisions
        .given(history())
        .when(reject(carol), meta)
        .events()
        .map((e) => e.type),
    ).toEqual(['ApprovalRejected', 'PromotionRejected']));
});

describe('given the promotion was approved', () => {
  const approved = () => {
    const first = [...awaitingTwo(), ...decisions.given(awaitingTwo()).when(approve(bob), meta).events()];
    return [...first, ...decisions.given(first).when(approve(carol), meta).events()];
  };

  it('then the state is approved with both approvers', () =>
    expect(decisions.given(approved()).state).toMatchObject({
      kind: 'decided',
      decision: { status: 'approved', approvers: ['user:bob', 'user:carol'], outcome: 'needs-approval' },
    }));

  it('when carol approves again, then no events', () =>
    decisions.given(approved()).when(approve(carol), meta).then([]));

  it('when root approves, then FAILED_PRECONDITION (nothing is waiting)', () =>
    decisions
      .given(approved())
      .when(approve(root), meta)
      .thenThrows(FailedPrecondition, 'GOVERNANCE.DECISION_NOT_AWAITING_APPROVAL', /approved/));

  it('when bob rejects, then FAILED_PRECONDITION', () =>
    decisions
      .given(approved())
      .when(reject(bob), meta)
      .thenThrows(FailedPrecondition, 'GOVERNANCE.DECISION_NOT_AWAITING_APPROVAL'));
});

describe('given the promotion was rejected by bob', () => {
  const rejected = () => [...awaitingTwo(), ...decisions.given(awaitingTwo()).when(reject(bob), meta).events()];

  it('then the state is rejected, naming bob and the reason', () =>
    expect(decisions.given(rejected()).state).toMatchObject({
      decision: { status: 'rejected', rejectedBy: 'user:bob', rejection: 'the eval set is stale' },
    }));

  it('when bob rejects again, then no events (idempotent)', () =>
    decisions.given(rejected()).when(reject(bob), meta).then([]));

  it('when carol approves, then FAILED_PRECONDITION', () =>
    decisions
      .given(rejected())
      .when(approve(carol), meta)
      .thenThrows(FailedPrecondition, 'GOVERNANCE.DECISION_NOT_AWAITING_APPROVAL'));
});

describe('given a decision the policies allowed', () => {
  const allowed = () =>
    decisions
      .given([])
      .when(evaluate({ model: { tags: { 'change-ticket': 'CHG-1' } } }), meta)
      .events();

  it('then the state is allowed', () =>
    expect(decisions.given(allowed()).state).toMatchObject({ decision: { status: 'allowed' } }));

  it('when bob approves, then FAILED_PRECONDITION (no approval was asked)', () =>
    decisions
      .given(allowed())
      .when(approve(bob), meta)
      .thenThrows(FailedPrecondition, 'GOVERNANCE.DECISION_NOT_AWAITING_APPROVAL', /allowed/));
});

describe('buildPolicyInput', () => {
  it('takes now from the metadata, the roles that apply to the model, and empty parts for what is absent', () =>
    expect(
      buildPolicyInput(
        {
          decisionId: 'd',
          subject: { model: 'churn', version: 1, target: { kind: 'deployment', name: 'churn-eu' } },
          requester: { principalId: 'user:alice', roles: [{ role: 'viewer' }, { role: 'approver', scope: 'fraud-*' }] },
        },
        new Date(T0),
      ),
    ).toEqual({
      model: { name: 'churn', version: 1, tags: {} },
      metrics: {},
      lineage: { datasets: [] },
      dataQuality: {},
      requester: { id: 'user:alice', roles: ['viewer'] },
      target: { kind: 'deployment', name: 'churn-eu' },
      now: '2026-11-23T10:00:00.000Z',
    }));
});

describe('factsFromRegistry', () => {
  it('turns a registry lineage and tags into Evaluate facts: latest metric per key, datasets, run and commit', () =>
    expect(
      factsFromRegistry(
        {
          runId: 'run-7',
          datasets: [
            { name: 'train', digest: '2b9a1f0d', source: 's3://d/train', context: 'training' },
            { name: 'eval', digest: '77aa01ff' },
          ],
          codeVersion: { gitCommit: 'deadbeef', sourceName: 'train.py' },
          metrics: [
            { key: 'accuracy', value: 0.8, step: 1, timestamp: 10 },
            { key: 'accuracy', value: 0.93, step: 3, timestamp: 5 },
            { key: 'accuracy', value: 0.9, step: 2, timestamp: 50 },
            { key: 'loss', value: 'NaN', step: 0, timestamp: 1 },
            { key: 'loss', value: 0.2, step: 0, timestamp: 1 },
          ],
        },
        [{ key: 'change-ticket', value: 'CHG-1' }],
      ),
    ).toEqual({
      model: { tags: { 'change-ticket': 'CHG-1' } },
      metrics: { accuracy: 0.93, loss: 0.2 },
      lineage: {
        run: 'run-7',
        datasets: [
          { name: 'train', digest: '2b9a1f0d', source: 's3://d/train', context: 'training' },
          { name: 'eval', digest: '77aa01ff', source: '' },
        ],
        codeVersion: 'deadbeef',
      },
    }));

  it('a version registered without lineage gives empty facts', () =>
    expect(factsFromRegistry({ datasets: [], codeVersion: {}, metrics: [] })).toEqual({
      model: { tags: {} },
      metrics: {},
      lineage: { datasets: [] },
    }));
});

describe('given a stored decision read back with its subject keys in another order (jsonb)', () => {
  it('when the same Evaluate is retried, then no events', () => {
    const [evaluated, requested] = awaitingTwo();
    const reordered = JSON.parse(
      JSON.stringify({
        ...evaluated.data,
        subject: {
          requestId: 'q-1',
          target: { name: 'Production', kind: 'stage' },
          version: 3,
          model: 'fraud-detector',
        },
      }),
    );
    decisions
      .given([{ type: 'PolicyEvaluated', data: reordered }, requested])
      .when(evaluate(), meta)
      .then([]);
  });
});
