// Original file: proto/cairn/governance/v1/messages.proto

import type { Decision as _cairn_governance_v1_Decision, Decision__Output as _cairn_governance_v1_Decision__Output } from '../../../cairn/governance/v1/Decision';

export interface GetDecisionResponse {
  'decision'?: (_cairn_governance_v1_Decision | null);
}

export interface GetDecisionResponse__Output {
  'decision': (_cairn_governance_v1_Decision__Output | null);
}
