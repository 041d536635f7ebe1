import type { PoolClient } from 'pg';
import { LineageWrite } from '../lineage-events';

/**
 * Carries out one lineage write inside the consumer's transaction (together with the event's dedupe row). Every
 * statement is an upsert guarded by the run stream's version, so applying events again, or in another order,
 * leaves the same rows: a row only moves forward to a newer event of its run.
 */
export async function applyLineageWrite(tx: PoolClient, write: LineageWrite): Promise<void> {
  const { origin } = write;
  switch (write.kind) {
    case 'run-created': {
      const { data } = write;
      // The status is left alone on conflict: a RunFinished that arrived first already made the run terminal.
      await tx.query(
        `INSERT INTO registry.lineage_runs
           (run_id, experiment_id, name, parent_run_id, user_id, status, start_time, created_version)
         VALUES ($1, $2, $3, $4, $5, 'RUNNING', $6, $7)
         ON CONFLICT (run_id) DO UPDATE SET
           experiment_id = EXCLUDED.experiment_id, name = EXCLUDED.name, parent_run_id = EXCLUDED.parent_run_id,
           user_id = EXCLUDED.user_id, start_time = EXCLUDED.start_time, created_version = EXCLUDED.created_version,
           updated_at = now()
         WHERE lineage_runs.created_version IS NULL OR lineage_runs.created_version < EXCLUDED.created_version`,
        [origin.runId, data.experimentId, data.runName ?? null, data.parentRunId ?? null, data.userId ?? null,
          data.startTime ?? null, origin.streamVersion],
      );
      return;
    }
    case 'run-finished': {
      const { data } = write;
      // A run may finish more than once (MLflow lets a client set it RUNNING again): the latest finish wins.
      await tx.query(
        `INSERT INTO registry.lineage_runs (run_id, experiment_id, status, end_time, finished_version)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (run_id) DO UPDATE SET
           status = EXCLUDED.status, end_time = EXCLUDED.end_time, finished_version = EXCLUDED.finished_version,
           updated_at = now()
         WHERE lineage_runs.finished_version IS NULL OR lineage_runs.finished_version < EXCLUDED.finished_version`,
        [origin.runId, data.experimentId, data.status, data.endTime ?? null, origin.streamVersion],
      );
      return;
    }
    case 'dataset-logged': {
      const { data } = write;
      await tx.query(
        `INSERT INTO registry.lineage_datasets
           (run_id, name, digest, source_type, source, context, logged_at, stream_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (run_id, name, digest) DO UPDATE SET
           source_type = EXCLUDED.source_type, source = EXCLUDED.source, context = EXCLUDED.context,
           logged_at = EXCLUDED.logged_at, stream_version = EXCLUDED.stream_version
         WHERE lineage_datasets.stream_version < EXCLUDED.stream_version`,
        [origin.runId, data.name, data.digest, data.sourceType ?? null, data.source ?? null, data.context ?? null,
          origin.occurredAt, origin.streamVersion],
      );
      return;
    }
    case 'model-logged': {
      const { data } = write;
      await tx.query(
        `INSERT INTO registry.lineage_models
           (model_id, run_id, experiment_id, artifact_uri, name, model_type, logged_at, stream_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (model_id) DO UPDATE SET
           run_id = EXCLUDED.run_id, experiment_id = EXCLUDED.experiment_id, artifact_uri = EXCLUDED.artifact_uri,
           name = EXCLUDED.name, model_type = EXCLUDED.model_type, logged_at = EXCLUDED.logged_at,
           stream_version = EXCLUDED.stream_version
         WHERE lineage_models.stream_version < EXCLUDED.stream_version`,
        [data.modelId, origin.runId, data.experimentId ?? null, data.artifactUri, data.name ?? null,
          data.modelType ?? null, origin.occurredAt, origin.streamVersion],
      );
      return;
    }
    default: {
      const unhandled: never = write;
      throw new Error(`unhandled lineage write ${JSON.stringify(unhandled)}`);
    }
  }
}
