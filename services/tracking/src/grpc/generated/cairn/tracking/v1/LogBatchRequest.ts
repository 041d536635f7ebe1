// Original file: proto/cairn/tracking/v1/messages.proto

import type { Metric as _cairn_tracking_v1_Metric, Metric__Output as _cairn_tracking_v1_Metric__Output } from '../../../cairn/tracking/v1/Metric';
import type { Param as _cairn_tracking_v1_Param, Param__Output as _cairn_tracking_v1_Param__Output } from '../../../cairn/tracking/v1/Param';
import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';

/**
 * Atomic: all of it is logged or none (MLflow's limits: 1000 metrics, 100 params, 100 tags per batch).
 */
export interface LogBatchRequest {
  'run_id'?: (string);
  'metrics'?: (_cairn_tracking_v1_Metric)[];
  'params'?: (_cairn_tracking_v1_Param)[];
  'tags'?: (_cairn_tracking_v1_Tag)[];
}

/**
 * Atomic: all of it is logged or none (MLflow's limits: 1000 metrics, 100 params, 100 tags per batch).
 */
export interface LogBatchRequest__Output {
  'run_id': (string);
  'metrics': (_cairn_tracking_v1_Metric__Output)[];
  'params': (_cairn_tracking_v1_Param__Output)[];
  'tags': (_cairn_tracking_v1_Tag__Output)[];
}
