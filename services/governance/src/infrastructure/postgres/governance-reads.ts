import { Pool } from '@cairn/postgres';
import { GovernanceReads } from '../../application/ports';
import { DecisionView, PolicyView } from '../../application/views';
import { DecisionOutcome, DecisionStatus, DecisionTarget, PolicyEffect, PolicyOutcome, PolicyScope } from '../../domain';

interface PolicyRow {
  policy_id: string;
  version: number;
  name: string;
  description: string;
  scope: PolicyScope;
  effect: PolicyEffect;
  approvals: number | null;
  message: string;
  source: string;
  hash: string;
  published_by: string;
  published_at: string;
  retired_at: string | null;
}

interface DecisionRow {
  decision_id: string;
  model: string;
  model_version: number;
  target_kind: DecisionTarget['kind'];
  target_name: string;
  request_id: string | null;
  requester: string;
  outcome: DecisionOutcome;
  reasons: string[];
  policies: PolicyOutcome[];
  approvals_required: number | null;
  approvers: string[];
  status: DecisionStatus;
  rejected_by: string | null;
  rejection: string | null;
  evaluated_at: string;
  closed_at: string | null;
}

/** Gets and lists over the read models (bigint columns arrive as strings from pg, hence Number()). */
export class PostgresGovernanceReads implements GovernanceReads {
  constructor(private readonly pool: Pool) {}

  async listPolicies(options: { includeRetired: boolean }): Promise<PolicyView[]> {
    const where = options.includeRetired ? '' : 'WHERE retired_at IS NULL';
    const { rows } = await this.pool.query<PolicyRow>(`SELECT * FROM governance.policies ${where} ORDER BY policy_id`);
    return rows.map(policyView);
  }

  async getDecision(decisionId: string): Promise<DecisionView | null> {
    const { rows } = await this.pool.query<DecisionRow>('SELECT * FROM governance.decisions WHERE decision_id = $1', [
      decisionId,
    ]);
    return rows.length === 0 ? null : decisionView(rows[0]);
  }
}

export function policyView(r: PolicyRow): PolicyView {
  return {
    policyId: r.policy_id,
    version: r.version,
    name: r.name,
    description: r.description,
    scope: r.scope,
    effect: r.effect,
    ...(r.approvals !== null ? { approvals: r.approvals } : {}),
    message: r.message,
    source: r.source,
    hash: r.hash,
    publishedBy: r.published_by,
    publishedAt: Number(r.published_at),
    ...(r.retired_at !== null ? { retiredAt: Number(r.retired_at) } : {}),
  };
}

function decisionView(r: DecisionRow): DecisionView {
  return {
    decisionId: r.decision_id,
    subject: {
      model: r.model,
      version: r.model_version,
      target: { kind: r.target_kind, name: r.target_name },
      ...(r.request_id !== null ? { requestId: r.request_id } : {}),
    },
    requester: r.requester,
    outcome: r.outcome,
    status: r.status,
    reasons: r.reasons,
    policies: r.policies,
    ...(r.approvals_required !== null ? { approvalsRequired: r.approvals_required } : {}),
    approvers: r.approvers,
    ...(r.rejected_by !== null ? { rejectedBy: r.rejected_by } : {}),
    ...(r.rejection !== null ? { rejection: r.rejection } : {}),
    evaluatedAt: Number(r.evaluated_at),
    ...(r.closed_at !== null ? { closedAt: Number(r.closed_at) } : {}),
  };
}
