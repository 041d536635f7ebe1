// Original file: proto/cairn/access/v1/access.proto

import type { RoleBinding as _cairn_access_v1_RoleBinding, RoleBinding__Output as _cairn_access_v1_RoleBinding__Output } from '../../../cairn/access/v1/RoleBinding';
import type { TokenInfo as _cairn_access_v1_TokenInfo, TokenInfo__Output as _cairn_access_v1_TokenInfo__Output } from '../../../cairn/access/v1/TokenInfo';
import type { Long } from '@grpc/proto-loader';

export interface Principal {
  'principal_id'?: (string);
  'name'?: (string);
  /**
   * user | service
   */
  'kind'?: (string);
  'roles'?: (_cairn_access_v1_RoleBinding)[];
  'tokens'?: (_cairn_access_v1_TokenInfo)[];
  'created_at'?: (number | string | Long);
}

export interface Principal__Output {
  'principal_id': (string);
  'name': (string);
  /**
   * user | service
   */
  'kind': (string);
  'roles': (_cairn_access_v1_RoleBinding__Output)[];
  'tokens': (_cairn_access_v1_TokenInfo__Output)[];
  'created_at': (string);
}
