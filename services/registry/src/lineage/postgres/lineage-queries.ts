import type { Pool } from 'pg';

/** A pool, or a client inside a transaction (tests read their own uncommitted writes). */
export type Queryable = Pick<Pool, 'query'>;
import { LineageDataset, LineageModel, LineageRun, LineageRunStatus, RecordedRun } from '../lineage-records';

interface RunRow {
  run_id: string;
  experiment_id: string;
  name: string | null;
  parent_run_id: string | null;
  user_id: string | null;
  status: LineageRunStatus;
  start_time: number | null;
  end_time: number | null;
}

interface DatasetRow {
  run_id: string;
  name: string;
  digest: string;
  source_type: string | null;
  source: string | null;
  context: string | null;
  logged_at: string;
}

interface ModelRow {
  model_id: string;
  run_id: string | null;
  experiment_id: string | null;
  artifact_uri: string;
  name: string | null;
  model_type: string | null;
  logged_at: string;
}

const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/**
 * Reads what the lineage consumer recorded (migration 003_lineage). Rows come back as JSON so a run with its
 * datasets and models is one round trip and one snapshot.
 */
export class LineageQueries {
  constructor(private readonly db: Queryable) {}

  /** The run (undefined until its RunCreated or RunFinished arrived), its datasets and models, in logging order. */
  async recordedRun(runId: string): Promise<RecordedRun> {
    const { rows } = await this.db.query<{ run: RunRow | null; datasets: DatasetRow[]; models: ModelRow[] }>(
      `SELECT
         (SELECT row_to_json(r) FROM registry.lineage_runs r WHERE r.run_id = $1) AS run,
         COALESCE((SELECT json_agg(d ORDER BY d.stream_version, d.name, d.digest)
                   FROM registry.lineage_datasets d WHERE d.run_id = $1), '[]') AS datasets,
         COALESCE((SELECT json_agg(m ORDER BY m.stream_version, m.model_id)
                   FROM registry.lineage_models m WHERE m.run_id = $1), '[]') AS models`,
      [runId],
    );
    const { run, datasets, models } = rows[0];
    return { run: run ? toRun(run) : undefined, datasets: datasets.map(toDataset), models: models.map(toModel) };
  }

  async model(modelId: string): Promise<LineageModel | undefined> {
    const { rows } = await this.db.query<ModelRow>(
      `SELECT model_id, run_id, experiment_id, artifact_uri, name, model_type, to_json(logged_at) #>> '{}' AS logged_at
       FROM registry.lineage_models WHERE model_id = $1`,
      [modelId],
    );
    return rows[0] ? toModel(rows[0]) : undefined;
  }
}

function toRun(row: RunRow): LineageRun {
  return {
    runId: row.run_id,
    experimentId: row.experiment_id,
    name: opt(row.name),
    parentRunId: opt(row.parent_run_id),
    userId: opt(row.user_id),
    status: row.status,
    startTime: opt(row.start_time),
    endTime: opt(row.end_time),
  };
}

function toDataset(row: DatasetRow): LineageDataset {
  return {
    runId: row.run_id,
    name: row.name,
    digest: row.digest,
    sourceType: opt(row.source_type),
    source: opt(row.source),
    context: opt(row.context),
    loggedAt: Date.parse(row.logged_at),
  };
}

function toModel(row: ModelRow): LineageModel {
  return {
    modelId: row.model_id,
    runId: opt(row.run_id),
    experimentId: opt(row.experiment_id),
    artifactUri: row.artifact_uri,
    name: opt(row.name),
    modelType: opt(row.model_type),
    loggedAt: Date.parse(row.logged_at),
  };
}
