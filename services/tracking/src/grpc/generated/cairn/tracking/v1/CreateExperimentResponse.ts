// Original file: proto/cairn/tracking/v1/messages.proto


export interface CreateExperimentResponse {
  'experiment_id'?: (string);
}

export interface CreateExperimentResponse__Output {
  'experiment_id': (string);
}
