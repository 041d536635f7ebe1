// Original file: proto/cairn/tracking/v1/messages.proto


export interface RestoreExperimentRequest {
  'experiment_id'?: (string);
}

export interface RestoreExperimentRequest__Output {
  'experiment_id': (string);
}
