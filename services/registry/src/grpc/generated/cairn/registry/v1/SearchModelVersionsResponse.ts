// Original file: proto/cairn/registry/v1/messages.proto

import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from '../../../cairn/registry/v1/ModelVersion';

export interface SearchModelVersionsResponse {
  'model_versions'?: (_cairn_registry_v1_ModelVersion)[];
  'next_page_token'?: (string);
}

export interface SearchModelVersionsResponse__Output {
  'model_versions': (_cairn_registry_v1_ModelVersion__Output)[];
  'next_page_token': (string);
}
