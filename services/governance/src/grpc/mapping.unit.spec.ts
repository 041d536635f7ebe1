import { approvalRequest, evaluateRequest, publishPolicyRequest } from './from-proto';
import { decision, evaluateResponse, policy } from './to-proto';
import { EvaluateBody, parseBody, PublishPolicyBody } from '../http/wire';

/** The one mapping both transports use: REST bodies parse into the gRPC messages' shape, then into the core's. */
describe('from the wire', () => {
  it('an Evaluate body becomes the core request: empty id left to the core, NaN spelled MLflow-style parsed', () => {
    const body = parseBody(EvaluateBody, {
      subject: { model: 'm', version: 2, target: { kind: 'alias', name: 'champion' }, request_id: 'r-1' },
      requester: { id: 'user:a', roles: [{ role: 'approver', scope: 'm*' }, { role: 'viewer' }] },
      facts: { metrics: { acc: 'NaN', f1: 0.5 }, lineage: { datasets: [{ name: 'train', digest: 'ab', context: 'training' }] } },
    });
    const request = evaluateRequest(body);
    expect(request).toMatchObject({
      subject: { model: 'm', version: 2, target: { kind: 'alias', name: 'champion' }, requestId: 'r-1' },
      requester: { id: 'user:a', roles: [{ role: 'approver', scope: 'm*' }, { role: 'viewer' }] },
      facts: { tags: {}, lineage: { datasets: [{ name: 'train', digest: 'ab', source: '', context: 'training' }] }, dataQuality: {} },
    });
    expect(request.decisionId).toBeUndefined();
    expect(request.facts!.metrics!.acc).toBeNaN();
  });

  it('a request without a subject or requester is INVALID_ARGUMENT', () => {
    expect(() => evaluateRequest(parseBody(EvaluateBody, {}))).toThrow(/subject is required/);
    // No approver named: the authenticated caller approves (TokenActors), so none is claimed.
    expect(approvalRequest({ decision_id: 'd', approver: null, comment: '' })).toEqual({ decisionId: 'd' });
  });

  it('a body of the wrong shape names the field', () =>
    expect(() => parseBody(PublishPolicyBody, { scope: { targets: 'x' } })).toThrow(/scope\.targets/));

  it('a reject carries its reason as the core request comment; a publish maps the scope', () => {
    expect(approvalRequest({ decision_id: 'd', approver: { id: 'u', roles: [] }, reason: 'no' })).toEqual({ decisionId: 'd', approver: { id: 'u', roles: [] }, comment: 'no' });
    expect(publishPolicyRequest(parseBody(PublishPolicyBody, { policy_id: 'p', scope: { model_pattern: '*', targets: ['*'] }, effect: 'require-approvals', approvals: 2 }))).toMatchObject({
      policyId: 'p',
      scope: { modelPattern: '*', targets: ['*'] },
      effect: 'require-approvals',
      approvals: 2,
    });
  });
});

describe('to the wire', () => {
  const ref = { policyId: 'p', version: 1, hash: 'h'.repeat(64), effect: 'deny-unless' as const };

  it('an evaluation keeps absent optionals absent', () =>
    expect(evaluateResponse({ decisionId: 'd', outcome: 'allow', reasons: [], policies: [{ ...ref, result: 'pass' }], evaluatedAt: 5 })).toEqual({
      decision_id: 'd',
      outcome: 'allow',
      reasons: [],
      policies: [{ policy_id: 'p', version: 1, hash: ref.hash, effect: 'deny-unless', result: 'pass' }],
      evaluated_at: 5,
    }));

  it('a decision and a policy in snake_case', () => {
    expect(
      decision({
        decisionId: 'd',
        subject: { model: 'm', version: 1, target: { kind: 'stage', name: 'Production' }, requestId: 'r' },
        requester: 'u',
        outcome: 'needs-approval',
        status: 'approved',
        reasons: ['x'],
        policies: [],
        approvalsRequired: 1,
        approvers: ['b'],
        evaluatedAt: 1,
        closedAt: 2,
      }),
    ).toMatchObject({ subject: { request_id: 'r' }, approvals_required: 1, closed_at: 2, approvers: ['b'] });
    expect(
      policy({ ...ref, name: 'n', description: '', scope: { modelPattern: '*', targets: ['*'] }, message: 'm', source: 's', publishedBy: 'a', publishedAt: 3, retiredAt: 4 }),
    ).toMatchObject({ policy_id: 'p', scope: { model_pattern: '*' }, published_at: 3, retired_at: 4 });
  });
});
