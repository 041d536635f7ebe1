import { invalid, PolicyEffect, RoleBinding } from '../domain';
import { ApprovalRequest, EvaluateRequest } from '../application/decisions';
import { PublishPolicyRequest } from '../application/policies';
import { PrincipalClaim } from '../application/ports';
import type { ApproveRequest__Output } from './generated/cairn/governance/v1/ApproveRequest';
import type { EvaluateRequest__Output } from './generated/cairn/governance/v1/EvaluateRequest';
import type { Facts__Output } from './generated/cairn/governance/v1/Facts';
import type { Principal__Output } from './generated/cairn/governance/v1/Principal';
import type { PublishPolicyRequest__Output } from './generated/cairn/governance/v1/PublishPolicyRequest';
import type { RejectRequest__Output } from './generated/cairn/governance/v1/RejectRequest';

/** gRPC requests → the core's requests. Only shapes change here; the deciders validate the values. */

function principal(p: Principal__Output | null, field: string): PrincipalClaim {
  if (!p || p.id === '') invalid(`${field}.id is required`);
  const roles = p.roles.map((b) => ({ role: b.role, ...(b.scope ? { scope: b.scope } : {}) }) as RoleBinding);
  return { id: p.id, roles };
}

function facts(f: Facts__Output | null): EvaluateRequest['facts'] {
  if (!f) return {};
  const lineage = f.lineage;
  return {
    tags: f.tags,
    metrics: f.metrics,
    ...(lineage
      ? {
          lineage: {
            ...(lineage.run ? { run: lineage.run } : {}),
            datasets: lineage.datasets.map((d) => ({
              name: d.name,
              digest: d.digest,
              source: d.source,
              ...(d.context !== undefined ? { context: d.context } : {}),
            })),
            ...(lineage.code_version ? { codeVersion: lineage.code_version } : {}),
          },
        }
      : {}),
    dataQuality: Object.fromEntries(
      Object.entries(f.data_quality).map(([name, q]) => [
        name,
        {
          passed: q.passed,
          checks: Object.fromEntries(
            Object.entries(q.checks).map(([check, c]) => [
              check,
              { passed: c.passed, ...(c.value !== undefined ? { value: c.value } : {}) },
            ]),
          ),
        },
      ]),
    ),
  };
}

export function evaluateRequest(r: EvaluateRequest__Output): EvaluateRequest {
  if (!r.subject) invalid('subject is required');
  if (!r.subject.target) invalid('subject.target is required');
  const { model, version, target, request_id } = r.subject;
  return {
    ...(r.decision_id ? { decisionId: r.decision_id } : {}),
    subject: {
      model,
      version,
      target: { kind: target.kind as 'alias' | 'stage' | 'deployment', name: target.name },
      ...(request_id ? { requestId: request_id } : {}),
    },
    requester: principal(r.requester, 'requester'),
    facts: facts(r.facts),
  };
}

export function approvalRequest(r: ApproveRequest__Output | RejectRequest__Output): ApprovalRequest {
  const comment = 'reason' in r ? r.reason : r.comment;
  // No approver named: the authenticated caller approves (TokenActors).
  const approver = r.approver?.id ? principal(r.approver, 'approver') : undefined;
  return { decisionId: r.decision_id, ...(approver ? { approver } : {}), ...(comment ? { comment } : {}) };
}

export function publishPolicyRequest(r: PublishPolicyRequest__Output): PublishPolicyRequest {
  return {
    policyId: r.policy_id,
    name: r.name,
    ...(r.description ? { description: r.description } : {}),
    source: r.source,
    scope: { modelPattern: r.scope?.model_pattern ?? '', targets: r.scope?.targets ?? [] },
    effect: r.effect as PolicyEffect,
    ...(r.approvals !== undefined ? { approvals: r.approvals } : {}),
    message: r.message,
  };
}
