// Original file: proto/cairn/access/v1/access.proto

import type { RoleBinding as _cairn_access_v1_RoleBinding, RoleBinding__Output as _cairn_access_v1_RoleBinding__Output } from '../../../cairn/access/v1/RoleBinding';

export interface AuthorizeResponse {
  'principal_id'?: (string);
  'roles'?: (_cairn_access_v1_RoleBinding)[];
  'token_id'?: (string);
  /**
   * How long the caller may reuse this answer for the same token and operation.
   */
  'cache_ms'?: (number);
}

export interface AuthorizeResponse__Output {
  'principal_id': (string);
  'roles': (_cairn_access_v1_RoleBinding__Output)[];
  'token_id': (string);
  /**
   * How long the caller may reuse this answer for the same token and operation.
   */
  'cache_ms': (number);
}
