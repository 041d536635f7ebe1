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

/**
 * The UI's sampled history: per run, at most `maxResults` steps evenly spread over the steps in range (always
 * keeping the first and last), and every point at those steps.
 */
export async function metricHistoryBulkInterval(
  db: Queryable,
  runIds: string[],
  key: string,
  startStep: number | undefined,
  endStep: number | undefined,
  maxResults: number,
): Promise<MetricWithRunId[]> {
  const { rows } = await db.query<MetricRow>(
    `WITH steps AS (
       SELECT run_id, step, row_number() OVER (PARTITION BY run_id ORDER BY step) - 1 AS idx,
              count(*) OVER (PARTITION BY run_id) AS total
         FROM (SELECT DISTINCT run_id, step FROM tracking.metrics
                WHERE run_id = ANY($1::text[]) AND key = $2
                  AND ($3::bigint IS NULL OR step >= $3) AND ($4::bigint IS NULL OR step <= $4)) s
     ), chosen AS (
       SELECT run_id, step FROM steps
        WHERE total <= $5 OR idx = total - 1
           OR floor(idx * ($5 - 1)::numeric / (total - 1)) <> floor((idx - 1) * ($5 - 1)::numeric / (total - 1))
     )
     SELECT m.run_id, m.key, m.value, m.timestamp, m.step FROM tracking.metrics m
       JOIN chosen c ON c.run_id = m.run_id AND c.step = m.step
      WHERE m.key = $2
      ORDER BY m.run_id, m.step, m.timestamp`,
    [runIds, key, startStep ?? null, endStep ?? null, maxResults],
  );
  return rows.map((row) => ({ ...toMetric(row), runId: row.run_id }));
}
