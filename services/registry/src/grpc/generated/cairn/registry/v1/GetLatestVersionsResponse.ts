// Original file: proto/cairn/registry/v1/messages.proto

import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from '../../../cairn/registry/v1/ModelVersion';

export interface GetLatestVersionsResponse {
  'model_versions'?: (_cairn_registry_v1_ModelVersion)[];
}

export interface GetLatestVersionsResponse__Output {
  'model_versions': (_cairn_registry_v1_ModelVersion__Output)[];
}
