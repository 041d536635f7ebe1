import { Pool, withTransaction } from '@cairn/postgres';
import { sampledPointIndices } from '../../domain/metric-history-rules';
import { Metric } from '../../domain/model';
import { MetricWithRunId, Page } from '../../application/ports';
import { Queryable, toDouble } from './sql';

interface MetricRow {
  run_id: string;
  key: string;
  value: number;
  timestamp: string;
  step: string;
}

const toMetric = (row: MetricRow): Metric => ({
  key: row.key,
  value: toDouble(row.value),
  timestamp: Number(row.timestamp),
  step: Number(row.step),
});

/** Every point of one metric of one run, by step then timestamp. */
export async function metricHistory(
  db: Queryable,
  runId: string,
  key: string,
  offset: number,
  limit: number,
): Promise<Page<Metric>> {
  const { rows } = await db.query<MetricRow>(
    `SELECT run_id, key, value, timestamp, step FROM tracking.metrics WHERE run_id = $1 AND key = $2
      ORDER BY step, timestamp, value LIMIT $3 OFFSET $4`,
    [runId, key, limit + 1, offset],
  );
  return { items: rows.slice(0, limit).map(toMetric), more: rows.length > limit };
}

/** One run's points of the key within the optional step range; `$1` run ids, `$2` key, `$3`/`$4` the range. */
const IN_RANGE = `run_id = ANY($1::text[]) AND key = $2
   AND ($3::bigint IS NULL OR step >= $3) AND ($4::bigint IS NULL OR step <= $4)`;

/**
 * The UI's sampled history (get-history-bulk-interval): per run, the points `sampledPointIndices` keeps of the
 * run's points in range ordered by step, timestamp and value, runs in the order asked. The rows are counted, the
 * positions chosen in TypeScript, then only those rows are read, so a long history never leaves the database;
 * both reads share one snapshot (REPEATABLE READ), so points logged meanwhile cannot shift the positions.
 */
export async function metricHistoryBulkInterval(
  pool: Pool,
  runIds: string[],
  key: string,
  startStep: number | undefined,
  endStep: number | undefined,
  maxResults: number,
): Promise<MetricWithRunId[]> {
  const ids = [...new Set(runIds)];
  const range = [ids, key, startStep ?? null, endStep ?? null];
  return withTransaction(pool, async (db) => {
    await db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const counts = await db.query<{ run_id: string; total: string }>(
      `SELECT run_id, count(*) AS total FROM tracking.metrics WHERE ${IN_RANGE} GROUP BY run_id`,
      range,
    );
    const wanted = counts.rows.flatMap((row) =>
      sampledPointIndices(Number(row.total), maxResults).map((index) => ({ runId: row.run_id, index })),
    );
    if (wanted.length === 0) return [];
    const { rows } = await db.query<MetricRow>(
      `WITH numbered AS (
         SELECT run_id, key, value, timestamp, step,
                row_number() OVER (PARTITION BY run_id ORDER BY step, timestamp, value) - 1 AS idx
           FROM tracking.metrics WHERE ${IN_RANGE})
       SELECT n.run_id, n.key, n.value, n.timestamp, n.step
         FROM numbered n
         JOIN unnest($5::text[], $6::bigint[]) AS w(run_id, idx) ON w.run_id = n.run_id AND w.idx = n.idx
         JOIN unnest($1::text[]) WITH ORDINALITY AS r(run_id, ord) ON r.run_id = n.run_id
        ORDER BY r.ord, n.idx`,
      [...range, wanted.map((w) => w.runId), wanted.map((w) => w.index)],
    );
    return rows.map((row) => ({ ...toMetric(row), runId: row.run_id }));
  });
}
