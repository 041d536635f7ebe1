// Original file: proto/cairn/governance/v1/messages.proto

import type { QualityCheck as _cairn_governance_v1_QualityCheck, QualityCheck__Output as _cairn_governance_v1_QualityCheck__Output } from '../../../cairn/governance/v1/QualityCheck';

export interface DataQualityResult {
  'passed'?: (boolean);
  'checks'?: ({[key: string]: _cairn_governance_v1_QualityCheck});
}

export interface DataQualityResult__Output {
  'passed': (boolean);
  'checks': ({[key: string]: _cairn_governance_v1_QualityCheck__Output});
}
