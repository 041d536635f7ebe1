import { Experiment, LifecycleStage, Tag } from '../../domain/model';
import { Queryable } from './sql';

/** The experiment rows: one function per statement. */
export const EXPERIMENT_COLUMNS = `
  e.experiment_id::text AS experiment_id, e.name, e.artifact_location, e.lifecycle_stage, e.creation_time,
  e.last_update_time,
  (SELECT coalesce(json_agg(json_build_object('key', t.key, 'value', t.value) ORDER BY t.key), '[]')
     FROM tracking.experiment_tags t WHERE t.experiment_id = e.experiment_id) AS tags`;

export interface ExperimentRow {
  experiment_id: string;
  name: string;
  artifact_location: string;
  lifecycle_stage: LifecycleStage;
  creation_time: string;
  last_update_time: string;
  tags: Tag[];
}

export function toExperiment(row: ExperimentRow): Experiment {
  return {
    experimentId: row.experiment_id,
    name: row.name,
    artifactLocation: row.artifact_location,
    lifecycleStage: row.lifecycle_stage,
    creationTime: Number(row.creation_time),
    lastUpdateTime: Number(row.last_update_time),
    tags: row.tags,
  };
}

export async function insertExperiment(
  db: Queryable,
  name: string,
  artifactLocation: string | undefined,
  now: number,
): Promise<string> {
  const { rows } = await db.query<{ experiment_id: string }>(
    `WITH next AS (SELECT nextval('tracking.experiment_id_seq') AS id)
     INSERT INTO tracking.experiments (experiment_id, name, artifact_location, creation_time, last_update_time)
     SELECT id, $1, coalesce($2, 'mlflow-artifacts:/' || id), $3, $3 FROM next
     RETURNING experiment_id::text`,
    [name, artifactLocation ?? null, now],
  );
  return rows[0].experiment_id;
}

export async function selectExperiment(db: Queryable, where: 'id' | 'name', value: string): Promise<Experiment | null> {
  const column = where === 'id' ? 'e.experiment_id = $1::bigint' : 'e.name = $1';
  const { rows } = await db.query<ExperimentRow>(`SELECT ${EXPERIMENT_COLUMNS} FROM tracking.experiments e WHERE ${column}`, [
    value,
  ]);
  return rows.length ? toExperiment(rows[0]) : null;
}

/**
 * Deleting an experiment deletes its active runs at the same instant; restoring it restores exactly those
 * (deleted_time equal to the experiment's deletion time), as MLflow does.
 */
export async function updateExperimentLifecycle(
  db: Queryable,
  experimentId: string,
  stage: LifecycleStage,
  now: number,
): Promise<void> {
  const { rows } = await db.query<{ previous: string }>(
    `WITH previous AS (SELECT last_update_time FROM tracking.experiments WHERE experiment_id = $1::bigint)
     UPDATE tracking.experiments e SET lifecycle_stage = $2, last_update_time = $3
       FROM previous WHERE e.experiment_id = $1::bigint RETURNING previous.last_update_time AS previous`,
    [experimentId, stage, now],
  );
  if (stage === 'deleted') {
    await db.query(
      `UPDATE tracking.runs SET lifecycle_stage = 'deleted', deleted_time = $2
        WHERE experiment_id = $1::bigint AND lifecycle_stage = 'active'`,
      [experimentId, now],
    );
  } else if (rows.length) {
    await db.query(
      `UPDATE tracking.runs SET lifecycle_stage = 'active', deleted_time = NULL
        WHERE experiment_id = $1::bigint AND lifecycle_stage = 'deleted' AND deleted_time = $2`,
      [experimentId, rows[0].previous],
    );
  }
}

export async function updateExperimentName(db: Queryable, experimentId: string, name: string, now: number) {
  await db.query(`UPDATE tracking.experiments SET name = $2, last_update_time = $3 WHERE experiment_id = $1::bigint`, [
    experimentId,
    name,
    now,
  ]);
}

export async function upsertExperimentTags(db: Queryable, experimentId: string, tags: Tag[]): Promise<void> {
  if (tags.length === 0) return;
  await db.query(
    `INSERT INTO tracking.experiment_tags (experiment_id, key, value)
     SELECT $1::bigint, k, v FROM unnest($2::text[], $3::text[]) AS u(k, v)
     ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value`,
    [experimentId, tags.map((t) => t.key), tags.map((t) => t.value)],
  );
}

export async function removeExperimentTag(db: Queryable, experimentId: string, key: string): Promise<boolean> {
  const { rowCount } = await db.query(`DELETE FROM tracking.experiment_tags WHERE experiment_id = $1::bigint AND key = $2`, [
    experimentId,
    key,
  ]);
  return (rowCount ?? 0) > 0;
}
