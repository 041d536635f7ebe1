// Original file: proto/cairn/access/v1/access.proto

import type { Principal as _cairn_access_v1_Principal, Principal__Output as _cairn_access_v1_Principal__Output } from '../../../cairn/access/v1/Principal';

export interface PrincipalResponse {
  'principal'?: (_cairn_access_v1_Principal | null);
}

export interface PrincipalResponse__Output {
  'principal': (_cairn_access_v1_Principal__Output | null);
}
