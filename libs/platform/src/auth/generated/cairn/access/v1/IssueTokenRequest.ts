// Original file: proto/cairn/access/v1/access.proto

import type { Long } from '@grpc/proto-loader';

export interface IssueTokenRequest {
  'principal_id'?: (string);
  /**
   * Lifetime in seconds; 0: never expires.
   */
  'ttl_seconds'?: (number | string | Long);
}

export interface IssueTokenRequest__Output {
  'principal_id': (string);
  /**
   * Lifetime in seconds; 0: never expires.
   */
  'ttl_seconds': (string);
}
