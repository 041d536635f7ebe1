// Original file: proto/cairn/governance/v1/messages.proto

import type { Target as _cairn_governance_v1_Target, Target__Output as _cairn_governance_v1_Target__Output } from '../../../cairn/governance/v1/Target';
import type { Long } from '@grpc/proto-loader';

/**
 * The event that put the version in place (AliasAssigned, StageTransitioned; later serving's routing events).
 */
export interface ServedVersion {
  'model'?: (string);
  'version'?: (number);
  'target'?: (_cairn_governance_v1_Target | null);
  /**
   * occurred_at of the event in force
   */
  'since'?: (number | string | Long);
  'position'?: (number | string | Long);
  'event_type'?: (string);
  'actor'?: (string);
  'request_id'?: (string);
  '_request_id'?: "request_id";
}

/**
 * The event that put the version in place (AliasAssigned, StageTransitioned; later serving's routing events).
 */
export interface ServedVersion__Output {
  'model': (string);
  'version': (number);
  'target': (_cairn_governance_v1_Target__Output | null);
  /**
   * occurred_at of the event in force
   */
  'since': (string);
  'position': (string);
  'event_type': (string);
  'actor': (string);
  'request_id'?: (string);
  '_request_id'?: "request_id";
}
