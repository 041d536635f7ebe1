// Original file: proto/cairn/tracking/v1/messages.proto

import type { Run as _cairn_tracking_v1_Run, Run__Output as _cairn_tracking_v1_Run__Output } from '../../../cairn/tracking/v1/Run';

export interface CreateRunResponse {
  'run'?: (_cairn_tracking_v1_Run | null);
}

export interface CreateRunResponse__Output {
  'run': (_cairn_tracking_v1_Run__Output | null);
}
