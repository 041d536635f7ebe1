// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface Rollback {
  'from_version'?: (number);
  'to_version'?: (number);
  'reason'?: (string);
  'at'?: (number | string | Long);
  'position'?: (number | string | Long);
}

export interface Rollback__Output {
  'from_version': (number);
  'to_version': (number);
  'reason': (string);
  'at': (string);
  'position': (string);
}
