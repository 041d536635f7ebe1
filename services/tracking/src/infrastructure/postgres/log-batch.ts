import { PoolClient, withTransaction } from '@cairn/postgres';
import { Pool } from 'pg';
import { latestPerKey } from '../../domain/latest-metric';
import { LifecycleStage } from '../../domain/model';
import { Batch, paramChangeError } from '../../domain/validation';
import { insertImmutableParams } from './immutable-params';
import { Queryable } from './sql';

/** The run's lifecycle stage as the write saw it; `null` when there is no such run (nothing was written). */
export type BatchOutcome = LifecycleStage | null;

/**
 * Writes a validated batch only if the run exists and is active, and says what it found, so the caller needs no
 * separate read first. Without params it is one statement (autocommit: all or nothing, one round trip — the hot
 * path of metric logging). With params it is one transaction: params first (a changed value throws, the
 * rollback leaves nothing written), then the same statement.
 */
export async function writeBatch(pool: Pool, runId: string, batch: Batch): Promise<BatchOutcome> {
  if (batch.params.length === 0) return writeGuarded(pool, runId, batch, false);
  return withTransaction(pool, async (db: PoolClient) => {
    const stage = await lockRunStage(db, runId);
    if (stage !== 'active') return stage;
    const change = await insertImmutableParams(db, 'run', runId, batch.params);
    if (change) throw paramChangeError(runId, change.key, change.old, change.new);
    if (batch.metrics.length + batch.tags.length > 0) await writeGuarded(db, runId, batch, true);
    return stage;
  });
}

/** Share-locks the run row for the transaction, so a concurrent delete cannot slip between check and write. */
async function lockRunStage(db: Queryable, runId: string): Promise<BatchOutcome> {
  const { rows } = await db.query<{ stage: LifecycleStage }>(
    `SELECT lifecycle_stage AS stage FROM tracking.runs WHERE run_id = $1 FOR SHARE`,
    [runId],
  );
  return rows[0]?.stage ?? null;
}

/**
 * Metric points, the latest-metric upsert and tags in one data-modifying statement, each part guarded by the
 * run being active (checked in the statement itself, or already by the caller's locked read).
 */
async function writeGuarded(db: Queryable, runId: string, batch: Batch, checked: boolean): Promise<BatchOutcome> {
  const { metrics, tags } = batch;
  const latest = latestPerKey(metrics).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // One row per key, the last value winning as consecutive set-tag calls would (an upsert cannot touch a row twice),
  // sorted so concurrent writers lock rows in the same order (no deadlocks).
  const sortedTags = [...new Map(tags.map((t) => [t.key, t.value] as const))]
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { rows } = await db.query<{ stage: LifecycleStage }>({
    // Named: PostgreSQL parses and plans it once per connection.
    name: checked ? 'tracking.write-batch.checked' : 'tracking.write-batch',
    text: `WITH run AS (
       SELECT lifecycle_stage AS stage FROM tracking.runs WHERE run_id = $1${checked ? '' : ' FOR SHARE'}),
     go AS (SELECT 1 FROM run WHERE stage = 'active'),
     points AS (
       INSERT INTO tracking.metrics (run_id, key, value, timestamp, step)
       SELECT $1, k, v, t, s FROM unnest($2::text[], $3::float8[], $4::bigint[], $5::bigint[]) AS u(k, v, t, s)
       WHERE EXISTS (SELECT 1 FROM go)),
     latest AS (
       INSERT INTO tracking.latest_metrics AS l (run_id, key, value, timestamp, step)
       SELECT $1, k, v, t, s FROM unnest($6::text[], $7::float8[], $8::bigint[], $9::bigint[]) AS u(k, v, t, s)
       WHERE EXISTS (SELECT 1 FROM go)
       ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, timestamp = excluded.timestamp, step = excluded.step
        WHERE (excluded.step, excluded.timestamp, excluded.value) > (l.step, l.timestamp, l.value)),
     tags AS (
       INSERT INTO tracking.tags (run_id, key, value)
       SELECT $1, k, v FROM unnest($10::text[], $11::text[]) AS u(k, v)
       WHERE EXISTS (SELECT 1 FROM go)
       ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value)
     SELECT stage FROM run`,
    values: [
      runId,
      metrics.map((m) => m.key),
      metrics.map((m) => m.value),
      metrics.map((m) => m.timestamp),
      metrics.map((m) => m.step),
      latest.map((m) => m.key),
      latest.map((m) => m.value),
      latest.map((m) => m.timestamp),
      latest.map((m) => m.step),
      sortedTags.map((t) => t.key),
      sortedTags.map((t) => t.value),
    ],
  });
  return rows[0]?.stage ?? null;
}
