// Original file: proto/cairn/governance/v1/messages.proto

import type { Principal as _cairn_governance_v1_Principal, Principal__Output as _cairn_governance_v1_Principal__Output } from '../../../cairn/governance/v1/Principal';

export interface ApproveRequest {
  'decision_id'?: (string);
  'approver'?: (_cairn_governance_v1_Principal | null);
  'comment'?: (string);
}

export interface ApproveRequest__Output {
  'decision_id': (string);
  'approver': (_cairn_governance_v1_Principal__Output | null);
  'comment': (string);
}
