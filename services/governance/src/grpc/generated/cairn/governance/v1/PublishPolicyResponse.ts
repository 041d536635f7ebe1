// Original file: proto/cairn/governance/v1/messages.proto

import type { Policy as _cairn_governance_v1_Policy, Policy__Output as _cairn_governance_v1_Policy__Output } from '../../../cairn/governance/v1/Policy';

export interface PublishPolicyResponse {
  'policy'?: (_cairn_governance_v1_Policy | null);
}

export interface PublishPolicyResponse__Output {
  'policy': (_cairn_governance_v1_Policy__Output | null);
}
