// Original file: proto/cairn/governance/v1/messages.proto

import type { Policy as _cairn_governance_v1_Policy, Policy__Output as _cairn_governance_v1_Policy__Output } from '../../../cairn/governance/v1/Policy';

export interface ListPoliciesResponse {
  'policies'?: (_cairn_governance_v1_Policy)[];
}

export interface ListPoliciesResponse__Output {
  'policies': (_cairn_governance_v1_Policy__Output)[];
}
