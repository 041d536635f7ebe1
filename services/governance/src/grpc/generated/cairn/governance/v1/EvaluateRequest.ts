// Original file: proto/cairn/governance/v1/messages.proto

import type { Subject as _cairn_governance_v1_Subject, Subject__Output as _cairn_governance_v1_Subject__Output } from '../../../cairn/governance/v1/Subject';
import type { Principal as _cairn_governance_v1_Principal, Principal__Output as _cairn_governance_v1_Principal__Output } from '../../../cairn/governance/v1/Principal';
import type { Facts as _cairn_governance_v1_Facts, Facts__Output as _cairn_governance_v1_Facts__Output } from '../../../cairn/governance/v1/Facts';

export interface EvaluateRequest {
  /**
   * chosen by the caller so a retry decides nothing new; generated when empty
   */
  'decision_id'?: (string);
  'subject'?: (_cairn_governance_v1_Subject | null);
  'requester'?: (_cairn_governance_v1_Principal | null);
  'facts'?: (_cairn_governance_v1_Facts | null);
}

export interface EvaluateRequest__Output {
  /**
   * chosen by the caller so a retry decides nothing new; generated when empty
   */
  'decision_id': (string);
  'subject': (_cairn_governance_v1_Subject__Output | null);
  'requester': (_cairn_governance_v1_Principal__Output | null);
  'facts': (_cairn_governance_v1_Facts__Output | null);
}
