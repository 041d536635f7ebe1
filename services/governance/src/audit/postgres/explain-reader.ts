import { Pool } from '@cairn/postgres';
import { AuditRecord } from '../audit-record';
import { ChainKeys, ExplainTarget, PLACEMENT_TYPES } from '../explain';
import { AUDIT_COLUMNS, AuditRow, toAuditRecord } from './audit-rows';

/**
 * The rows ExplainDeployment's pure functions need (../explain.ts), a few indexed statements and no logic:
 * the target's placement history up to `at`, then the request's, the decision's and the registration's events.
 */
export class ExplainReader {
  constructor(private readonly pool: Pool) {}

  private async select(where: string, values: unknown[], tail = 'ORDER BY position'): Promise<AuditRecord[]> {
    const { rows } = await this.pool.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM governance.audit WHERE ${where} ${tail}`, values);
    return rows.map(toAuditRecord);
  }

  /** Events that decide what the target pointed at, up to `at` (epoch ms). */
  async placementHistory(target: ExplainTarget, at: number): Promise<AuditRecord[]> {
    const until = new Date(at).toISOString();
    switch (target.kind) {
      case 'alias':
        // Only the last alias event counts (servedAt), so the newest few suffice: alias changes first, then the
        // model's deletions / renames, each newest-first on its index.
        return [
          // The type list is spelled as audit_alias_changes' predicate (003_audit) so that partial index serves it.
          ...(await this.select(
            `model = $1 AND target_name = $2 AND type IN ('AliasAssigned', 'AliasDeleted') AND occurred_at <= $3`,
            [target.model, target.name, until],
            'ORDER BY position DESC LIMIT 1',
          )),
          ...(await this.select(`model = $1 AND type = ANY($2::text[]) AND occurred_at <= $3`, [target.model, ['RegisteredModelDeleted', 'RegisteredModelRenamed'], until], 'ORDER BY position DESC LIMIT 1')),
        ];
      case 'stage':
        // Leaving a stage is a transition to another one, so every transition of the model is needed.
        return this.select(`model = $1 AND type = ANY($2::text[]) AND occurred_at <= $3`, [target.model, [...PLACEMENT_TYPES.stage], until]);
      case 'deployment':
        return this.select(
          `deployment = $1 AND stream = $2 AND occurred_at <= $3 AND model IS NOT NULL AND model_version IS NOT NULL`,
          [target.name, `deployment-${target.name}`, until],
          'ORDER BY position DESC LIMIT 1',
        );
    }
  }

  /** The promotion request's and its decisions' events, the version's registrations, and the evaluated policies. */
  async chain(keys: ChainKeys): Promise<AuditRecord[]> {
    const registrations = await this.select(
      `model = $1 AND model_version = $2 AND type = 'ModelVersionRegistered' AND position < $3`,
      [keys.model, keys.version, keys.beforePosition.toString()],
      'ORDER BY position DESC LIMIT 1',
    );
    if (!keys.requestId) return registrations;
    const ofRequest = await this.select('request_id = $1', [keys.requestId]);
    const decisionIds = [...new Set(ofRequest.map((e) => e.data.decisionId).filter((id): id is string => typeof id === 'string'))];
    const ofDecisions = decisionIds.length > 0 ? await this.select('decision_id = ANY($1::text[])', [decisionIds]) : [];
    return [...registrations, ...ofRequest, ...ofDecisions];
  }
}
