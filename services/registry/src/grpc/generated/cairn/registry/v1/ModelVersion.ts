// Original file: proto/cairn/registry/v1/entities.proto

import type { ModelVersionStatus as _cairn_registry_v1_ModelVersionStatus, ModelVersionStatus__Output as _cairn_registry_v1_ModelVersionStatus__Output } from '../../../cairn/registry/v1/ModelVersionStatus';
import type { Tag as _cairn_registry_v1_Tag, Tag__Output as _cairn_registry_v1_Tag__Output } from '../../../cairn/registry/v1/Tag';
import type { Long } from '@grpc/proto-loader';

export interface ModelVersion {
  'name'?: (string);
  'version'?: (string);
  'creation_timestamp'?: (number | string | Long);
  'last_updated_timestamp'?: (number | string | Long);
  'user_id'?: (string);
  'current_stage'?: (string);
  'description'?: (string);
  /**
   * Where the version's artifacts are, e.g. `models:/m-<id>` or `runs:/<run id>/model`.
   */
  'source'?: (string);
  'run_id'?: (string);
  'status'?: (_cairn_registry_v1_ModelVersionStatus);
  'status_message'?: (string);
  'tags'?: (_cairn_registry_v1_Tag)[];
  'run_link'?: (string);
  'aliases'?: (string)[];
  /**
   * The MLflow 3 logged model the version was registered from (empty for a run-only source).
   */
  'model_id'?: (string);
}

export interface ModelVersion__Output {
  'name': (string);
  'version': (string);
  'creation_timestamp': (string);
  'last_updated_timestamp': (string);
  'user_id': (string);
  'current_stage': (string);
  'description': (string);
  /**
   * Where the version's artifacts are, e.g. `models:/m-<id>` or `runs:/<run id>/model`.
   */
  'source': (string);
  'run_id': (string);
  'status': (_cairn_registry_v1_ModelVersionStatus__Output);
  'status_message': (string);
  'tags': (_cairn_registry_v1_Tag__Output)[];
  'run_link': (string);
  'aliases': (string)[];
  /**
   * The MLflow 3 logged model the version was registered from (empty for a run-only source).
   */
  'model_id': (string);
}
