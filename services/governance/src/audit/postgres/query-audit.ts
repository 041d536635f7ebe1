import { Pool } from '@cairn/postgres';
import { AuditRecord } from '../audit-record';
import { AuditQuery } from '../audit-query';
import { AUDIT_COLUMNS, AuditRow, toAuditRecord } from './audit-rows';

/**
 * QueryAudit as one parameterised statement: every filter an AND, newest first, one row more than the page to know
 * whether another page follows. Each filter that narrows most has its own (…, position) index (003_audit), so the
 * planner walks it backwards and stops after the page.
 */
export async function queryAudit(pool: Pool, query: AuditQuery): Promise<{ records: AuditRecord[]; hasMore: boolean }> {
  const where: string[] = [];
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const { filter } = query;
  if (filter.model !== undefined) where.push(`model = ${param(filter.model)}`);
  if (filter.version !== undefined) where.push(`model_version = ${param(filter.version)}`);
  if (filter.deployment !== undefined) where.push(`deployment = ${param(filter.deployment)}`);
  if (filter.actor !== undefined) where.push(`actor = ${param(filter.actor)}`);
  if (filter.types !== undefined) where.push(`type = ANY(${param(filter.types)}::text[])`);
  if (filter.from !== undefined) where.push(`occurred_at >= ${param(new Date(filter.from).toISOString())}::timestamptz`);
  if (filter.to !== undefined) where.push(`occurred_at < ${param(new Date(filter.to).toISOString())}::timestamptz`);
  if (filter.afterPosition !== undefined) where.push(`position > ${param(filter.afterPosition.toString())}::bigint`);
  if (query.before !== undefined) where.push(`position < ${param(query.before.toString())}::bigint`);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const byTime = (filter.from !== undefined || filter.to !== undefined) && (await fewCandidates(pool, whereSql, [...values]));
  const limit = param(query.maxResults + 1);
  const { rows } = await pool.query<AuditRow>(
    byTime
      ? // The page's positions from the time index (`position + 0` hides the primary key's order from the planner),
        // then only those rows are read.
        `SELECT ${AUDIT_COLUMNS} FROM governance.audit WHERE position IN (
           SELECT position FROM governance.audit ${whereSql} ORDER BY position + 0 DESC LIMIT ${limit})
         ORDER BY position DESC`
      : `SELECT ${AUDIT_COLUMNS} FROM governance.audit ${whereSql} ORDER BY position DESC LIMIT ${limit}`,
    values,
  );
  const hasMore = rows.length > query.maxResults;
  return { records: rows.slice(0, query.maxResults).map(toAuditRecord), hasMore };
}

/** Above this many matching events in a time window, walking the trail newest first is left to the planner. */
const FEW_CANDIDATES = 100_000;

/**
 * Do fewer than FEW_CANDIDATES events match (counted on the best index for the filters, stopping at the bound)? The
 * planner assumes occurred_at and position are independent, so for "newest first, in this window" it walks the
 * primary key backwards and filters, which for a window far in the past reads most of the trail (0.8 s at 1,000,000
 * events in bench/audit.bench.ts). With few candidates the page is picked from their positions instead (for a time
 * window, with or without a type, index-only: 003_audit); with more, the backward walk stays, which is quick when
 * the window reaches towards the present and slow for a wide window far in the past (a known limit: narrow it).
 */
async function fewCandidates(pool: Pool, whereSql: string, values: unknown[]): Promise<boolean> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM governance.audit ${whereSql} LIMIT ${FEW_CANDIDATES}) w`,
    values,
  );
  return rows[0].n < FEW_CANDIDATES;
}
