import { Param } from '../../domain/model';
import { Queryable } from './sql';

/** The owners whose params are immutable: a run's (`tracking.params`) and a logged model's. */
const PARAM_TABLES = {
  run: { table: 'tracking.params', owner: 'run_id' },
  model: { table: 'tracking.logged_model_params', owner: 'model_id' },
} as const;

export interface ParamChange {
  key: string;
  old: string;
  new: string;
}

/**
 * Inserts params that are new, keeps those logged again with the same value, and returns the first one logged
 * with a different value (the caller throws its own error and rolls back) — MLflow's params are immutable.
 */
export async function insertImmutableParams(
  db: Queryable,
  owner: keyof typeof PARAM_TABLES,
  ownerId: string,
  params: Param[],
): Promise<ParamChange | undefined> {
  if (params.length === 0) return undefined;
  const { table, owner: column } = PARAM_TABLES[owner];
  // Sorted so concurrent writers lock rows in the same order (no deadlocks).
  const sorted = [...params].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keys = sorted.map((p) => p.key);
  const values = sorted.map((p) => p.value);
  await db.query(
    `INSERT INTO ${table} (${column}, key, value) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS u(k, v)
     ON CONFLICT (${column}, key) DO NOTHING`,
    [ownerId, keys, values],
  );
  const { rows } = await db.query<ParamChange>(
    `SELECT p.key, p.value AS old, u.v AS new FROM unnest($2::text[], $3::text[]) AS u(k, v)
       JOIN ${table} p ON p.${column} = $1 AND p.key = u.k WHERE p.value <> u.v LIMIT 1`,
    [ownerId, keys, values],
  );
  return rows[0];
}
