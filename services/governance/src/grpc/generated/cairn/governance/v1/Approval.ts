// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface Approval {
  'approver'?: (string);
  'comment'?: (string);
  'at'?: (number | string | Long);
  'position'?: (number | string | Long);
  '_comment'?: "comment";
}

export interface Approval__Output {
  'approver': (string);
  'comment'?: (string);
  'at': (string);
  'position': (string);
  '_comment'?: "comment";
}
