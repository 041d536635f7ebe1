// Original file: proto/cairn/access/v1/access.proto

import type { Principal as _cairn_access_v1_Principal, Principal__Output as _cairn_access_v1_Principal__Output } from '../../../cairn/access/v1/Principal';

export interface ListPrincipalsResponse {
  'principals'?: (_cairn_access_v1_Principal)[];
}

export interface ListPrincipalsResponse__Output {
  'principals': (_cairn_access_v1_Principal__Output)[];
}
