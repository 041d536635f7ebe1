// Original file: proto/cairn/registry/v1/messages.proto

import type { Promotion as _cairn_registry_v1_Promotion, Promotion__Output as _cairn_registry_v1_Promotion__Output } from '../../../cairn/registry/v1/Promotion';

export interface SetRegisteredModelAliasResponse {
  /**
   * Cairn: how governance decided (MLflow's response is empty; a denial is a PERMISSION_DENIED error instead).
   */
  'promotion'?: (_cairn_registry_v1_Promotion | null);
}

export interface SetRegisteredModelAliasResponse__Output {
  /**
   * Cairn: how governance decided (MLflow's response is empty; a denial is a PERMISSION_DENIED error instead).
   */
  'promotion': (_cairn_registry_v1_Promotion__Output | null);
}
