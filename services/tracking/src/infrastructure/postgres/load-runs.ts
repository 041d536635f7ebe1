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

/** Full runs (info, latest metrics, params, tags, dataset inputs) for `runIds`, in that order, in one query. */
export async function loadRuns(db: Queryable, runIds: string[]): Promise<Run[]> {
  if (runIds.length === 0) return [];
  const { rows } = await db.query<RunRow>(
    `SELECT ${RUN_INFO_COLUMNS},
       (SELECT coalesce(json_agg(json_build_object('key', m.key, 'value', m.value, 'timestamp', m.timestamp, 'step', m.step)
                 ORDER BY m.key), '[]') FROM tracking.latest_metrics m WHERE m.run_id = r.run_id) AS metrics,
       (SELECT coalesce(json_agg(json_build_object('key', p.key, 'value', p.value) ORDER BY p.key), '[]')
          FROM tracking.params p WHERE p.run_id = r.run_id) AS params,
       (SELECT coalesce(json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key), '[]')
          FROM tracking.tags t WHERE t.run_id = r.run_id) AS tags,
       (SELECT coalesce(json_agg(json_build_object('tags', i.tags, 'dataset', json_build_object(
                 'name', d.name, 'digest', d.digest, 'source_type', d.source_type, 'source', d.source,
                 'schema', d.schema, 'profile', d.profile)) ORDER BY i.position), '[]')
          FROM tracking.run_inputs i JOIN tracking.datasets d ON d.dataset_id = i.dataset_id
         WHERE i.run_id = r.run_id) AS inputs
     FROM unnest($1::text[]) WITH ORDINALITY AS ids(run_id, ord)
     JOIN tracking.runs r ON r.run_id = ids.run_id
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
