// Original file: proto/cairn/tracking/v1/messages.proto

import type { Experiment as _cairn_tracking_v1_Experiment, Experiment__Output as _cairn_tracking_v1_Experiment__Output } from '../../../cairn/tracking/v1/Experiment';

export interface GetExperimentByNameResponse {
  'experiment'?: (_cairn_tracking_v1_Experiment | null);
}

export interface GetExperimentByNameResponse__Output {
  'experiment': (_cairn_tracking_v1_Experiment__Output | null);
}
