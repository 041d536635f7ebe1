import { CairnEvent } from '@cairn/contracts';
import { GOVERNANCE_ACTOR, verdictContext, verdictOf } from './governance-decisions';

const envelope = (type: string, data: unknown): CairnEvent =>
  ({
    id: 'e-1',
    type,
    stream: 'decision-d1',
    version: 4,
    position: '9',
    occurredAt: '2026-01-01T00:00:00.000Z',
    actor: 'user:bo',
    causationId: null,
    correlationId: 'corr-9',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    data,
  }) as CairnEvent;

const subject = { model: 'fraud', version: 2, target: { kind: 'alias', name: 'champion' }, requestId: 'req-1' };

describe('governance events → verdicts', () => {
  it('PromotionApproved is an approval of the subject request by its approvers', () => {
    const event = envelope('PromotionApproved', { decisionId: 'd1', subject, requester: 'user:al', approvedBy: ['user:bo', 'user:cy'], policies: [], timestamp: 1 });
    expect(verdictOf(event)).toEqual({ kind: 'approved', decisionId: 'd1', model: 'fraud', requestId: 'req-1', approvedBy: ['user:bo', 'user:cy'] });
  });

  it('PromotionRejected is a rejection with the approver and reasons; a subject without request id has none', () => {
    const { requestId: _omitted, ...withoutRequest } = subject;
    const event = envelope('PromotionRejected', { decisionId: 'd1', subject: withoutRequest, requester: 'user:al', rejectedBy: 'user:bo', reasons: ['no'], policies: [], timestamp: 1 });
    expect(verdictOf(event)).toEqual({ kind: 'rejected', decisionId: 'd1', model: 'fraud', rejectedBy: 'user:bo', reasons: ['no'] });
  });

  it('every other governance event is no verdict', () => {
    expect(verdictOf(envelope('ApprovalGranted', { decisionId: 'd1', approver: 'user:bo', approvals: 1, approvalsRequired: 2, timestamp: 1 }))).toBeNull();
    expect(verdictOf(envelope('PolicyRetired', { policyId: 'p', version: 1, retiredBy: 'user:admin', timestamp: 1 }))).toBeNull();
  });

  it('the completion runs as governance, in the approval event correlation and trace, at the registry clock', () => {
    const event = envelope('PromotionApproved', {});
    expect(verdictContext(event, 77)).toEqual({ actor: GOVERNANCE_ACTOR, correlationId: 'corr-9', traceparent: event.traceparent, now: 77 });
  });
});
