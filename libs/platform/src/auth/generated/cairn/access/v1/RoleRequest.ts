// Original file: proto/cairn/access/v1/access.proto

import type { RoleBinding as _cairn_access_v1_RoleBinding, RoleBinding__Output as _cairn_access_v1_RoleBinding__Output } from '../../../cairn/access/v1/RoleBinding';

export interface RoleRequest {
  'principal_id'?: (string);
  'binding'?: (_cairn_access_v1_RoleBinding | null);
}

export interface RoleRequest__Output {
  'principal_id': (string);
  'binding': (_cairn_access_v1_RoleBinding__Output | null);
}
