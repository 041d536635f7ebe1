// Original file: proto/cairn/tracking/v1/messages.proto


export interface SetExperimentTagRequest {
  'experiment_id'?: (string);
  'key'?: (string);
  'value'?: (string);
}

export interface SetExperimentTagRequest__Output {
  'experiment_id': (string);
  'key': (string);
  'value': (string);
}
