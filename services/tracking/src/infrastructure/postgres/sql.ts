import { PoolClient } from '@cairn/postgres';
import { Pool } from 'pg';
import { Comparator } from '../../domain/search/filter-parser';
import { ClauseValue } from '../../domain/search/clauses';

export type Queryable = Pick<Pool | PoolClient, 'query'>;

/** Collects bind values; user input only ever reaches SQL as `$n` parameters. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `column <comparator> value` for a validated clause (comparators come from the parser's closed set). */
export function comparison(column: string, comparator: Comparator, value: ClauseValue, params: SqlParams): string {
  switch (comparator) {
    case 'IN':
      return `${column} = ANY(${params.add(value)}::text[])`;
    case 'NOT IN':
      return `${column} <> ALL(${params.add(value)}::text[])`;
    case 'LIKE':
      return `${column} LIKE ${params.add(value)}`;
    case 'ILIKE':
      return `${column} ILIKE ${params.add(value)}`;
    case '=':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const operator = comparator === '!=' ? '<>' : comparator;
      const cast = typeof value === 'number' ? '::float8' : '::text';
      return `${column} ${operator} ${params.add(value)}${cast}`;
    }
  }
}

export const LIFECYCLE_FOR_VIEW = {
  ACTIVE_ONLY: ['active'],
  DELETED_ONLY: ['deleted'],
  ALL: ['active', 'deleted'],
} as const;

/** PostgreSQL bigint columns arrive as strings; MLflow's int64 fields leave as JSON numbers. */
export const toNumber = (value: string | number | null): number | null => (value === null ? null : Number(value));

/** float8 arrives as a number from columns and as a number or "NaN"/"Infinity" string from json_build_object. */
export const toDouble = (value: number | string): number => (typeof value === 'number' ? value : Number(value));

/**
 * One page of ids from `SELECT <id> ... ORDER BY ...` (no LIMIT yet): asks for one row more than the page to
 * learn whether another page follows, without counting.
 */
export async function selectIdPage(
  db: Queryable,
  query: string,
  params: SqlParams,
  page: { limit: number; offset: number },
): Promise<{ ids: string[]; more: boolean }> {
  const { rows } = await db.query<{ id: string }>(
    `${query} LIMIT ${params.add(page.limit + 1)} OFFSET ${params.add(page.offset)}`,
    params.values,
  );
  return { ids: rows.slice(0, page.limit).map((row) => row.id), more: rows.length > page.limit };
}
