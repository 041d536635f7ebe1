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
  const limit = param(query.maxResults + 1);
  const byTime = (filter.from !== undefined || filter.to !== undefined) && (await narrowWindow(pool, filter.from, filter.to));
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

/** Above this many events in the time window, walking the trail newest first is left to the planner. */
const NARROW_WINDOW = 100_000;

/**
 * Does the time window hold few events (counted on the occurred_at index, stopping at NARROW_WINDOW)? The planner
 * assumes occurred_at and position are independent, so for "newest first, in this window" it walks the primary key
 * backwards and filters, which for a window far in the past reads most of the trail (0.8 s at 1,000,000 events in
 * bench/audit.bench.ts). For a window of fewer than NARROW_WINDOW events the page is picked from the time index's
 * positions instead (index-only, 003_audit); a wider window keeps the backward walk, which is quick when the window
 * reaches towards the present and slow for a wide window far in the past (a known limit: narrow the window).
 */
async function narrowWindow(pool: Pool, from: number | undefined, to: number | undefined): Promise<boolean> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (from !== undefined) where.push(`occurred_at >= $${values.push(new Date(from).toISOString())}::timestamptz`);
  if (to !== undefined) where.push(`occurred_at < $${values.push(new Date(to).toISOString())}::timestamptz`);
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM governance.audit WHERE ${where.join(' AND ')} LIMIT ${NARROW_WINDOW}) w`,
    values,
  );
  return rows[0].n < NARROW_WINDOW;
}
