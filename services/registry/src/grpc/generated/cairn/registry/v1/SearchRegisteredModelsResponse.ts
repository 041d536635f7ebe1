// Original file: proto/cairn/registry/v1/messages.proto

import type { RegisteredModel as _cairn_registry_v1_RegisteredModel, RegisteredModel__Output as _cairn_registry_v1_RegisteredModel__Output } from '../../../cairn/registry/v1/RegisteredModel';

export interface SearchRegisteredModelsResponse {
  'registered_models'?: (_cairn_registry_v1_RegisteredModel)[];
  'next_page_token'?: (string);
}

export interface SearchRegisteredModelsResponse__Output {
  'registered_models': (_cairn_registry_v1_RegisteredModel__Output)[];
  'next_page_token': (string);
}
