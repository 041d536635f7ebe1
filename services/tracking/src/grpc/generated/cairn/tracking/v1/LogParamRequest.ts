// Original file: proto/cairn/tracking/v1/messages.proto

import type { Param as _cairn_tracking_v1_Param, Param__Output as _cairn_tracking_v1_Param__Output } from '../../../cairn/tracking/v1/Param';

export interface LogParamRequest {
  'run_id'?: (string);
  'param'?: (_cairn_tracking_v1_Param | null);
}

export interface LogParamRequest__Output {
  'run_id': (string);
  'param': (_cairn_tracking_v1_Param__Output | null);
}
