// Original file: proto/cairn/governance/v1/messages.proto


/**
 * One evaluated policy version and what it said.
 */
export interface PolicyResult {
  'policy_id'?: (string);
  'version'?: (number);
  'hash'?: (string);
  'effect'?: (string);
  /**
   * pass | fail | error
   */
  'result'?: (string);
  'message'?: (string);
  '_message'?: "message";
}

/**
 * One evaluated policy version and what it said.
 */
export interface PolicyResult__Output {
  'policy_id': (string);
  'version': (number);
  'hash': (string);
  'effect': (string);
  /**
   * pass | fail | error
   */
  'result': (string);
  'message'?: (string);
  '_message'?: "message";
}
