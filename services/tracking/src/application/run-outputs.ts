/** A model a run produced (MLflow 3's LoggedModelOutput): written by runs/outputs, read back by runs/get. */
export interface ModelOutput {
  modelId: string;
  step: number;
}

/** Reads a run's outputs; runs/get asks it after loading the run, so search-runs' page loads stay as they are. */
export interface RunOutputsReader {
  modelOutputs(runId: string): Promise<ModelOutput[]>;
}

/** Injection token of the RunOutputsReader (infrastructure/postgres/run-outputs.ts). */
export const RUN_OUTPUTS = Symbol('tracking.run-outputs');
