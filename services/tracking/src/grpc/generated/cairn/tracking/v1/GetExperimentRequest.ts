// Original file: proto/cairn/tracking/v1/messages.proto


export interface GetExperimentRequest {
  'experiment_id'?: (string);
}

export interface GetExperimentRequest__Output {
  'experiment_id': (string);
}
