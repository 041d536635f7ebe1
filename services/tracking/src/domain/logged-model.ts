import { EventMetadata, InvalidArgument, NewEvent } from '@cairn/contracts';
import { LIMITS } from './limits';
import { LifecycleStage, Metric, Param, Tag } from './model';
import { runStream } from './run-events';

/** MLflow 3's logged model: an entity of its own, produced (usually) by a run and finalized once uploaded. */
export type LoggedModelStatus = 'PENDING' | 'READY' | 'FAILED';

export interface LoggedModelMetric extends Metric {
  runId: string | null;
  modelId: string;
  datasetName: string | null;
  datasetDigest: string | null;
}

export interface LoggedModel {
  modelId: string;
  experimentId: string;
  name: string;
  artifactLocation: string;
  creationTimestampMs: number;
  lastUpdatedTimestampMs: number;
  status: LoggedModelStatus;
  statusMessage: string | null;
  modelType: string | null;
  sourceRunId: string | null;
  lifecycleStage: LifecycleStage;
  tags: Tag[];
  params: Param[];
  metrics: LoggedModelMetric[];
}

const MODEL_ID = /^m-[0-9a-f]{32}$/;

/** `m-` and 32 lower-case hex digits, MLflow's format (a UUID without dashes); `randomHex` supplies the 32. */
export function newModelId(randomHex: string): string {
  const id = `m-${randomHex}`;
  if (!MODEL_ID.test(id)) throw new Error(`not 32 lower-case hex digits: ${randomHex}`);
  return id;
}

export const isModelId = (value: string): boolean => MODEL_ID.test(value);

/** `<experiment artifact_location>/models/<model_id>/artifacts`, as MLflow lays it out. */
export function modelArtifactLocation(experimentLocation: string, modelId: string): string {
  return `${experimentLocation.replace(/\/+$/, '')}/models/${modelId}/artifacts`;
}

const BAD_NAME_CHARS = ['/', ':', '.', '%', '"', "'"];

/** Names become path segments and URI parts (`runs:/<run>/<name>`), hence MLflow's forbidden characters. */
export function validateModelName(name: string): void {
  if (name === '' || BAD_NAME_CHARS.some((ch) => name.includes(ch))) {
    throw new InvalidArgument(
      'TRACKING.INVALID_MODEL_NAME',
      `Invalid model name ('${name}') provided. Model name must be a non-empty string and cannot contain the following characters: ${BAD_NAME_CHARS.join(' ')}`,
      { name },
    );
  }
}

/** Keys as for runs; values within MLflow's param / tag limits. */
export function validateModelEntry(kind: 'param' | 'tag', entry: { key: string; value: string }): void {
  const max = kind === 'param' ? LIMITS.maxParamValueLength : LIMITS.maxTagValueLength;
  if (entry.key === '' || entry.key.length > LIMITS.maxEntityKeyLength) {
    throw new InvalidArgument('TRACKING.INVALID_KEY', `Invalid ${kind} key '${entry.key.slice(0, 100)}'`, { key: entry.key });
  }
  if (entry.value.length > max) {
    throw new InvalidArgument(
      'TRACKING.VALUE_TOO_LONG',
      `${kind} '${entry.key}' had length ${entry.value.length}, which exceeded length limit of ${max}`,
      { key: entry.key },
    );
  }
}

/**
 * Finalize: a model is created PENDING and finalized READY or FAILED. Finalizing an already finalized model
 * again is allowed (MLflow re-finalizes when a client logs into an existing model id), going back to PENDING
 * is not.
 */
export function decideFinalize(current: LoggedModelStatus, target: LoggedModelStatus | 'UNSPECIFIED'): LoggedModelStatus {
  if (target !== 'READY' && target !== 'FAILED') {
    throw new InvalidArgument(
      'TRACKING.INVALID_MODEL_STATUS',
      `A logged model can only be finalized as READY or FAILED, not ${target} (it is ${current}).`,
      { current, target },
    );
  }
  return target;
}

/** ModelLogged goes to the source run's stream; a run-less model has no stream to belong to, so no event. */
export function modelLogged(model: LoggedModel, metadata: EventMetadata): { stream: string; event: NewEvent } | null {
  if (!model.sourceRunId) return null;
  return {
    stream: runStream(model.sourceRunId),
    event: {
      type: 'ModelLogged',
      data: {
        runId: model.sourceRunId,
        modelId: model.modelId,
        name: model.name,
        artifactUri: model.artifactLocation,
        experimentId: model.experimentId,
        modelType: model.modelType ?? undefined,
      },
      metadata,
    },
  };
}

/** A model's params are immutable like a run's. */
export function modelParamChangeError(modelId: string, key: string, oldValue: string, newValue: string): InvalidArgument {
  return new InvalidArgument(
    'TRACKING.PARAM_IMMUTABLE',
    `Changing param values is not allowed. Param with key='${key}' was already logged with value='${oldValue}' for model ID='${modelId}'. Attempted logging new value '${newValue}'.`,
    { modelId, key },
  );
}
