// Original file: proto/cairn/governance/v1/messages.proto


/**
 * A role, limited to models whose name matches `scope` (a glob) when set.
 */
export interface RoleBinding {
  /**
   * viewer | data-scientist | ml-engineer | approver | admin
   */
  'role'?: (string);
  'scope'?: (string);
  '_scope'?: "scope";
}

/**
 * A role, limited to models whose name matches `scope` (a glob) when set.
 */
export interface RoleBinding__Output {
  /**
   * viewer | data-scientist | ml-engineer | approver | admin
   */
  'role': (string);
  'scope'?: (string);
  '_scope'?: "scope";
}
