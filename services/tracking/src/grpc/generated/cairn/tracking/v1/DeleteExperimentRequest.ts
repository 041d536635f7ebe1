// Original file: proto/cairn/tracking/v1/messages.proto


export interface DeleteExperimentRequest {
  'experiment_id'?: (string);
}

export interface DeleteExperimentRequest__Output {
  'experiment_id': (string);
}
