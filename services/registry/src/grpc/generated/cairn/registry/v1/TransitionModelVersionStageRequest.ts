// Original file: proto/cairn/registry/v1/messages.proto


export interface TransitionModelVersionStageRequest {
  'name'?: (string);
  'version'?: (string);
  'stage'?: (string);
  /**
   * Move the other versions in the target stage (Staging or Production only) to Archived.
   */
  'archive_existing_versions'?: (boolean);
}

export interface TransitionModelVersionStageRequest__Output {
  'name': (string);
  'version': (string);
  'stage': (string);
  /**
   * Move the other versions in the target stage (Staging or Production only) to Archived.
   */
  'archive_existing_versions': (boolean);
}
