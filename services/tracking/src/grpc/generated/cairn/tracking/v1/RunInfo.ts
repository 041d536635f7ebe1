// Original file: proto/cairn/tracking/v1/entities.proto

import type { RunStatus as _cairn_tracking_v1_RunStatus, RunStatus__Output as _cairn_tracking_v1_RunStatus__Output } from '../../../cairn/tracking/v1/RunStatus';
import type { LifecycleStage as _cairn_tracking_v1_LifecycleStage, LifecycleStage__Output as _cairn_tracking_v1_LifecycleStage__Output } from '../../../cairn/tracking/v1/LifecycleStage';
import type { Long } from '@grpc/proto-loader';

export interface RunInfo {
  'run_id'?: (string);
  'run_name'?: (string);
  'experiment_id'?: (string);
  'user_id'?: (string);
  'status'?: (_cairn_tracking_v1_RunStatus);
  'start_time'?: (number | string | Long);
  /**
   * Absent while the run has not ended.
   */
  'end_time'?: (number | string | Long);
  'artifact_uri'?: (string);
  'lifecycle_stage'?: (_cairn_tracking_v1_LifecycleStage);
  '_end_time'?: "end_time";
}

export interface RunInfo__Output {
  'run_id': (string);
  'run_name': (string);
  'experiment_id': (string);
  'user_id': (string);
  'status': (_cairn_tracking_v1_RunStatus__Output);
  'start_time': (string);
  /**
   * Absent while the run has not ended.
   */
  'end_time'?: (string);
  'artifact_uri': (string);
  'lifecycle_stage': (_cairn_tracking_v1_LifecycleStage__Output);
  '_end_time'?: "end_time";
}
