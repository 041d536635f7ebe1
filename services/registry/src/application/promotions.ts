import { randomUUID } from 'node:crypto';
import { CairnError, FailedPrecondition, Unavailable } from '@cairn/contracts';
import {
  aliasNotFound,
  describeTarget,
  parseVersion,
  Promotion,
  PromotionTargetInput,
  promotionDeniedError,
  requireModel,
  requirePromotion,
  requireVersion,
  validateAlias,
} from '../domain';
import { ModelVersions } from './model-versions';
import { CommandContext, GateDecision, GovernanceGate, ModelRepository } from './ports';
import { RegisteredModels } from './registered-models';
import { ModelVersionView } from './views';

/**
 * Governed alias and stage changes (DESIGN.md "The promotion flow"): a promotion is a decision, not a field
 * update. RequestPromotion appends PromotionRequested; the gate (governance, or the built-in allow-all until it
 * lands) decides; RecordPromotionDecision appends the outcome and, when allowed, the change; only then does the
 * client get its answer.
 */
export class Promotions {
  constructor(
    private readonly repository: ModelRepository,
    private readonly gate: GovernanceGate,
    private readonly models: RegisteredModels,
    private readonly versions: ModelVersions,
  ) {}

  /** MLflow's set-alias: done, or an error (REST has no "waiting" answer, so awaiting approval is FAILED_PRECONDITION). */
  async setAlias(name: string | undefined, alias: string | undefined, version: string | undefined, context: CommandContext): Promise<void> {
    requireAllowed(name ?? '', await this.requestAlias(name, alias, version, context));
  }

  /**
   * The alias assignment as governance decided it: allowed (made) or awaiting approval (not yet); a denial throws
   * PERMISSION_DENIED. For adapters that can say "waiting" (gRPC's Promotion status).
   */
  async requestAlias(name: string | undefined, alias: string | undefined, version: string | undefined, context: CommandContext): Promise<Promotion> {
    return this.promote(name ?? '', parseVersion(version), { kind: 'alias', alias: alias as string }, context);
  }

  /** Removing a pointer promotes nothing, so it is not governed (the domain's DeleteAlias). */
  async deleteAlias(name: string | undefined, alias: string | undefined, context: CommandContext): Promise<void> {
    await this.repository.execute({ type: 'DeleteAlias', data: { name: name ?? '', alias: alias as string } }, context);
  }

  async versionByAlias(name: string | undefined, alias: string | undefined): Promise<ModelVersionView> {
    const valid = validateAlias(alias);
    const model = await this.models.get(name);
    const pointer = model.aliases.find((entry) => entry.alias === valid);
    if (!pointer) throw aliasNotFound(model.name, valid);
    return this.versions.get(model.name, pointer.version);
  }

  /** MLflow's transition-stage: the version in its new stage, or an error (awaiting approval included, as setAlias). */
  async transitionStage(
    name: string | undefined,
    version: string | undefined,
    stage: string | undefined,
    archiveExistingVersions: boolean | undefined,
    context: CommandContext,
  ): Promise<ModelVersionView> {
    const requested = await this.requestStage(name, version, stage, archiveExistingVersions, context);
    requireAllowed(name ?? '', requested.promotion);
    return requested.version;
  }

  /** The stage transition as governance decided it, with the version after it (unchanged while it waits); see requestAlias. */
  async requestStage(
    name: string | undefined,
    version: string | undefined,
    stage: string | undefined,
    archiveExistingVersions: boolean | undefined,
    context: CommandContext,
  ): Promise<{ promotion: Promotion; version: ModelVersionView }> {
    const number = parseVersion(version);
    const promotion = await this.promote(name ?? '', number, { kind: 'stage', stage: stage as string, archiveExistingVersions }, context);
    return { promotion, version: await this.versions.get(name, number) };
  }

  /**
   * The approvals a waiting promotion awaited arrived (governance's PromotionApproved): allow it and make the change,
   * through the same decider and write path as every command. Already allowed: nothing happens (a redelivery).
   */
  async complete(
    name: string,
    requestId: string,
    approval: { decisionId?: string; approvedBy: string[] },
    context: CommandContext,
  ): Promise<Promotion> {
    const done = await this.repository.execute(
      { type: 'CompletePromotion', data: { name, requestId, approvedBy: approval.approvedBy, ...(approval.decisionId ? { decisionId: approval.decisionId } : {}) } },
      context,
    );
    return requirePromotion(requireModel(done.state, name), requestId);
  }

  /** An approver rejected a waiting promotion (governance's PromotionRejected). Already denied: nothing happens. */
  async reject(name: string, requestId: string, rejection: { reasons: string[]; rejectedBy?: string }, context: CommandContext): Promise<Promotion> {
    const done = await this.repository.execute(
      { type: 'RejectPromotion', data: { name, requestId, reasons: rejection.reasons, ...(rejection.rejectedBy ? { rejectedBy: rejection.rejectedBy } : {}) } },
      context,
    );
    return requirePromotion(requireModel(done.state, name), requestId);
  }

  private async promote(name: string, version: number, target: PromotionTargetInput, context: CommandContext): Promise<Promotion> {
    const requestId = randomUUID();
    const requested = await this.repository.execute({ type: 'RequestPromotion', data: { name, version, target } }, context, requestId);
    const model = requireModel(requested.state, name);
    const promotion = requirePromotion(model, requestId);

    let decision: GateDecision;
    try {
      const subject = requireVersion(model, version);
      decision = await this.gate.evaluate({
        name,
        version,
        requestId,
        target: promotion.target,
        lineage: subject.lineage,
        requester: context.actor,
        tags: [...subject.tags].map(([key, value]) => ({ key, value })),
        correlationId: context.correlationId,
        traceparent: context.traceparent,
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      // Governance refused what we sent (a bug on our side): abandoned the same way, but answered as INTERNAL, since
      // "try again" would only repeat it.
      const refused = error instanceof CairnError && error.kind === 'INTERNAL';
      const reason = `${refused ? 'governance refused the request' : 'governance unavailable'}: ${why}`.slice(0, 500);
      await this.repository
        .execute({ type: 'AbandonPromotion', data: { name, requestId, reason } }, context)
        .catch(() => undefined); // the request stays waiting; the answer below is the same either way
      if (refused) throw error;
      throw new Unavailable(
        'REGISTRY.GOVERNANCE_UNAVAILABLE',
        `Promotion of Model Version (name=${name}, version=${version}) to ${describeTarget(promotion.target)} could not be decided: governance is unavailable (${why}). Nothing was changed; try again.`,
        { name, version, requestId },
      );
    }

    const decided = await this.repository.execute(
      {
        type: 'RecordPromotionDecision',
        data: {
          name,
          requestId,
          outcome: decision.outcome,
          reasons: decision.reasons,
          decisionId: decision.decisionId,
          policies: decision.policies,
          approvalsRequired: decision.outcome === 'needs-approval' ? decision.approvalsRequired : undefined,
        },
      },
      context,
    );
    const outcome = requirePromotion(requireModel(decided.state, name), requestId);
    // A denial is an error on every transport; "allowed" and "awaiting approval" are answers the caller renders.
    if (outcome.status === 'denied') throw promotionDeniedError(name, outcome);
    return outcome;
  }
}

/** For MLflow's calls, which either succeed or fail: awaiting approval → not done yet (FAILED_PRECONDITION). */
function requireAllowed(name: string, promotion: Promotion): void {
  if (promotion.status === 'allowed') return;
  const approvals = promotion.approvalsRequired ?? 1;
  throw new FailedPrecondition(
    'REGISTRY.PROMOTION_AWAITING_APPROVAL',
    `Promotion of Model Version (name=${name}, version=${promotion.version}) to ${describeTarget(promotion.target)} needs ${approvals} approval(s): request ${promotion.requestId}${promotion.decisionId ? ` (decision ${promotion.decisionId})` : ''} waits for them, and the change is made when they are given.`,
    { name, version: promotion.version, requestId: promotion.requestId, decisionId: promotion.decisionId, approvalsRequired: approvals },
  );
}
