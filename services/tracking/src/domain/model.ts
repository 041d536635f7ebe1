/** Tracking's entities as the core sees them (protocol-neutral; adapters convert to MLflow JSON or protobuf). */
export type LifecycleStage = 'active' | 'deleted';
export type RunStatus = 'RUNNING' | 'SCHEDULED' | 'FINISHED' | 'FAILED' | 'KILLED';
export const RUN_STATUSES: readonly RunStatus[] = ['RUNNING', 'SCHEDULED', 'FINISHED', 'FAILED', 'KILLED'];
export type ViewType = 'ACTIVE_ONLY' | 'DELETED_ONLY' | 'ALL';

export interface Tag {
  key: string;
  value: string;
}
export type Param = Tag;

export interface Metric {
  key: string;
  /** May be NaN or ±Infinity. */
  value: number;
  timestamp: number;
  step: number;
}

export interface Experiment {
  experimentId: string;
  name: string;
  artifactLocation: string;
  lifecycleStage: LifecycleStage;
  creationTime: number;
  lastUpdateTime: number;
  tags: Tag[];
}

export interface RunInfo {
  runId: string;
  runName: string;
  experimentId: string;
  userId: string;
  status: RunStatus;
  startTime: number;
  endTime: number | null;
  artifactUri: string;
  lifecycleStage: LifecycleStage;
}

export interface Dataset {
  name: string;
  digest: string;
  sourceType: string;
  source: string;
  schema?: string;
  profile?: string;
}

export interface DatasetInput {
  tags: Tag[];
  dataset: Dataset;
}

export interface Run {
  info: RunInfo;
  data: { metrics: Metric[]; params: Param[]; tags: Tag[] };
  inputs: { datasetInputs: DatasetInput[] };
}

/** MLflow's reserved tag names the core interprets. */
export const TAG = {
  runName: 'mlflow.runName',
  parentRunId: 'mlflow.parentRunId',
  user: 'mlflow.user',
  datasetContext: 'mlflow.data.context',
} as const;

export const DEFAULT_EXPERIMENT_ID = '0';

/** Where artifacts go until the artifact module says otherwise (MLflow's proxied-artifact scheme). */
export function defaultArtifactLocation(experimentId: string): string {
  return `mlflow-artifacts:/${experimentId}`;
}

export function runArtifactUri(artifactLocation: string, runId: string): string {
  return `${artifactLocation.replace(/\/+$/, '')}/${runId}/artifacts`;
}
