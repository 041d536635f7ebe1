import { DatasetInput, Metric, Param, Run, Tag } from '../../domain/model';
import { RUN_INFO_COLUMNS, RunInfoRow, toRunInfo } from './runs';
import { Queryable, toDouble } from './sql';

interface RunRow extends RunInfoRow {
  metrics: Array<Omit<Metric, 'value'> & { value: number | string }>;
  params: Param[];
  tags: Tag[];
  inputs: Array<{
    tags: Tag[];
    dataset: { name: string; digest: string; source_type: string; source: string; schema: string | null; profile: string | null };
  }>;
}

/**
 * Full runs (info, latest metrics, params, tags, dataset inputs) for `runIds`, in that order, in one query. Each
 * child table is read once for the whole page (`run_id = ANY`, grouped per run) rather than by one correlated
 * subquery per run and table.
 */
export async function loadRuns(db: Queryable, runIds: string[]): Promise<Run[]> {
  if (runIds.length === 0) return [];
  const { rows } = await db.query<RunRow>(
    `WITH m AS (
       SELECT m.run_id, json_agg(json_build_object('key', m.key, 'value', m.value, 'timestamp', m.timestamp, 'step', m.step)
                ORDER BY m.key) AS metrics
         FROM tracking.latest_metrics m WHERE m.run_id = ANY($1::text[]) GROUP BY m.run_id),
     p AS (
       SELECT p.run_id, json_agg(json_build_object('key', p.key, 'value', p.value) ORDER BY p.key) AS params
         FROM tracking.params p WHERE p.run_id = ANY($1::text[]) GROUP BY p.run_id),
     t AS (
       SELECT t.run_id, json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key) AS tags
         FROM tracking.tags t WHERE t.run_id = ANY($1::text[]) GROUP BY t.run_id),
     i AS (
       SELECT i.run_id, json_agg(json_build_object('tags', i.tags, 'dataset', json_build_object(
                'name', d.name, 'digest', d.digest, 'source_type', d.source_type, 'source', d.source,
                'schema', d.schema, 'profile', d.profile)) ORDER BY i.position) AS inputs
         FROM tracking.run_inputs i JOIN tracking.datasets d ON d.dataset_id = i.dataset_id
        WHERE i.run_id = ANY($1::text[]) GROUP BY i.run_id)
     SELECT ${RUN_INFO_COLUMNS}, coalesce(m.metrics, '[]') AS metrics, coalesce(p.params, '[]') AS params,
            coalesce(t.tags, '[]') AS tags, coalesce(i.inputs, '[]') AS inputs
       FROM unnest($1::text[]) WITH ORDINALITY AS ids(run_id, ord)
       JOIN tracking.runs r ON r.run_id = ids.run_id
       LEFT JOIN m ON m.run_id = r.run_id
       LEFT JOIN p ON p.run_id = r.run_id
       LEFT JOIN t ON t.run_id = r.run_id
       LEFT JOIN i ON i.run_id = r.run_id
      ORDER BY ids.ord`,
    [runIds],
  );
  return rows.map((row) => ({
    info: toRunInfo(row),
    data: {
      metrics: row.metrics.map((m) => ({ ...m, value: toDouble(m.value) })),
      params: row.params,
      tags: row.tags,
    },
    inputs: {
      datasetInputs: row.inputs.map(
        (input): DatasetInput => ({
          tags: input.tags,
          dataset: {
            name: input.dataset.name,
            digest: input.dataset.digest,
            sourceType: input.dataset.source_type,
            source: input.dataset.source,
            schema: input.dataset.schema ?? undefined,
            profile: input.dataset.profile ?? undefined,
          },
        }),
      ),
    },
  }));
}
