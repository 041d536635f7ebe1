// Original file: proto/cairn/governance/v1/messages.proto

import type { Dataset as _cairn_governance_v1_Dataset, Dataset__Output as _cairn_governance_v1_Dataset__Output } from '../../../cairn/governance/v1/Dataset';

export interface Lineage {
  'run'?: (string);
  'datasets'?: (_cairn_governance_v1_Dataset)[];
  'code_version'?: (string);
  '_run'?: "run";
  '_code_version'?: "code_version";
}

export interface Lineage__Output {
  'run'?: (string);
  'datasets': (_cairn_governance_v1_Dataset__Output)[];
  'code_version'?: (string);
  '_run'?: "run";
  '_code_version'?: "code_version";
}
