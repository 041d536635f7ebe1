// Original file: proto/cairn/governance/v1/messages.proto

import type { Long } from '@grpc/proto-loader';

export interface ExplainDeploymentRequest {
  'deployment'?: (string);
  'at'?: (number | string | Long);
}

export interface ExplainDeploymentRequest__Output {
  'deployment': (string);
  'at': (string);
}
