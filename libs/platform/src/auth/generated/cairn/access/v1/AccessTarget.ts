// Original file: proto/cairn/access/v1/access.proto


export interface AccessTarget {
  /**
   * alias | stage | deployment
   */
  'kind'?: (string);
  'name'?: (string);
}

export interface AccessTarget__Output {
  /**
   * alias | stage | deployment
   */
  'kind': (string);
  'name': (string);
}
