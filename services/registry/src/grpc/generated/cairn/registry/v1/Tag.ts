// Original file: proto/cairn/registry/v1/entities.proto


/**
 * A key/value tag of a registered model or a model version.
 */
export interface Tag {
  'key'?: (string);
  'value'?: (string);
}

/**
 * A key/value tag of a registered model or a model version.
 */
export interface Tag__Output {
  'key': (string);
  'value': (string);
}
