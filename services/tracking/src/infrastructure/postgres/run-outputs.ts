import { ModelOutput, RunOutputsReader } from '../../application/run-outputs';
import { Queryable } from './sql';

/** The models a run produced, from `run_outputs` (deleted models included, as MLflow's get_run lists them). */
export async function selectModelOutputs(db: Queryable, runId: string): Promise<ModelOutput[]> {
  const { rows } = await db.query<{ model_id: string; step: string }>(
    'SELECT model_id, step FROM tracking.run_outputs WHERE run_id = $1 ORDER BY step, model_id',
    [runId],
  );
  return rows.map((row) => ({ modelId: row.model_id, step: Number(row.step) }));
}

export class PostgresRunOutputs implements RunOutputsReader {
  constructor(private readonly db: Queryable) {}

  modelOutputs(runId: string): Promise<ModelOutput[]> {
    return selectModelOutputs(this.db, runId);
  }
}
