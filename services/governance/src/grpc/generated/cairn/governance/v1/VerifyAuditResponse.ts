// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface VerifyAuditResponse {
  'ok'?: (boolean);
  'checked'?: (number | string | Long);
  'first_broken_position'?: (number | string | Long);
  'reason'?: (string);
  '_first_broken_position'?: "first_broken_position";
}

export interface VerifyAuditResponse__Output {
  'ok': (boolean);
  'checked': (string);
  'first_broken_position'?: (string);
  'reason': (string);
  '_first_broken_position'?: "first_broken_position";
}
