// Original file: proto/cairn/governance/v1/messages.proto

import type { Policy as _cairn_governance_v1_Policy, Policy__Output as _cairn_governance_v1_Policy__Output } from '../../../cairn/governance/v1/Policy';

export interface RetirePolicyResponse {
  'policy'?: (_cairn_governance_v1_Policy | null);
}

export interface RetirePolicyResponse__Output {
  'policy': (_cairn_governance_v1_Policy__Output | null);
}
