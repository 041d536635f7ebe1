import { DatasetInput, Run, Tag } from '../../domain/model';
import { RUN_INFO_COLUMNS, RunInfoRow, toRunInfo } from './runs';
import { Queryable, SqlParams, toDouble } from './sql';

type Pair = [key: string, value: string];

interface RunRow extends RunInfoRow {
  metrics: Array<[key: string, value: number | string, timestamp: number, step: number]>;
  params: Pair[];
  tags: Pair[];
  inputs: Array<[tags: Tag[], name: string, digest: string, sourceType: string, source: string, schema: string | null, profile: string | null]>;
}

/**
 * A run's children, each read by its primary key (`run_id, key`: already in key order, no sort) and sent as
 * compact JSON arrays rather than objects, which are smaller to build, send and parse.
 */
const RUN_COLUMNS = `${RUN_INFO_COLUMNS},
  (SELECT coalesce(json_agg(json_build_array(m.key, m.value, m.timestamp, m.step) ORDER BY m.key), '[]')
     FROM tracking.latest_metrics m WHERE m.run_id = r.run_id) AS metrics,
  (SELECT coalesce(json_agg(json_build_array(p.key, p.value) ORDER BY p.key), '[]')
     FROM tracking.params p WHERE p.run_id = r.run_id) AS params,
  (SELECT coalesce(json_agg(json_build_array(t.key, t.value) ORDER BY t.key), '[]')
     FROM tracking.tags t WHERE t.run_id = r.run_id) AS tags,
  (SELECT coalesce(json_agg(json_build_array(i.tags, d.name, d.digest, d.source_type, d.source, d.schema, d.profile)
            ORDER BY i.position), '[]')
     FROM tracking.run_inputs i JOIN tracking.datasets d ON d.dataset_id = i.dataset_id WHERE i.run_id = r.run_id) AS inputs`;

/** Full runs (info, latest metrics, params, tags, dataset inputs) for `runIds`, in that order, in one query. */
export async function loadRuns(db: Queryable, runIds: string[]): Promise<Run[]> {
  if (runIds.length === 0) return [];
  const { rows } = await db.query<RunRow>(
    `SELECT ${RUN_COLUMNS}
       FROM unnest($1::text[]) WITH ORDINALITY AS ids(run_id, ord) JOIN tracking.runs r ON r.run_id = ids.run_id
      ORDER BY ids.ord`,
    [runIds],
  );
  return rows.map(toRun);
}

/**
 * One page of full runs for `SELECT <run_id AS id> ... ORDER BY ...` (no LIMIT yet), in one statement: the page of
 * ids is materialised in order and numbered, then hydrated. One row more than the page says whether more follow.
 */
export async function loadRunPage(
  db: Queryable,
  idQuery: string,
  params: SqlParams,
  page: { limit: number; offset: number },
): Promise<{ items: Run[]; more: boolean }> {
  const { rows } = await db.query<RunRow>(
    `WITH page AS MATERIALIZED (${idQuery} LIMIT ${params.add(page.limit + 1)} OFFSET ${params.add(page.offset)}),
          ids AS (SELECT id, row_number() OVER () AS ord FROM page)
     SELECT ${RUN_COLUMNS} FROM ids JOIN tracking.runs r ON r.run_id = ids.id ORDER BY ids.ord`,
    params.values,
  );
  return { items: rows.slice(0, page.limit).map(toRun), more: rows.length > page.limit };
}

function toRun(row: RunRow): Run {
  return {
    info: toRunInfo(row),
    data: {
      metrics: row.metrics.map(([key, value, timestamp, step]) => ({ key, value: toDouble(value), timestamp, step })),
      params: row.params.map(([key, value]) => ({ key, value })),
      tags: row.tags.map(([key, value]) => ({ key, value })),
    },
    inputs: {
      datasetInputs: row.inputs.map(
        ([tags, name, digest, sourceType, source, schema, profile]): DatasetInput => ({
          tags,
          dataset: { name, digest, sourceType, source, schema: schema ?? undefined, profile: profile ?? undefined },
        }),
      ),
    },
  };
}
