// Original file: proto/cairn/registry/v1/messages.proto

import type { Tag as _cairn_registry_v1_Tag, Tag__Output as _cairn_registry_v1_Tag__Output } from '../../../cairn/registry/v1/Tag';

export interface CreateRegisteredModelRequest {
  'name'?: (string);
  'tags'?: (_cairn_registry_v1_Tag)[];
  'description'?: (string);
}

export interface CreateRegisteredModelRequest__Output {
  'name': (string);
  'tags': (_cairn_registry_v1_Tag__Output)[];
  'description': (string);
}
