// Original file: proto/cairn/tracking/v1/entities.proto


/**
 * A key/value tag of an experiment, run or dataset input.
 */
export interface Tag {
  'key'?: (string);
  'value'?: (string);
}

/**
 * A key/value tag of an experiment, run or dataset input.
 */
export interface Tag__Output {
  'key': (string);
  'value': (string);
}
