import { LifecycleStage, RunInfo, RunStatus, TAG, Tag } from '../../domain/model';
import { Queryable, toNumber } from './sql';

/** The run rows: one function per statement. */
export const RUN_INFO_COLUMNS = `r.run_id, r.experiment_id::text AS experiment_id, r.name, r.user_id, r.status,
  r.start_time, r.end_time, r.artifact_uri, r.lifecycle_stage`;

export interface RunInfoRow {
  run_id: string;
  experiment_id: string;
  name: string;
  user_id: string;
  status: RunStatus;
  start_time: string;
  end_time: string | null;
  artifact_uri: string;
  lifecycle_stage: LifecycleStage;
}

export function toRunInfo(row: RunInfoRow): RunInfo {
  return {
    runId: row.run_id,
    runName: row.name,
    experimentId: row.experiment_id,
    userId: row.user_id,
    status: row.status,
    startTime: Number(row.start_time),
    endTime: toNumber(row.end_time),
    artifactUri: row.artifact_uri,
    lifecycleStage: row.lifecycle_stage,
  };
}

export async function insertRun(db: Queryable, info: RunInfo): Promise<void> {
  await db.query(
    `INSERT INTO tracking.runs (run_id, experiment_id, name, user_id, status, start_time, end_time, artifact_uri, lifecycle_stage)
     VALUES ($1, $2::bigint, $3, $4, $5, $6, $7, $8, $9)`,
    [info.runId, info.experimentId, info.runName, info.userId, info.status, info.startTime, info.endTime, info.artifactUri, info.lifecycleStage],
  );
}

export async function selectRunInfo(db: Queryable, runId: string, lock = false): Promise<RunInfo | null> {
  const { rows } = await db.query<RunInfoRow>(
    `SELECT ${RUN_INFO_COLUMNS} FROM tracking.runs r WHERE r.run_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [runId],
  );
  return rows.length ? toRunInfo(rows[0]) : null;
}

/** Writes status, end time and name; the name is mirrored in the `mlflow.runName` tag as MLflow does. */
export async function updateRunRow(db: Queryable, info: RunInfo): Promise<void> {
  await db.query(`UPDATE tracking.runs SET status = $2, end_time = $3, name = $4 WHERE run_id = $1`, [
    info.runId,
    info.status,
    info.endTime,
    info.runName,
  ]);
  await upsertRunTags(db, info.runId, [{ key: TAG.runName, value: info.runName }]);
}

export async function updateRunLifecycle(db: Queryable, runId: string, stage: LifecycleStage, now: number) {
  await db.query(`UPDATE tracking.runs SET lifecycle_stage = $2, deleted_time = $3 WHERE run_id = $1`, [
    runId,
    stage,
    stage === 'deleted' ? now : null,
  ]);
}

export async function upsertRunTags(db: Queryable, runId: string, tags: Tag[]): Promise<void> {
  if (tags.length === 0) return;
  await db.query(
    `INSERT INTO tracking.tags (run_id, key, value) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS u(k, v)
     ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value`,
    [runId, tags.map((t) => t.key), tags.map((t) => t.value)],
  );
}

export async function removeRunTag(db: Queryable, runId: string, key: string): Promise<boolean> {
  const { rowCount } = await db.query(`DELETE FROM tracking.tags WHERE run_id = $1 AND key = $2`, [runId, key]);
  return (rowCount ?? 0) > 0;
}
