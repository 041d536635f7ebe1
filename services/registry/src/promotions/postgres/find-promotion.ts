import type { PoolClient } from 'pg';
import type { PromotionStatus } from '../../domain';

export interface PromotionRow {
  name: string;
  requestId: string;
  status: PromotionStatus;
  decisionId: string | null;
}

const row = (r: { name: string; request_id: string; status: PromotionStatus; decision_id: string | null }): PromotionRow => ({
  name: r.name,
  requestId: r.request_id,
  status: r.status,
  decisionId: r.decision_id,
});

/**
 * The promotion governance's decision belongs to, by decision id, from the read model (`registry.promotions`): the
 * name there follows renames, which the event's subject (the name when it was requested) does not.
 */
export async function promotionByDecision(tx: PoolClient, decisionId: string): Promise<PromotionRow | null> {
  const { rows } = await tx.query(
    `SELECT name, request_id, status, decision_id FROM registry.promotions WHERE decision_id = $1 ORDER BY requested_at DESC LIMIT 1`,
    [decisionId],
  );
  return rows[0] ? row(rows[0]) : null;
}

/** The promotion by the name and request id the decision's subject names (before the registry recorded the decision id). */
export async function promotionByRequest(tx: PoolClient, name: string, requestId: string): Promise<PromotionRow | null> {
  const { rows } = await tx.query(
    `SELECT name, request_id, status, decision_id FROM registry.promotions WHERE name = $1 AND request_id = $2`,
    [name, requestId],
  );
  return rows[0] ? row(rows[0]) : null;
}
