// Original file: proto/cairn/tracking/v1/messages.proto

import type { Experiment as _cairn_tracking_v1_Experiment, Experiment__Output as _cairn_tracking_v1_Experiment__Output } from '../../../cairn/tracking/v1/Experiment';

export interface SearchExperimentsResponse {
  'experiments'?: (_cairn_tracking_v1_Experiment)[];
  'next_page_token'?: (string);
}

export interface SearchExperimentsResponse__Output {
  'experiments': (_cairn_tracking_v1_Experiment__Output)[];
  'next_page_token': (string);
}
