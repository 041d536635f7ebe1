// Original file: proto/cairn/registry/v1/messages.proto


/**
 * Changes the description; absent means the empty description (as MLflow).
 */
export interface UpdateRegisteredModelRequest {
  'name'?: (string);
  'description'?: (string);
  '_description'?: "description";
}

/**
 * Changes the description; absent means the empty description (as MLflow).
 */
export interface UpdateRegisteredModelRequest__Output {
  'name': (string);
  'description'?: (string);
  '_description'?: "description";
}
