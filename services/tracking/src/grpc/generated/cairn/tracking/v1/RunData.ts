// Original file: proto/cairn/tracking/v1/entities.proto

import type { Metric as _cairn_tracking_v1_Metric, Metric__Output as _cairn_tracking_v1_Metric__Output } from '../../../cairn/tracking/v1/Metric';
import type { Param as _cairn_tracking_v1_Param, Param__Output as _cairn_tracking_v1_Param__Output } from '../../../cairn/tracking/v1/Param';
import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';

/**
 * The latest value of each metric, the params and the tags of a run.
 */
export interface RunData {
  'metrics'?: (_cairn_tracking_v1_Metric)[];
  'params'?: (_cairn_tracking_v1_Param)[];
  'tags'?: (_cairn_tracking_v1_Tag)[];
}

/**
 * The latest value of each metric, the params and the tags of a run.
 */
export interface RunData__Output {
  'metrics': (_cairn_tracking_v1_Metric__Output)[];
  'params': (_cairn_tracking_v1_Param__Output)[];
  'tags': (_cairn_tracking_v1_Tag__Output)[];
}
