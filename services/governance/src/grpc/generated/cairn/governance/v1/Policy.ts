// Original file: proto/cairn/governance/v1/messages.proto

import type { PolicyScope as _cairn_governance_v1_PolicyScope, PolicyScope__Output as _cairn_governance_v1_PolicyScope__Output } from '../../../cairn/governance/v1/PolicyScope';
import type { Long } from '@grpc/proto-loader';

export interface Policy {
  'policy_id'?: (string);
  'version'?: (number);
  'name'?: (string);
  'description'?: (string);
  'scope'?: (_cairn_governance_v1_PolicyScope | null);
  /**
   * deny-unless | require-approvals
   */
  'effect'?: (string);
  'approvals'?: (number);
  'message'?: (string);
  'source'?: (string);
  /**
   * SHA-256 of source
   */
  'hash'?: (string);
  'published_by'?: (string);
  'published_at'?: (number | string | Long);
  'retired_at'?: (number | string | Long);
  '_approvals'?: "approvals";
  '_retired_at'?: "retired_at";
}

export interface Policy__Output {
  'policy_id': (string);
  'version': (number);
  'name': (string);
  'description': (string);
  'scope': (_cairn_governance_v1_PolicyScope__Output | null);
  /**
   * deny-unless | require-approvals
   */
  'effect': (string);
  'approvals'?: (number);
  'message': (string);
  'source': (string);
  /**
   * SHA-256 of source
   */
  'hash': (string);
  'published_by': (string);
  'published_at': (string);
  'retired_at'?: (string);
  '_approvals'?: "approvals";
  '_retired_at'?: "retired_at";
}
