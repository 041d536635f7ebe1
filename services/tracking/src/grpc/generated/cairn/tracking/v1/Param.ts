// Original file: proto/cairn/tracking/v1/entities.proto


/**
 * A run parameter: write-once per key (logging another value for a key is INVALID_ARGUMENT).
 */
export interface Param {
  'key'?: (string);
  'value'?: (string);
}

/**
 * A run parameter: write-once per key (logging another value for a key is INVALID_ARGUMENT).
 */
export interface Param__Output {
  'key': (string);
  'value': (string);
}
