import { PermissionDenied } from '@cairn/contracts';
import {
  accessDenied,
  DataQualityResult,
  DatasetFact,
  DecisionCommand,
  DecisionEvent,
  DecisionSubject,
  GOVERNANCE_ERRORS,
  MetricValue,
  notFound,
  PolicyEngine,
} from '../domain';
import { ActorResolver, CommandContext, DecisionRepository, GovernanceReads, PolicyCatalog, PrincipalClaim } from './ports';
import { DecisionView, EvaluationView } from './views';

/** What the policies are asked about (README "Policy input"), as every adapter receives it. */
export interface EvaluateRequest {
  /** Chosen by the caller so a retry decides nothing new; generated when absent. */
  decisionId?: string;
  subject: DecisionSubject;
  requester: PrincipalClaim;
  facts?: {
    tags?: Record<string, string>;
    metrics?: Record<string, MetricValue>;
    lineage?: { run?: string; datasets?: DatasetFact[]; codeVersion?: string };
    dataQuality?: Record<string, DataQualityResult>;
  };
}

export interface ApprovalRequest {
  decisionId: string;
  /** Absent: the authenticated caller. */
  approver?: PrincipalClaim;
  /** Approve: an optional comment. Reject: the reason (required). */
  comment?: string;
}

export interface DecisionDependencies {
  repository: DecisionRepository;
  reads: GovernanceReads;
  catalog: PolicyCatalog;
  actors: ActorResolver;
  engine: PolicyEngine;
  newId: () => string;
}

/** Evaluate a promotion against the live policies, then approve or reject what needs approval. */
export class Decisions {
  constructor(private readonly deps: DecisionDependencies) {}

  async evaluate(request: EvaluateRequest, context: CommandContext): Promise<EvaluationView> {
    // The live policies are read while the requester is resolved (two independent reads, one round trip's wait);
    // a refused requester still fails first, and the policies' read is then dropped.
    const live = this.deps.catalog.active();
    live.catch(() => undefined);
    const requester = await this.deps.actors.resolve(request.requester, context);
    const policies = await live;
    const facts = request.facts ?? {};
    const command: DecisionCommand = {
      type: 'Evaluate',
      data: {
        decisionId: request.decisionId || this.deps.newId(),
        subject: request.subject,
        requester,
        model: { tags: facts.tags ?? {} },
        metrics: facts.metrics && recordable(facts.metrics),
        lineage: facts.lineage,
        dataQuality: facts.dataQuality,
      },
    };
    const { history } = await this.deps.repository.execute(command, context, { engine: this.deps.engine, policies });
    // A retry with the same id appends nothing: the answer is what the first evaluation recorded.
    return evaluationView(history);
  }

  approve(request: ApprovalRequest, context: CommandContext): Promise<DecisionView> {
    return this.approval(request, context, 'approve');
  }

  reject(request: ApprovalRequest, context: CommandContext): Promise<DecisionView> {
    return this.approval(request, context, 'reject');
  }

  async get(decisionId: string): Promise<DecisionView> {
    const view = await this.deps.reads.getDecision(decisionId);
    if (!view) throw notFound(GOVERNANCE_ERRORS.decisionNotFound, `decision ${decisionId} not found`, { decisionId });
    return view;
  }

  private async approval(request: ApprovalRequest, context: CommandContext, verb: 'approve' | 'reject') {
    const approver = await this.deps.actors.resolve(request.approver, context);
    const { decisionId, comment } = request;
    const command: DecisionCommand =
      verb === 'approve'
        ? { type: 'Approve', data: { decisionId, approver, ...(comment ? { comment } : {}) } }
        : { type: 'Reject', data: { decisionId, approver, reason: comment ?? '' } };
    try {
      await this.deps.repository.execute(command, context);
    } catch (error) {
      // Self-approval and non-approvers are refusals like any other 403: audited in the day's access stream.
      if (error instanceof PermissionDenied) {
        const refusal = accessDenied(approver.principalId, error, 'governance.approve', new Date(context.now), {
          resource: decisionId,
        });
        await this.deps.repository.recordRefusal(refusal, context);
      }
      throw error;
    }
    return this.get(decisionId);
  }
}

/**
 * Non-finite metrics (gRPC doubles, MLflow's NaN / Infinity) in the spelling JSON and PolicyEvaluated can hold;
 * the policy engine reads them back as the non-finite doubles, so policies see the same values either way.
 */
function recordable(metrics: Record<string, MetricValue>): Record<string, MetricValue> {
  const spell = (v: MetricValue): MetricValue =>
    typeof v !== 'number' || Number.isFinite(v) ? v : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  return Object.fromEntries(Object.entries(metrics).map(([key, value]) => [key, spell(value)]));
}

function evaluationView(history: readonly DecisionEvent[]): EvaluationView {
  const evaluated = history.find((event) => event.type === 'PolicyEvaluated');
  if (!evaluated || evaluated.type !== 'PolicyEvaluated') throw new Error('an evaluated decision without PolicyEvaluated');
  const d = evaluated.data;
  return {
    decisionId: d.decisionId,
    outcome: d.outcome,
    reasons: d.reasons,
    ...(d.approvalsRequired !== undefined ? { approvalsRequired: d.approvalsRequired } : {}),
    policies: d.policies,
    evaluatedAt: d.timestamp,
  };
}
