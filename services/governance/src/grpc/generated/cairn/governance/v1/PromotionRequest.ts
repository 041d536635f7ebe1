// Original file: proto/cairn/governance/v1/messages.proto

import type { Target as _cairn_governance_v1_Target, Target__Output as _cairn_governance_v1_Target__Output } from '../../../cairn/governance/v1/Target';
import type { Long } from '@grpc/proto-loader';

export interface PromotionRequest {
  'request_id'?: (string);
  'requested_by'?: (string);
  'requested_at'?: (number | string | Long);
  'position'?: (number | string | Long);
  'target'?: (_cairn_governance_v1_Target | null);
  /**
   * PromotionAllowed | PromotionAwaitingApproval | PromotionDenied | … (the registry's last word)
   */
  'registry_outcome'?: (string);
}

export interface PromotionRequest__Output {
  'request_id': (string);
  'requested_by': (string);
  'requested_at': (string);
  'position': (string);
  'target': (_cairn_governance_v1_Target__Output | null);
  /**
   * PromotionAllowed | PromotionAwaitingApproval | PromotionDenied | … (the registry's last word)
   */
  'registry_outcome': (string);
}
