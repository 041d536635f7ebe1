// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface AuditEvent {
  'position'?: (number | string | Long);
  'stream'?: (string);
  'stream_version'?: (number);
  'type'?: (string);
  'actor'?: (string);
  'occurred_at'?: (number | string | Long);
  'data_json'?: (string);
}

export interface AuditEvent__Output {
  'position': (string);
  'stream': (string);
  'stream_version': (number);
  'type': (string);
  'actor': (string);
  'occurred_at': (string);
  'data_json': (string);
}
