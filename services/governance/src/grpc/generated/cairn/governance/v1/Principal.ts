// Original file: proto/cairn/governance/v1/messages.proto

import type { RoleBinding as _cairn_governance_v1_RoleBinding, RoleBinding__Output as _cairn_governance_v1_RoleBinding__Output } from '../../../cairn/governance/v1/RoleBinding';

/**
 * A requester or approver. Until bearer tokens land, the roles are the ones the caller states.
 */
export interface Principal {
  /**
   * e.g. user:alice
   */
  'id'?: (string);
  'roles'?: (_cairn_governance_v1_RoleBinding)[];
}

/**
 * A requester or approver. Until bearer tokens land, the roles are the ones the caller states.
 */
export interface Principal__Output {
  /**
   * e.g. user:alice
   */
  'id': (string);
  'roles': (_cairn_governance_v1_RoleBinding__Output)[];
}
