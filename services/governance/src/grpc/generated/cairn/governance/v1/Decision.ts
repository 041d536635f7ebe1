// Original file: proto/cairn/governance/v1/messages.proto

import type { Subject as _cairn_governance_v1_Subject, Subject__Output as _cairn_governance_v1_Subject__Output } from '../../../cairn/governance/v1/Subject';
import type { PolicyResult as _cairn_governance_v1_PolicyResult, PolicyResult__Output as _cairn_governance_v1_PolicyResult__Output } from '../../../cairn/governance/v1/PolicyResult';
import type { Long } from '@grpc/proto-loader';

export interface Decision {
  'decision_id'?: (string);
  'subject'?: (_cairn_governance_v1_Subject | null);
  'requester'?: (string);
  /**
   * allow | deny | needs-approval
   */
  'outcome'?: (string);
  /**
   * allowed | denied | awaiting-approval | approved | rejected
   */
  'status'?: (string);
  'reasons'?: (string)[];
  'policies'?: (_cairn_governance_v1_PolicyResult)[];
  'approvals_required'?: (number);
  'approvers'?: (string)[];
  'rejected_by'?: (string);
  'rejection'?: (string);
  'evaluated_at'?: (number | string | Long);
  'closed_at'?: (number | string | Long);
  '_approvals_required'?: "approvals_required";
  '_rejected_by'?: "rejected_by";
  '_rejection'?: "rejection";
  '_closed_at'?: "closed_at";
}

export interface Decision__Output {
  'decision_id': (string);
  'subject': (_cairn_governance_v1_Subject__Output | null);
  'requester': (string);
  /**
   * allow | deny | needs-approval
   */
  'outcome': (string);
  /**
   * allowed | denied | awaiting-approval | approved | rejected
   */
  'status': (string);
  'reasons': (string)[];
  'policies': (_cairn_governance_v1_PolicyResult__Output)[];
  'approvals_required'?: (number);
  'approvers': (string)[];
  'rejected_by'?: (string);
  'rejection'?: (string);
  'evaluated_at': (string);
  'closed_at'?: (string);
  '_approvals_required'?: "approvals_required";
  '_rejected_by'?: "rejected_by";
  '_rejection'?: "rejection";
  '_closed_at'?: "closed_at";
}
