import { DecisionView, EvaluationView, PolicyView } from '../application/views';
import { PolicyOutcome } from '../domain';
import type { Decision } from './generated/cairn/governance/v1/Decision';
import type { EvaluateResponse } from './generated/cairn/governance/v1/EvaluateResponse';
import type { Policy } from './generated/cairn/governance/v1/Policy';
import type { PolicyResult } from './generated/cairn/governance/v1/PolicyResult';

/** The core's views → gRPC messages (absent optional fields stay absent). */

const policyResult = (p: PolicyOutcome): PolicyResult => ({
  policy_id: p.policyId,
  version: p.version,
  hash: p.hash,
  effect: p.effect,
  result: p.result,
  ...(p.message !== undefined ? { message: p.message } : {}),
});

export const evaluateResponse = (e: EvaluationView): EvaluateResponse => ({
  decision_id: e.decisionId,
  outcome: e.outcome,
  reasons: e.reasons,
  ...(e.approvalsRequired !== undefined ? { approvals_required: e.approvalsRequired } : {}),
  policies: e.policies.map(policyResult),
  evaluated_at: e.evaluatedAt,
});

export const decision = (d: DecisionView): Decision => ({
  decision_id: d.decisionId,
  subject: {
    model: d.subject.model,
    version: d.subject.version,
    target: d.subject.target,
    ...(d.subject.requestId ? { request_id: d.subject.requestId } : {}),
  },
  requester: d.requester,
  outcome: d.outcome,
  status: d.status,
  reasons: d.reasons,
  policies: d.policies.map(policyResult),
  ...(d.approvalsRequired !== undefined ? { approvals_required: d.approvalsRequired } : {}),
  approvers: d.approvers,
  ...(d.rejectedBy !== undefined ? { rejected_by: d.rejectedBy } : {}),
  ...(d.rejection !== undefined ? { rejection: d.rejection } : {}),
  evaluated_at: d.evaluatedAt,
  ...(d.closedAt !== undefined ? { closed_at: d.closedAt } : {}),
});

export const policy = (p: PolicyView): Policy => ({
  policy_id: p.policyId,
  version: p.version,
  name: p.name,
  description: p.description,
  scope: { model_pattern: p.scope.modelPattern, targets: p.scope.targets },
  effect: p.effect,
  ...(p.approvals !== undefined ? { approvals: p.approvals } : {}),
  message: p.message,
  source: p.source,
  hash: p.hash,
  published_by: p.publishedBy,
  published_at: p.publishedAt,
  ...(p.retiredAt !== undefined ? { retired_at: p.retiredAt } : {}),
});
