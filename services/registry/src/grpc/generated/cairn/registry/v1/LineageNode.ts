// Original file: proto/cairn/registry/v1/entities.proto

import type { LineageNodeKind as _cairn_registry_v1_LineageNodeKind, LineageNodeKind__Output as _cairn_registry_v1_LineageNodeKind__Output } from '../../../cairn/registry/v1/LineageNodeKind';

export interface LineageNode {
  /**
   * Stable and kind-prefixed: `dataset:<name>@<digest>`, `run:<id>`, `experiment:<id>`, `logged_model:<id>`,
   * `model_version:<name>/<version>`, `deployment:<name>`.
   */
  'id'?: (string);
  'kind'?: (_cairn_registry_v1_LineageNodeKind);
  /**
   * What is known of the node (absent values are left out), e.g. a run's `status`, a dataset's `digest` and
   * `context`, a version's `stage` and `code.git_commit`. Times are decimal epoch milliseconds.
   */
  'attributes'?: ({[key: string]: string});
}

export interface LineageNode__Output {
  /**
   * Stable and kind-prefixed: `dataset:<name>@<digest>`, `run:<id>`, `experiment:<id>`, `logged_model:<id>`,
   * `model_version:<name>/<version>`, `deployment:<name>`.
   */
  'id': (string);
  'kind': (_cairn_registry_v1_LineageNodeKind__Output);
  /**
   * What is known of the node (absent values are left out), e.g. a run's `status`, a dataset's `digest` and
   * `context`, a version's `stage` and `code.git_commit`. Times are decimal epoch milliseconds.
   */
  'attributes': ({[key: string]: string});
}
