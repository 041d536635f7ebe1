// Original file: proto/cairn/registry/v1/messages.proto

import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from '../../../cairn/registry/v1/ModelVersion';
import type { Promotion as _cairn_registry_v1_Promotion, Promotion__Output as _cairn_registry_v1_Promotion__Output } from '../../../cairn/registry/v1/Promotion';

export interface TransitionModelVersionStageResponse {
  /**
   * The version after the call: in its new stage when `promotion` is ALLOWED, unchanged while it waits.
   */
  'model_version'?: (_cairn_registry_v1_ModelVersion | null);
  /**
   * Cairn: how governance decided (a denial is a PERMISSION_DENIED error instead).
   */
  'promotion'?: (_cairn_registry_v1_Promotion | null);
}

export interface TransitionModelVersionStageResponse__Output {
  /**
   * The version after the call: in its new stage when `promotion` is ALLOWED, unchanged while it waits.
   */
  'model_version': (_cairn_registry_v1_ModelVersion__Output | null);
  /**
   * Cairn: how governance decided (a denial is a PERMISSION_DENIED error instead).
   */
  'promotion': (_cairn_registry_v1_Promotion__Output | null);
}
