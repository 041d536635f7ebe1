// Original file: proto/cairn/tracking/v1/messages.proto

import type { DatasetInput as _cairn_tracking_v1_DatasetInput, DatasetInput__Output as _cairn_tracking_v1_DatasetInput__Output } from '../../../cairn/tracking/v1/DatasetInput';

export interface LogInputsRequest {
  'run_id'?: (string);
  'datasets'?: (_cairn_tracking_v1_DatasetInput)[];
}

export interface LogInputsRequest__Output {
  'run_id': (string);
  'datasets': (_cairn_tracking_v1_DatasetInput__Output)[];
}
