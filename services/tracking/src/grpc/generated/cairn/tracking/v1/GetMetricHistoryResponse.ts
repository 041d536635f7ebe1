// Original file: proto/cairn/tracking/v1/messages.proto

import type { Metric as _cairn_tracking_v1_Metric, Metric__Output as _cairn_tracking_v1_Metric__Output } from '../../../cairn/tracking/v1/Metric';

export interface GetMetricHistoryResponse {
  'metrics'?: (_cairn_tracking_v1_Metric)[];
  'next_page_token'?: (string);
}

export interface GetMetricHistoryResponse__Output {
  'metrics': (_cairn_tracking_v1_Metric__Output)[];
  'next_page_token': (string);
}
