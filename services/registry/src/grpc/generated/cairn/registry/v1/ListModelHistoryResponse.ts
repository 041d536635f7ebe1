// Original file: proto/cairn/registry/v1/messages.proto

import type { ModelEvent as _cairn_registry_v1_ModelEvent, ModelEvent__Output as _cairn_registry_v1_ModelEvent__Output } from '../../../cairn/registry/v1/ModelEvent';

export interface ListModelHistoryResponse {
  'events'?: (_cairn_registry_v1_ModelEvent)[];
  'next_page_token'?: (string);
}

export interface ListModelHistoryResponse__Output {
  'events': (_cairn_registry_v1_ModelEvent__Output)[];
  'next_page_token': (string);
}
