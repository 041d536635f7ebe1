import { LineageInput } from '../domain';
import { LoggedModelRecord, RunRecord } from './ports';

/** MLflow's run tags that say which code produced a run (mlflow/utils/mlflow_tags.py). */
const CODE_TAGS = {
  gitCommit: 'mlflow.source.git.commit',
  gitRepoUrl: 'mlflow.source.git.repoURL',
  gitBranch: 'mlflow.source.git.branch',
  sourceName: 'mlflow.source.name',
  sourceType: 'mlflow.source.type',
  entryPoint: 'mlflow.project.entryPoint',
} as const;

/** The input tag MLflow puts on a dataset input to say how the run used it (training, validation, …). */
const DATASET_CONTEXT_TAG = 'mlflow.data.context';
export { DATASET_CONTEXT_TAG };

/**
 * A version's lineage at registration (DESIGN.md promotion flow step 2), from what tracking knows: the source run
 * (experiment, datasets with digests, code version tags, params, a snapshot of its latest metrics) and the logged
 * model. Either may be absent: a logged model need not come from a run, an mlflow-artifacts source from a run
 * names no model. Pure.
 */
export function lineageOf(run: RunRecord | null, model: LoggedModelRecord | null): LineageInput {
  const tags = new Map((run?.tags ?? []).map(({ key, value }) => [key, value]));
  const codeVersion = Object.fromEntries(
    Object.entries(CODE_TAGS).flatMap(([field, tag]) => (tags.has(tag) ? [[field, tags.get(tag)!]] : [])),
  );
  return {
    experimentId: run?.experimentId ?? model?.experimentId,
    runId: run?.runId,
    modelId: model?.modelId,
    // The event's schema needs a name and a digest (MLflow always sets both); anything else cannot be traced.
    datasets: (run?.datasets ?? []).filter((dataset) => dataset.name && dataset.digest).map((dataset) => ({
      name: dataset.name,
      digest: dataset.digest,
      ...(dataset.source ? { source: dataset.source } : {}),
      ...(dataset.sourceType ? { sourceType: dataset.sourceType } : {}),
      ...(dataset.context ? { context: dataset.context } : {}),
    })),
    codeVersion,
    metrics: (run?.metrics ?? []).map(({ key, value, step, timestamp }) => ({ key, value, step, timestamp })),
    ...(run ? { params: run.params.map(({ key, value }) => ({ key, value })) } : {}),
  };
}
