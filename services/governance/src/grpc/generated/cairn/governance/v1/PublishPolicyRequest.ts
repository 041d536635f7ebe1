// Original file: proto/cairn/governance/v1/messages.proto

import type { PolicyScope as _cairn_governance_v1_PolicyScope, PolicyScope__Output as _cairn_governance_v1_PolicyScope__Output } from '../../../cairn/governance/v1/PolicyScope';

export interface PublishPolicyRequest {
  'policy_id'?: (string);
  'name'?: (string);
  'description'?: (string);
  /**
   * one CEL expression that must be true to pass
   */
  'source'?: (string);
  'scope'?: (_cairn_governance_v1_PolicyScope | null);
  'effect'?: (string);
  /**
   * require-approvals only
   */
  'approvals'?: (number);
  'message'?: (string);
  '_approvals'?: "approvals";
}

export interface PublishPolicyRequest__Output {
  'policy_id': (string);
  'name': (string);
  'description': (string);
  /**
   * one CEL expression that must be true to pass
   */
  'source': (string);
  'scope': (_cairn_governance_v1_PolicyScope__Output | null);
  'effect': (string);
  /**
   * require-approvals only
   */
  'approvals'?: (number);
  'message': (string);
  '_approvals'?: "approvals";
}
