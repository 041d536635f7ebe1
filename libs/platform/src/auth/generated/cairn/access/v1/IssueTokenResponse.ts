// Original file: proto/cairn/access/v1/access.proto

import type { TokenInfo as _cairn_access_v1_TokenInfo, TokenInfo__Output as _cairn_access_v1_TokenInfo__Output } from '../../../cairn/access/v1/TokenInfo';

export interface IssueTokenResponse {
  'token'?: (string);
  'info'?: (_cairn_access_v1_TokenInfo | null);
}

export interface IssueTokenResponse__Output {
  'token': (string);
  'info': (_cairn_access_v1_TokenInfo__Output | null);
}
