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
  const { rows } = await pool.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM governance.audit
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY position DESC LIMIT ${param(query.maxResults + 1)}`,
    values,
  );
  const hasMore = rows.length > query.maxResults;
  return { records: rows.slice(0, query.maxResults).map(toAuditRecord), hasMore };
}
