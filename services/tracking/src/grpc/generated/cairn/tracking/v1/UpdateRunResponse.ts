// Original file: proto/cairn/tracking/v1/messages.proto

import type { RunInfo as _cairn_tracking_v1_RunInfo, RunInfo__Output as _cairn_tracking_v1_RunInfo__Output } from '../../../cairn/tracking/v1/RunInfo';

export interface UpdateRunResponse {
  'run_info'?: (_cairn_tracking_v1_RunInfo | null);
}

export interface UpdateRunResponse__Output {
  'run_info': (_cairn_tracking_v1_RunInfo__Output | null);
}
