// Original file: proto/cairn/registry/v1/messages.proto

import type { RegisteredModel as _cairn_registry_v1_RegisteredModel, RegisteredModel__Output as _cairn_registry_v1_RegisteredModel__Output } from '../../../cairn/registry/v1/RegisteredModel';

export interface CreateRegisteredModelResponse {
  'registered_model'?: (_cairn_registry_v1_RegisteredModel | null);
}

export interface CreateRegisteredModelResponse__Output {
  'registered_model': (_cairn_registry_v1_RegisteredModel__Output | null);
}
