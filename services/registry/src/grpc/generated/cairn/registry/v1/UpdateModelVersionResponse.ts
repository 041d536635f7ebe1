// Original file: proto/cairn/registry/v1/messages.proto

import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from '../../../cairn/registry/v1/ModelVersion';

export interface UpdateModelVersionResponse {
  'model_version'?: (_cairn_registry_v1_ModelVersion | null);
}

export interface UpdateModelVersionResponse__Output {
  'model_version': (_cairn_registry_v1_ModelVersion__Output | null);
}
