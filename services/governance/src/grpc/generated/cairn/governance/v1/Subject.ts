// Original file: proto/cairn/governance/v1/messages.proto

import type { Target as _cairn_governance_v1_Target, Target__Output as _cairn_governance_v1_Target__Output } from '../../../cairn/governance/v1/Target';

export interface Subject {
  'model'?: (string);
  'version'?: (number);
  'target'?: (_cairn_governance_v1_Target | null);
  /**
   * the registry's promotion request id
   */
  'request_id'?: (string);
  '_request_id'?: "request_id";
}

export interface Subject__Output {
  'model': (string);
  'version': (number);
  'target': (_cairn_governance_v1_Target__Output | null);
  /**
   * the registry's promotion request id
   */
  'request_id'?: (string);
  '_request_id'?: "request_id";
}
