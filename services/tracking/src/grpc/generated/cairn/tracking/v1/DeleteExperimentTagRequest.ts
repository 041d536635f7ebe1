// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteExperimentTagRequest {
  'experiment_id'?: (string);
  'key'?: (string);
}

export interface DeleteExperimentTagRequest__Output {
  'experiment_id': (string);
  'key': (string);
}
