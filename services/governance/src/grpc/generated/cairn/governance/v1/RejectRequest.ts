// Original file: proto/cairn/governance/v1/messages.proto

import type { Principal as _cairn_governance_v1_Principal, Principal__Output as _cairn_governance_v1_Principal__Output } from '../../../cairn/governance/v1/Principal';

export interface RejectRequest {
  'decision_id'?: (string);
  'approver'?: (_cairn_governance_v1_Principal | null);
  'reason'?: (string);
}

export interface RejectRequest__Output {
  'decision_id': (string);
  'approver': (_cairn_governance_v1_Principal__Output | null);
  'reason': (string);
}
