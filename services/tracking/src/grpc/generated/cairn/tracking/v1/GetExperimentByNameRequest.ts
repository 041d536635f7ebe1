// Original file: proto/cairn/tracking/v1/messages.proto


export interface GetExperimentByNameRequest {
  'experiment_name'?: (string);
}

export interface GetExperimentByNameRequest__Output {
  'experiment_name': (string);
}
