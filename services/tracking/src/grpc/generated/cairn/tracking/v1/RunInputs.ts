// Original file: proto/cairn/tracking/v1/entities.proto

import type { DatasetInput as _cairn_tracking_v1_DatasetInput, DatasetInput__Output as _cairn_tracking_v1_DatasetInput__Output } from '../../../cairn/tracking/v1/DatasetInput';

export interface RunInputs {
  'dataset_inputs'?: (_cairn_tracking_v1_DatasetInput)[];
}

export interface RunInputs__Output {
  'dataset_inputs': (_cairn_tracking_v1_DatasetInput__Output)[];
}
