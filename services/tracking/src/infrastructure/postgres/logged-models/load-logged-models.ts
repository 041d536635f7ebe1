import { LoggedModel, LoggedModelMetric, LoggedModelStatus } from '../../../domain/logged-model';
import { LifecycleStage, Param, Tag } from '../../../domain/model';
import { Queryable, toDouble, toNumber } from '../sql';

interface ModelRow {
  model_id: string;
  experiment_id: string;
  name: string;
  artifact_location: string;
  creation_timestamp_ms: string;
  last_updated_timestamp_ms: string;
  status: LoggedModelStatus;
  status_message: string | null;
  model_type: string | null;
  source_run_id: string | null;
  lifecycle_stage: LifecycleStage;
  tags: Tag[];
  params: Param[];
  metrics: Array<{
    key: string;
    value: number | string;
    timestamp: number;
    step: number;
    run_id: string | null;
    dataset_name: string | null;
    dataset_digest: string | null;
  }>;
}

/** Full models (info, tags, params, linked metrics) for `modelIds`, in that order, in one query. */
export async function loadLoggedModels(db: Queryable, modelIds: string[], lock = false): Promise<LoggedModel[]> {
  if (modelIds.length === 0) return [];
  const { rows } = await db.query<ModelRow>(
    `SELECT m.model_id, m.experiment_id::text AS experiment_id, m.name, m.artifact_location, m.creation_timestamp_ms,
       m.last_updated_timestamp_ms, m.status, m.status_message, m.model_type, m.source_run_id, m.lifecycle_stage,
       (SELECT coalesce(json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key), '[]')
          FROM tracking.logged_model_tags t WHERE t.model_id = m.model_id) AS tags,
       (SELECT coalesce(json_agg(json_build_object('key', p.key, 'value', p.value) ORDER BY p.key), '[]')
          FROM tracking.logged_model_params p WHERE p.model_id = m.model_id) AS params,
       (SELECT coalesce(json_agg(json_build_object('key', x.key, 'value', x.value, 'timestamp', x.timestamp,
                 'step', x.step, 'run_id', x.run_id, 'dataset_name', x.dataset_name, 'dataset_digest', x.dataset_digest)
                 ORDER BY x.position), '[]')
          FROM tracking.logged_model_metrics x WHERE x.model_id = m.model_id) AS metrics
     FROM unnest($1::text[]) WITH ORDINALITY AS ids(model_id, ord)
     JOIN tracking.logged_models m ON m.model_id = ids.model_id
     ORDER BY ids.ord${lock ? ' FOR UPDATE OF m' : ''}`,
    [modelIds],
  );
  return rows.map(toLoggedModel);
}

function toLoggedModel(row: ModelRow): LoggedModel {
  return {
    modelId: row.model_id,
    experimentId: row.experiment_id,
    name: row.name,
    artifactLocation: row.artifact_location,
    creationTimestampMs: Number(row.creation_timestamp_ms),
    lastUpdatedTimestampMs: Number(row.last_updated_timestamp_ms),
    status: row.status,
    statusMessage: row.status_message,
    modelType: row.model_type,
    sourceRunId: row.source_run_id,
    lifecycleStage: row.lifecycle_stage,
    tags: row.tags,
    params: row.params,
    metrics: row.metrics.map(
      (m): LoggedModelMetric => ({
        key: m.key,
        value: toDouble(m.value),
        timestamp: toNumber(m.timestamp)!,
        step: toNumber(m.step)!,
        modelId: row.model_id,
        runId: m.run_id,
        datasetName: m.dataset_name,
        datasetDigest: m.dataset_digest,
      }),
    ),
  };
}
