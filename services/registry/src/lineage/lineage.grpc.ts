import type { LineageGraph as LineageGraphMessage } from '../grpc/generated/cairn/registry/v1/LineageGraph';
import type { LineageNodeKind as KindMessage } from '../grpc/generated/cairn/registry/v1/LineageNodeKind';
import type { LineageRelation as RelationMessage } from '../grpc/generated/cairn/registry/v1/LineageRelation';
import type { RegistryServiceHandlers } from '../grpc/generated/cairn/registry/v1/RegistryService';
import { Wrap } from '../grpc/wrap';
import { LineageGraph, LineageNodeKind, LineageRelation } from './lineage-graph';
import { LineageService } from './lineage-service';

/** Records over the graph's unions, so a new node kind or relation fails to compile until the proto has it. */
const KIND: Record<LineageNodeKind, KindMessage> = {
  dataset: 'LINEAGE_NODE_KIND_DATASET',
  run: 'LINEAGE_NODE_KIND_RUN',
  experiment: 'LINEAGE_NODE_KIND_EXPERIMENT',
  logged_model: 'LINEAGE_NODE_KIND_LOGGED_MODEL',
  model_version: 'LINEAGE_NODE_KIND_MODEL_VERSION',
  deployment: 'LINEAGE_NODE_KIND_DEPLOYMENT',
};

const RELATION: Record<LineageRelation, RelationMessage> = {
  trained_on: 'LINEAGE_RELATION_TRAINED_ON',
  produced: 'LINEAGE_RELATION_PRODUCED',
  registered_as: 'LINEAGE_RELATION_REGISTERED_AS',
  in_experiment: 'LINEAGE_RELATION_IN_EXPERIMENT',
  deployed_as: 'LINEAGE_RELATION_DEPLOYED_AS',
};

export function lineageGraphMessage(graph: LineageGraph): LineageGraphMessage {
  return {
    root: graph.root,
    nodes: graph.nodes.map(({ id, kind, attributes }) => ({ id, kind: KIND[kind], attributes })),
    // `from` / `to` are `from_id` / `to_id` on the wire: `from` is a keyword in some generated languages (Python).
    edges: graph.edges.map(({ from, to, relation }) => ({ from_id: from, to_id: to, relation: RELATION[relation] })),
  };
}

/**
 * RegistryService's GetLineage over the protocol-neutral LineageService; the registry's gRPC service spreads these
 * into its handlers (`{...registryHandlers, ...lineageHandlers(lineage, wrap)}`), as tracking composes its own.
 */
export function lineageHandlers(lineage: LineageService, wrap: Wrap): Pick<RegistryServiceHandlers, 'GetLineage'> {
  return {
    GetLineage: wrap(async (req) => ({ graph: lineageGraphMessage(await lineage.getLineage(req.name, req.version)) })),
  };
}
