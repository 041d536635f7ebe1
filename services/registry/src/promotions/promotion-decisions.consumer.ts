import { CairnError, CairnEvent, TOPICS, Unavailable } from '@cairn/contracts';
import { IdempotentConsumer, IdempotentConsumerOptions, MessageMeta } from '@cairn/messaging';
import type { PoolClient } from 'pg';
import type { Promotions } from '../application/promotions';
import { GovernanceVerdict, verdictContext, verdictOf } from './governance-decisions';
import { promotionByDecision, promotionByRequest, PromotionRow } from './postgres/find-promotion';

/** The consumer group (and dedupe identity in `registry.processed_events`) that finishes governed promotions. */
export const PROMOTIONS_GROUP_ID = 'registry.promotions';
export const PROMOTIONS_TOPIC = TOPICS.governanceEvents;
export const PROMOTIONS_SCHEMA = 'registry';

export type PromotionDecisionsConsumerOptions = Omit<IdempotentConsumerOptions, 'schema' | 'groupId' | 'topics'> &
  Partial<Pick<IdempotentConsumerOptions, 'groupId' | 'topics'>> & {
    /** The registry core's promotions: completions go through the same decider and write path as every command. */
    promotions: Pick<Promotions, 'complete' | 'reject'>;
    now?: () => number;
  };

/**
 * Finishes promotions that waited for approval (DESIGN.md promotion flow step 3) from `cairn.governance.events`:
 * PromotionApproved → CompletePromotion (the alias / stage is set), PromotionRejected → RejectPromotion. Every other
 * governance event is skipped (marked processed), and so are types this build does not know yet.
 *
 * The write is the registry's own transaction (PostgresModelRepository), not the consumer's dedupe transaction, so
 * the two commit separately: a crash between them redelivers the event, and the decider makes the second completion
 * a no-op (an allowed promotion completes to nothing, a denied one rejects to nothing). Approvals are rare, so each
 * message is its own transaction (no batching to redo).
 *
 * A verdict that matches no promotion the registry can finish (another caller's decision, a model since deleted, a
 * request the registry abandoned when governance timed out) is logged and skipped: there is nothing to do and a
 * dead letter would only alarm. A verdict that arrives before the registry recorded the decision it belongs to
 * (governance answered, an approver was quicker than the registry's own write) is retried, then dead-lettered.
 */
export class PromotionDecisionsConsumer extends IdempotentConsumer {
  private readonly promotions: Pick<Promotions, 'complete' | 'reject'>;
  private readonly now: () => number;

  constructor({ promotions, now, ...options }: PromotionDecisionsConsumerOptions) {
    super({
      groupId: PROMOTIONS_GROUP_ID,
      topics: [PROMOTIONS_TOPIC],
      // Governance adds event types to its topic (principals, access, audit): a newer governance must not fill the .dlq.
      skipUnknownEventTypes: true,
      messagesPerTransaction: 1,
      ...options,
      schema: PROMOTIONS_SCHEMA,
    });
    this.promotions = promotions;
    this.now = now ?? Date.now;
  }

  protected async handle(event: CairnEvent, tx: PoolClient, _meta: MessageMeta): Promise<void> {
    const verdict = verdictOf(event);
    if (!verdict) return;
    const promotion = await this.promotionOf(verdict, tx);
    if (!promotion) return;
    const context = verdictContext(event, this.now());
    try {
      if (verdict.kind === 'approved') {
        await this.promotions.complete(promotion.name, promotion.requestId, { decisionId: verdict.decisionId, approvedBy: verdict.approvedBy }, context);
      } else {
        await this.promotions.reject(promotion.name, promotion.requestId, { reasons: verdict.reasons, rejectedBy: verdict.rejectedBy }, context);
      }
      this.logger.info('governance finished a promotion', { ...fields(verdict), name: promotion.name, requestId: promotion.requestId });
    } catch (error) {
      // The decider refused: the promotion is no longer waiting (abandoned, or decided the other way) or is gone.
      if (error instanceof CairnError && (error.kind === 'FAILED_PRECONDITION' || error.kind === 'NOT_FOUND')) {
        this.logger.warn('governance decision skipped: the promotion cannot be finished', { ...fields(verdict), code: error.code, reason: error.message });
        return;
      }
      throw error;
    }
  }

  /** The waiting promotion the verdict finishes, or null (logged) when there is none to finish. */
  private async promotionOf(verdict: GovernanceVerdict, tx: PoolClient): Promise<PromotionRow | null> {
    const byDecision = await promotionByDecision(tx, verdict.decisionId);
    if (byDecision) return byDecision;
    const requested = verdict.requestId ? await promotionByRequest(tx, verdict.model, verdict.requestId) : null;
    if (requested?.status === 'requested') {
      // Governance's answer is on its way into the registry's own events: retry (bounded), then the .dlq to replay.
      throw new Unavailable(
        'REGISTRY.PROMOTION_DECISION_NOT_RECORDED',
        `Promotion request ${requested.requestId} of Registered Model (name=${requested.name}) has no decision recorded yet for ${verdict.decisionId}.`,
        { ...fields(verdict) },
      );
    }
    this.logger.warn('governance decision skipped: it matches no promotion waiting in the registry', fields(verdict));
    return null;
  }
}

const fields = (verdict: GovernanceVerdict) => ({
  verdict: verdict.kind,
  decisionId: verdict.decisionId,
  model: verdict.model,
  ...(verdict.requestId ? { requestId: verdict.requestId } : {}),
});
