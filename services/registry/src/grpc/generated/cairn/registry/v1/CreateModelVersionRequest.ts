// Original file: proto/cairn/registry/v1/messages.proto

import type { Tag as _cairn_registry_v1_Tag, Tag__Output as _cairn_registry_v1_Tag__Output } from '../../../cairn/registry/v1/Tag';

/**
 * Registers a new version; the server records its lineage (run, datasets, code version, metrics) from tracking.
 */
export interface CreateModelVersionRequest {
  'name'?: (string);
  'source'?: (string);
  'run_id'?: (string);
  'tags'?: (_cairn_registry_v1_Tag)[];
  'run_link'?: (string);
  'description'?: (string);
  /**
   * The MLflow 3 logged model (`m-<id>`) the version is registered from.
   */
  'model_id'?: (string);
}

/**
 * Registers a new version; the server records its lineage (run, datasets, code version, metrics) from tracking.
 */
export interface CreateModelVersionRequest__Output {
  'name': (string);
  'source': (string);
  'run_id': (string);
  'tags': (_cairn_registry_v1_Tag__Output)[];
  'run_link': (string);
  'description': (string);
  /**
   * The MLflow 3 logged model (`m-<id>`) the version is registered from.
   */
  'model_id': (string);
}
