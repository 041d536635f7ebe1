// Original file: proto/cairn/tracking/v1/messages.proto

import type { Metric as _cairn_tracking_v1_Metric, Metric__Output as _cairn_tracking_v1_Metric__Output } from '../../../cairn/tracking/v1/Metric';

export interface LogMetricRequest {
  'run_id'?: (string);
  'metric'?: (_cairn_tracking_v1_Metric | null);
}

export interface LogMetricRequest__Output {
  'run_id': (string);
  'metric': (_cairn_tracking_v1_Metric__Output | null);
}
