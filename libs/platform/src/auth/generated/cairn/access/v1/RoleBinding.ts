// Original file: proto/cairn/access/v1/access.proto


export interface RoleBinding {
  'role'?: (string);
  /**
   * A model-name glob (`fraud-*`); absent: every model.
   */
  'scope'?: (string);
  '_scope'?: "scope";
}

export interface RoleBinding__Output {
  'role': (string);
  /**
   * A model-name glob (`fraud-*`); absent: every model.
   */
  'scope'?: (string);
  '_scope'?: "scope";
}
