// Original file: proto/cairn/governance/v1/messages.proto

import type { PolicyResult as _cairn_governance_v1_PolicyResult, PolicyResult__Output as _cairn_governance_v1_PolicyResult__Output } from '../../../cairn/governance/v1/PolicyResult';
import type { Long } from '@grpc/proto-loader';

export interface EvaluateResponse {
  'decision_id'?: (string);
  /**
   * allow | deny | needs-approval
   */
  'outcome'?: (string);
  'reasons'?: (string)[];
  'approvals_required'?: (number);
  'policies'?: (_cairn_governance_v1_PolicyResult)[];
  'evaluated_at'?: (number | string | Long);
  '_approvals_required'?: "approvals_required";
}

export interface EvaluateResponse__Output {
  'decision_id': (string);
  /**
   * allow | deny | needs-approval
   */
  'outcome': (string);
  'reasons': (string)[];
  'approvals_required'?: (number);
  'policies': (_cairn_governance_v1_PolicyResult__Output)[];
  'evaluated_at': (string);
  '_approvals_required'?: "approvals_required";
}
