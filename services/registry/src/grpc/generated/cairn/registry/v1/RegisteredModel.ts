// Original file: proto/cairn/registry/v1/entities.proto

import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from '../../../cairn/registry/v1/ModelVersion';
import type { Tag as _cairn_registry_v1_Tag, Tag__Output as _cairn_registry_v1_Tag__Output } from '../../../cairn/registry/v1/Tag';
import type { RegisteredModelAlias as _cairn_registry_v1_RegisteredModelAlias, RegisteredModelAlias__Output as _cairn_registry_v1_RegisteredModelAlias__Output } from '../../../cairn/registry/v1/RegisteredModelAlias';
import type { Long } from '@grpc/proto-loader';

export interface RegisteredModel {
  'name'?: (string);
  'creation_timestamp'?: (number | string | Long);
  'last_updated_timestamp'?: (number | string | Long);
  'user_id'?: (string);
  'description'?: (string);
  /**
   * The highest-numbered version in each stage that has one.
   */
  'latest_versions'?: (_cairn_registry_v1_ModelVersion)[];
  'tags'?: (_cairn_registry_v1_Tag)[];
  'aliases'?: (_cairn_registry_v1_RegisteredModelAlias)[];
}

export interface RegisteredModel__Output {
  'name': (string);
  'creation_timestamp': (string);
  'last_updated_timestamp': (string);
  'user_id': (string);
  'description': (string);
  /**
   * The highest-numbered version in each stage that has one.
   */
  'latest_versions': (_cairn_registry_v1_ModelVersion__Output)[];
  'tags': (_cairn_registry_v1_Tag__Output)[];
  'aliases': (_cairn_registry_v1_RegisteredModelAlias__Output)[];
}
