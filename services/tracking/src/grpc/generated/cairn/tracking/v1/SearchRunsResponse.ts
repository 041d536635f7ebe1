// Original file: proto/cairn/tracking/v1/messages.proto

import type { Run as _cairn_tracking_v1_Run, Run__Output as _cairn_tracking_v1_Run__Output } from '../../../cairn/tracking/v1/Run';

export interface SearchRunsResponse {
  'runs'?: (_cairn_tracking_v1_Run)[];
  'next_page_token'?: (string);
}

export interface SearchRunsResponse__Output {
  'runs': (_cairn_tracking_v1_Run__Output)[];
  'next_page_token': (string);
}
