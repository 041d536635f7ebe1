import { LoggedModel, LoggedModelMetric, LoggedModelStatus, modelParamChangeError } from '../../../domain/logged-model';
import { LifecycleStage, Param, Tag } from '../../../domain/model';
import { insertImmutableParams } from '../immutable-params';
import { Queryable } from '../sql';

/** The logged-model rows: one function per statement. */
export async function insertLoggedModel(db: Queryable, m: LoggedModel): Promise<void> {
  await db.query(
    `INSERT INTO tracking.logged_models (model_id, experiment_id, name, artifact_location, creation_timestamp_ms,
       last_updated_timestamp_ms, status, status_message, model_type, source_run_id, lifecycle_stage)
     VALUES ($1, $2::bigint, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [m.modelId, m.experimentId, m.name, m.artifactLocation, m.creationTimestampMs, m.lastUpdatedTimestampMs, m.status,
      m.statusMessage, m.modelType, m.sourceRunId, m.lifecycleStage],
  );
}

export async function updateModelStatus(db: Queryable, modelId: string, status: LoggedModelStatus, now: number) {
  await db.query(`UPDATE tracking.logged_models SET status = $2, last_updated_timestamp_ms = $3 WHERE model_id = $1`, [
    modelId,
    status,
    now,
  ]);
}

export async function updateModelLifecycle(db: Queryable, modelId: string, stage: LifecycleStage, now: number) {
  await db.query(`UPDATE tracking.logged_models SET lifecycle_stage = $2, last_updated_timestamp_ms = $3 WHERE model_id = $1`, [
    modelId,
    stage,
    now,
  ]);
}

export async function upsertModelTags(db: Queryable, modelId: string, tags: Tag[]): Promise<void> {
  if (tags.length === 0) return;
  await db.query(
    `INSERT INTO tracking.logged_model_tags (model_id, key, value) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS u(k, v)
     ON CONFLICT (model_id, key) DO UPDATE SET value = excluded.value`,
    [modelId, tags.map((t) => t.key), tags.map((t) => t.value)],
  );
}

export async function removeModelTag(db: Queryable, modelId: string, key: string): Promise<boolean> {
  const { rowCount } = await db.query(`DELETE FROM tracking.logged_model_tags WHERE model_id = $1 AND key = $2`, [modelId, key]);
  return (rowCount ?? 0) > 0;
}

/** Params are immutable like a run's: the same value again is a no-op, another value throws (caller rolls back). */
export async function insertModelParams(db: Queryable, modelId: string, params: Param[]): Promise<void> {
  const change = await insertImmutableParams(db, 'model', modelId, params);
  if (change) throw modelParamChangeError(modelId, change.key, change.old, change.new);
}

export async function insertModelMetrics(db: Queryable, metrics: LoggedModelMetric[]): Promise<void> {
  if (metrics.length === 0) return;
  await db.query(
    `INSERT INTO tracking.logged_model_metrics (model_id, key, value, timestamp, step, run_id, dataset_name, dataset_digest)
     SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::bigint[], $5::bigint[], $6::text[], $7::text[], $8::text[])`,
    [
      metrics.map((m) => m.modelId),
      metrics.map((m) => m.key),
      metrics.map((m) => m.value),
      metrics.map((m) => m.timestamp),
      metrics.map((m) => m.step),
      metrics.map((m) => m.runId),
      metrics.map((m) => m.datasetName),
      metrics.map((m) => m.datasetDigest),
    ],
  );
}

export async function upsertRunOutputs(db: Queryable, runId: string, all: Array<{ modelId: string; step: number }>) {
  // One row per model (a repeated model keeps its last step): ON CONFLICT may not touch a row twice.
  const outputs = [...new Map(all.map((o) => [o.modelId, o])).values()];
  await db.query(
    `INSERT INTO tracking.run_outputs (run_id, model_id, step) SELECT $1, m, s FROM unnest($2::text[], $3::bigint[]) AS u(m, s)
     ON CONFLICT (run_id, model_id) DO UPDATE SET step = excluded.step`,
    [runId, outputs.map((o) => o.modelId), outputs.map((o) => o.step)],
  );
}

export async function selectActiveModelIds(db: Queryable, modelIds: string[]): Promise<Set<string>> {
  const { rows } = await db.query<{ model_id: string }>(
    `SELECT model_id FROM tracking.logged_models WHERE model_id = ANY($1::text[]) AND lifecycle_stage = 'active'`,
    [modelIds],
  );
  return new Set(rows.map((r) => r.model_id));
}
