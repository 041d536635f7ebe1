// Original file: proto/cairn/registry/v1/entities.proto

import type { LineageNode as _cairn_registry_v1_LineageNode, LineageNode__Output as _cairn_registry_v1_LineageNode__Output } from '../../../cairn/registry/v1/LineageNode';
import type { LineageEdge as _cairn_registry_v1_LineageEdge, LineageEdge__Output as _cairn_registry_v1_LineageEdge__Output } from '../../../cairn/registry/v1/LineageEdge';

/**
 * Where a model version came from and where it went: the registration's lineage snapshot joined with what the
 * registry has since learnt from tracking's events (run status, datasets logged after registration).
 */
export interface LineageGraph {
  /**
   * The id of the model version's node.
   */
  'root'?: (string);
  'nodes'?: (_cairn_registry_v1_LineageNode)[];
  'edges'?: (_cairn_registry_v1_LineageEdge)[];
}

/**
 * Where a model version came from and where it went: the registration's lineage snapshot joined with what the
 * registry has since learnt from tracking's events (run status, datasets logged after registration).
 */
export interface LineageGraph__Output {
  /**
   * The id of the model version's node.
   */
  'root': (string);
  'nodes': (_cairn_registry_v1_LineageNode__Output)[];
  'edges': (_cairn_registry_v1_LineageEdge__Output)[];
}
