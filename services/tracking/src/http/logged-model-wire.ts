import { z } from 'zod';
import { LoggedModel, LoggedModelMetric, LoggedModelStatus } from '../domain/logged-model';
import { metricJson } from './wire';

/** LoggedModelStatus on the wire: proto enum names (or numbers), stored as PENDING / READY / FAILED. */
const STATUS_NAMES = ['LOGGED_MODEL_STATUS_UNSPECIFIED', 'LOGGED_MODEL_PENDING', 'LOGGED_MODEL_READY', 'LOGGED_MODEL_UPLOAD_FAILED'] as const;
const FROM_WIRE: Record<(typeof STATUS_NAMES)[number], LoggedModelStatus | 'UNSPECIFIED'> = {
  LOGGED_MODEL_STATUS_UNSPECIFIED: 'UNSPECIFIED',
  LOGGED_MODEL_PENDING: 'PENDING',
  LOGGED_MODEL_READY: 'READY',
  LOGGED_MODEL_UPLOAD_FAILED: 'FAILED',
};
const TO_WIRE: Record<LoggedModelStatus, (typeof STATUS_NAMES)[number]> = {
  PENDING: 'LOGGED_MODEL_PENDING',
  READY: 'LOGGED_MODEL_READY',
  FAILED: 'LOGGED_MODEL_UPLOAD_FAILED',
};

export const modelStatus = z
  .union([z.enum(STATUS_NAMES), z.number().int().min(0).max(3), z.string().regex(/^[0-3]$/)])
  .transform((value) => FROM_WIRE[typeof value === 'string' && value.length > 1 ? (value as (typeof STATUS_NAMES)[number]) : STATUS_NAMES[Number(value)]]);

const modelMetricJson = (m: LoggedModelMetric) => ({
  ...metricJson(m),
  model_id: m.modelId,
  ...(m.runId ? { run_id: m.runId } : {}),
  ...(m.datasetName ? { dataset_name: m.datasetName } : {}),
  ...(m.datasetDigest ? { dataset_digest: m.datasetDigest } : {}),
});

/** MLflow's LoggedModel message ({info, data}); absent optional fields are omitted as proto-JSON does. */
export function loggedModelJson(m: LoggedModel) {
  return {
    info: {
      model_id: m.modelId,
      experiment_id: m.experimentId,
      name: m.name,
      creation_timestamp_ms: m.creationTimestampMs,
      last_updated_timestamp_ms: m.lastUpdatedTimestampMs,
      artifact_uri: m.artifactLocation,
      status: TO_WIRE[m.status],
      ...(m.modelType ? { model_type: m.modelType } : {}),
      ...(m.sourceRunId ? { source_run_id: m.sourceRunId } : {}),
      ...(m.statusMessage ? { status_message: m.statusMessage } : {}),
      tags: m.tags,
    },
    data: { params: m.params, metrics: m.metrics.map(modelMetricJson) },
  };
}
