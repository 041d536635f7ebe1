// Original file: proto/cairn/registry/v1/messages.proto

import type { LineageGraph as _cairn_registry_v1_LineageGraph, LineageGraph__Output as _cairn_registry_v1_LineageGraph__Output } from '../../../cairn/registry/v1/LineageGraph';

export interface GetLineageResponse {
  'graph'?: (_cairn_registry_v1_LineageGraph | null);
}

export interface GetLineageResponse__Output {
  'graph': (_cairn_registry_v1_LineageGraph__Output | null);
}
