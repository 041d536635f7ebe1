import { NewEvent } from '@cairn/contracts';
import { DatasetInput, RunInfo, TAG } from '../../domain/model';
import { DatasetSummary } from '../../application/ports';
import { Queryable } from './sql';

/**
 * Datasets are shared per experiment (unique name + digest); a run's input is recorded once. Returns the inputs
 * that were new to the run, so the caller emits DatasetLogged only for those.
 */
export async function writeInputs(db: Queryable, run: RunInfo, inputs: DatasetInput[]): Promise<DatasetInput[]> {
  const fresh: DatasetInput[] = [];
  for (const input of inputs) {
    const { dataset } = input;
    const { rows } = await db.query<{ dataset_id: string }>(
      `WITH ins AS (
         INSERT INTO tracking.datasets (experiment_id, name, digest, source_type, source, schema, profile)
         VALUES ($1::bigint, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (experiment_id, name, digest) DO NOTHING RETURNING dataset_id)
       SELECT dataset_id FROM ins
       UNION ALL SELECT dataset_id FROM tracking.datasets WHERE experiment_id = $1::bigint AND name = $2 AND digest = $3
       LIMIT 1`,
      [run.experimentId, dataset.name, dataset.digest, dataset.sourceType ?? '', dataset.source ?? '', dataset.schema ?? null, dataset.profile ?? null],
    );
    const context = input.tags.find((tag) => tag.key === TAG.datasetContext)?.value ?? null;
    const inserted = await db.query(
      `INSERT INTO tracking.run_inputs (run_id, dataset_id, tags, context) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (run_id, dataset_id) DO NOTHING`,
      [run.runId, rows[0].dataset_id, JSON.stringify(input.tags), context],
    );
    if ((inserted.rowCount ?? 0) > 0) fresh.push(input);
  }
  return fresh;
}

export type EventsForInputs = (fresh: DatasetInput[]) => NewEvent[];

/** search-datasets: the distinct datasets (with their input context) logged by runs of these experiments. */
export async function datasetSummaries(db: Queryable, experimentIds: string[], limit: number): Promise<DatasetSummary[]> {
  const { rows } = await db.query<{ experiment_id: string; name: string; digest: string; context: string | null }>(
    `SELECT DISTINCT d.experiment_id::text AS experiment_id, d.name, d.digest, ri.context
       FROM tracking.datasets d JOIN tracking.run_inputs ri ON ri.dataset_id = d.dataset_id
      WHERE d.experiment_id = ANY($1::bigint[])
      ORDER BY 1, 2, 3, 4 LIMIT $2`,
    [experimentIds, limit],
  );
  return rows.map((row) => ({ experimentId: row.experiment_id, name: row.name, digest: row.digest, context: row.context }));
}
