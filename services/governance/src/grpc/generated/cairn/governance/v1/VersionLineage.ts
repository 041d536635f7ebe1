// Original file: proto/cairn/governance/v1/messages.proto

import type { Dataset as _cairn_governance_v1_Dataset, Dataset__Output as _cairn_governance_v1_Dataset__Output } from '../../../cairn/governance/v1/Dataset';
import type { Long } from '@grpc/proto-loader';

/**
 * ModelVersionRegistered's lineage.
 */
export interface VersionLineage {
  'source'?: (string);
  'storage_location'?: (string);
  'run_id'?: (string);
  'experiment_id'?: (string);
  'model_id'?: (string);
  'datasets'?: (_cairn_governance_v1_Dataset)[];
  /**
   * the git commit
   */
  'code_version'?: (string);
  'registered_by'?: (string);
  'registered_at'?: (number | string | Long);
  'position'?: (number | string | Long);
  '_storage_location'?: "storage_location";
  '_run_id'?: "run_id";
  '_experiment_id'?: "experiment_id";
  '_model_id'?: "model_id";
  '_code_version'?: "code_version";
}

/**
 * ModelVersionRegistered's lineage.
 */
export interface VersionLineage__Output {
  'source': (string);
  'storage_location'?: (string);
  'run_id'?: (string);
  'experiment_id'?: (string);
  'model_id'?: (string);
  'datasets': (_cairn_governance_v1_Dataset__Output)[];
  /**
   * the git commit
   */
  'code_version'?: (string);
  'registered_by': (string);
  'registered_at': (string);
  'position': (string);
  '_storage_location'?: "storage_location";
  '_run_id'?: "run_id";
  '_experiment_id'?: "experiment_id";
  '_model_id'?: "model_id";
  '_code_version'?: "code_version";
}
