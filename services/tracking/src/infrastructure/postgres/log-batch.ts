import { latestPerKey } from '../../domain/latest-metric';
import { Batch, paramChangeError } from '../../domain/validation';
import { insertImmutableParams } from './immutable-params';
import { upsertRunTags } from './runs';
import { Queryable } from './sql';

/**
 * Writes a validated batch in the caller's transaction: params first (a changed value throws, so the caller's
 * rollback leaves nothing written), then metric points, the latest-metric upsert, then tags.
 */
export async function writeBatch(db: Queryable, runId: string, batch: Batch): Promise<void> {
  if (batch.params.length > 0) await writeParams(db, runId, batch);
  if (batch.metrics.length > 0) await writeMetrics(db, runId, batch);
  await upsertRunTags(db, runId, batch.tags);
}

async function writeParams(db: Queryable, runId: string, batch: Batch): Promise<void> {
  const change = await insertImmutableParams(db, 'run', runId, batch.params);
  if (change) throw paramChangeError(runId, change.key, change.old, change.new);
}

/** Points and the latest-metric upsert in one statement (a data-modifying CTE): one round trip, not two. */
async function writeMetrics(db: Queryable, runId: string, batch: Batch): Promise<void> {
  const { metrics } = batch;
  const latest = latestPerKey(metrics).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await db.query(
    `WITH points AS (
       INSERT INTO tracking.metrics (run_id, key, value, timestamp, step)
       SELECT $1, k, v, t, s FROM unnest($2::text[], $3::float8[], $4::bigint[], $5::bigint[]) AS u(k, v, t, s))
     INSERT INTO tracking.latest_metrics AS l (run_id, key, value, timestamp, step)
     SELECT $1, k, v, t, s FROM unnest($6::text[], $7::float8[], $8::bigint[], $9::bigint[]) AS u(k, v, t, s)
     ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, timestamp = excluded.timestamp, step = excluded.step
      WHERE (excluded.step, excluded.timestamp, excluded.value) > (l.step, l.timestamp, l.value)`,
    [
      runId,
      metrics.map((m) => m.key),
      metrics.map((m) => m.value),
      metrics.map((m) => m.timestamp),
      metrics.map((m) => m.step),
      latest.map((m) => m.key),
      latest.map((m) => m.value),
      latest.map((m) => m.timestamp),
      latest.map((m) => m.step),
    ],
  );
}
