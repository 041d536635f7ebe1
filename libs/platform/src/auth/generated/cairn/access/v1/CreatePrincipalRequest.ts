// Original file: proto/cairn/access/v1/access.proto

import type { RoleBinding as _cairn_access_v1_RoleBinding, RoleBinding__Output as _cairn_access_v1_RoleBinding__Output } from '../../../cairn/access/v1/RoleBinding';

export interface CreatePrincipalRequest {
  'principal_id'?: (string);
  'name'?: (string);
  'kind'?: (string);
  'roles'?: (_cairn_access_v1_RoleBinding)[];
}

export interface CreatePrincipalRequest__Output {
  'principal_id': (string);
  'name': (string);
  'kind': (string);
  'roles': (_cairn_access_v1_RoleBinding__Output)[];
}
