// Original file: proto/cairn/tracking/v1/messages.proto

import type { LoggedModel as _cairn_tracking_v1_LoggedModel, LoggedModel__Output as _cairn_tracking_v1_LoggedModel__Output } from '../../../cairn/tracking/v1/LoggedModel';

export interface GetLoggedModelResponse {
  'model'?: (_cairn_tracking_v1_LoggedModel | null);
}

export interface GetLoggedModelResponse__Output {
  'model': (_cairn_tracking_v1_LoggedModel__Output | null);
}
