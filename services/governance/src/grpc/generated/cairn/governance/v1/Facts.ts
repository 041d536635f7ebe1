// Original file: proto/cairn/governance/v1/messages.proto

import type { Lineage as _cairn_governance_v1_Lineage, Lineage__Output as _cairn_governance_v1_Lineage__Output } from '../../../cairn/governance/v1/Lineage';
import type { DataQualityResult as _cairn_governance_v1_DataQualityResult, DataQualityResult__Output as _cairn_governance_v1_DataQualityResult__Output } from '../../../cairn/governance/v1/DataQualityResult';

/**
 * What the policies see besides the subject and the requester (README "Policy input").
 */
export interface Facts {
  'tags'?: ({[key: string]: string});
  /**
   * NaN and ±Infinity allowed
   */
  'metrics'?: ({[key: string]: number | string});
  'lineage'?: (_cairn_governance_v1_Lineage | null);
  /**
   * by dataset name
   */
  'data_quality'?: ({[key: string]: _cairn_governance_v1_DataQualityResult});
}

/**
 * What the policies see besides the subject and the requester (README "Policy input").
 */
export interface Facts__Output {
  'tags': ({[key: string]: string});
  /**
   * NaN and ±Infinity allowed
   */
  'metrics': ({[key: string]: number});
  'lineage': (_cairn_governance_v1_Lineage__Output | null);
  /**
   * by dataset name
   */
  'data_quality': ({[key: string]: _cairn_governance_v1_DataQualityResult__Output});
}
