// Original file: proto/cairn/access/v1/access.proto

import type { Long } from '@grpc/proto-loader';

export interface TokenInfo {
  'token_id'?: (string);
  'issued_at'?: (number | string | Long);
  'expires_at'?: (number | string | Long);
  'revoked_at'?: (number | string | Long);
  '_expires_at'?: "expires_at";
  '_revoked_at'?: "revoked_at";
}

export interface TokenInfo__Output {
  'token_id': (string);
  'issued_at': (string);
  'expires_at'?: (string);
  'revoked_at'?: (string);
  '_expires_at'?: "expires_at";
  '_revoked_at'?: "revoked_at";
}
