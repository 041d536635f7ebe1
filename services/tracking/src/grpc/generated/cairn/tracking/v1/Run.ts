// Original file: proto/cairn/tracking/v1/entities.proto

import type { RunInfo as _cairn_tracking_v1_RunInfo, RunInfo__Output as _cairn_tracking_v1_RunInfo__Output } from '../../../cairn/tracking/v1/RunInfo';
import type { RunData as _cairn_tracking_v1_RunData, RunData__Output as _cairn_tracking_v1_RunData__Output } from '../../../cairn/tracking/v1/RunData';
import type { RunInputs as _cairn_tracking_v1_RunInputs, RunInputs__Output as _cairn_tracking_v1_RunInputs__Output } from '../../../cairn/tracking/v1/RunInputs';

export interface Run {
  'info'?: (_cairn_tracking_v1_RunInfo | null);
  'data'?: (_cairn_tracking_v1_RunData | null);
  'inputs'?: (_cairn_tracking_v1_RunInputs | null);
}

export interface Run__Output {
  'info': (_cairn_tracking_v1_RunInfo__Output | null);
  'data': (_cairn_tracking_v1_RunData__Output | null);
  'inputs': (_cairn_tracking_v1_RunInputs__Output | null);
}
