import type * as domain from '../domain/model';
import type { DatasetInput } from './generated/cairn/tracking/v1/DatasetInput';
import type { Experiment } from './generated/cairn/tracking/v1/Experiment';
import type { LifecycleStage } from './generated/cairn/tracking/v1/LifecycleStage';
import type { Metric } from './generated/cairn/tracking/v1/Metric';
import type { Run } from './generated/cairn/tracking/v1/Run';
import type { RunInfo } from './generated/cairn/tracking/v1/RunInfo';
import type { RunStatus } from './generated/cairn/tracking/v1/RunStatus';

/** The core's entities → protobuf response messages (int64 as JS numbers; NaN/±Infinity stay doubles). */

const STAGE: Record<domain.LifecycleStage, LifecycleStage> = {
  active: 'LIFECYCLE_STAGE_ACTIVE',
  deleted: 'LIFECYCLE_STAGE_DELETED',
};

export const runStatusMessage = (status: domain.RunInfo['status']): RunStatus => `RUN_STATUS_${status}`;

export const metricMessage = (m: domain.Metric): Metric => ({ key: m.key, value: m.value, timestamp: m.timestamp, step: m.step });

export function experimentMessage(e: domain.Experiment): Experiment {
  return {
    experiment_id: e.experimentId,
    name: e.name,
    artifact_location: e.artifactLocation,
    lifecycle_stage: STAGE[e.lifecycleStage],
    creation_time: e.creationTime,
    last_update_time: e.lastUpdateTime,
    tags: e.tags,
  };
}

export function runInfoMessage(info: domain.RunInfo): RunInfo {
  return {
    run_id: info.runId,
    run_name: info.runName,
    experiment_id: info.experimentId,
    user_id: info.userId,
    status: runStatusMessage(info.status),
    start_time: info.startTime,
    ...(info.endTime === null ? {} : { end_time: info.endTime }),
    artifact_uri: info.artifactUri,
    lifecycle_stage: STAGE[info.lifecycleStage],
  };
}

const datasetInputMessage = ({ tags, dataset }: domain.DatasetInput): DatasetInput => ({
  tags,
  dataset: {
    name: dataset.name,
    digest: dataset.digest,
    source_type: dataset.sourceType,
    source: dataset.source,
    ...(dataset.schema === undefined ? {} : { schema: dataset.schema }),
    ...(dataset.profile === undefined ? {} : { profile: dataset.profile }),
  },
});

export function runMessage(run: domain.Run): Run {
  return {
    info: runInfoMessage(run.info),
    data: { metrics: run.data.metrics.map(metricMessage), params: run.data.params, tags: run.data.tags },
    inputs: { dataset_inputs: run.inputs.datasetInputs.map(datasetInputMessage) },
  };
}
