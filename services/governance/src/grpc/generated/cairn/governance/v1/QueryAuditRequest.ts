// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface QueryAuditRequest {
  'model'?: (string);
  'version'?: (number);
  'after_position'?: (number | string | Long);
  'max_results'?: (number);
  '_model'?: "model";
  '_version'?: "version";
}

export interface QueryAuditRequest__Output {
  'model'?: (string);
  'version'?: (number);
  'after_position': (string);
  'max_results': (number);
  '_model'?: "model";
  '_version'?: "version";
}
