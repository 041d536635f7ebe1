// Original file: proto/cairn/tracking/v1/messages.proto


/**
 * Renames an experiment.
 */
export interface UpdateExperimentRequest {
  'experiment_id'?: (string);
  'new_name'?: (string);
}

/**
 * Renames an experiment.
 */
export interface UpdateExperimentRequest__Output {
  'experiment_id': (string);
  'new_name': (string);
}
