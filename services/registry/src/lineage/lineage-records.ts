/**
 * What the lineage consumer records from tracking's events (migration 003_lineage) and `LineageQueries` reads
 * back. Times are epoch milliseconds.
 */
export type LineageRunStatus = 'RUNNING' | 'FINISHED' | 'FAILED' | 'KILLED';

export interface LineageRun {
  runId: string;
  experimentId: string;
  name?: string;
  parentRunId?: string;
  userId?: string;
  status: LineageRunStatus;
  startTime?: number;
  endTime?: number;
}

export interface LineageDataset {
  runId: string;
  name: string;
  digest: string;
  sourceType?: string;
  source?: string;
  context?: string;
  loggedAt: number;
}

export interface LineageModel {
  modelId: string;
  runId?: string;
  experimentId?: string;
  artifactUri: string;
  name?: string;
  modelType?: string;
  loggedAt: number;
}

/** Everything recorded about one run: the run (if its RunCreated or RunFinished arrived), its datasets and models. */
export interface RecordedRun {
  run?: LineageRun;
  datasets: LineageDataset[];
  models: LineageModel[];
}
