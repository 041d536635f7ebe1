// Original file: proto/cairn/registry/v1/entities.proto

import type { LineageRelation as _cairn_registry_v1_LineageRelation, LineageRelation__Output as _cairn_registry_v1_LineageRelation__Output } from '../../../cairn/registry/v1/LineageRelation';

export interface LineageEdge {
  'from_id'?: (string);
  'to_id'?: (string);
  'relation'?: (_cairn_registry_v1_LineageRelation);
}

export interface LineageEdge__Output {
  'from_id': (string);
  'to_id': (string);
  'relation': (_cairn_registry_v1_LineageRelation__Output);
}
