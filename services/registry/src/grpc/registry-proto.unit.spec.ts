import { loadProto } from '@cairn/contracts';
import { lookupService } from '@cairn/platform';
import { REGISTRY_PROTO, REGISTRY_SERVICE } from './names';

/** MLflow's model-registry operations (mlflow/protos/model_registry.proto), by the names MLflow gives them. */
const MLFLOW_REGISTRY_OPERATIONS = [
  'CreateRegisteredModel',
  'GetRegisteredModel',
  'SearchRegisteredModels',
  'RenameRegisteredModel',
  'UpdateRegisteredModel',
  'DeleteRegisteredModel',
  'GetLatestVersions',
  'SetRegisteredModelTag',
  'DeleteRegisteredModelTag',
  'CreateModelVersion',
  'GetModelVersion',
  'UpdateModelVersion',
  'DeleteModelVersion',
  'SearchModelVersions',
  'GetModelVersionDownloadUri',
  'SetModelVersionTag',
  'DeleteModelVersionTag',
  'TransitionModelVersionStage',
  'SetRegisteredModelAlias',
  'DeleteRegisteredModelAlias',
  'GetModelVersionByAlias',
];

describe('cairn.registry.v1.RegistryService', () => {
  const service = lookupService(loadProto(REGISTRY_PROTO), REGISTRY_SERVICE);

  it("offers MLflow's registry operations plus Cairn's GetLineage and ListModelHistory, all unary", () => {
    expect(Object.keys(service).sort()).toEqual([...MLFLOW_REGISTRY_OPERATIONS, 'GetLineage', 'ListModelHistory'].sort());
    for (const method of Object.values(service)) {
      expect([method.requestStream, method.responseStream]).toEqual([false, false]);
    }
  });

  it('round-trips a lineage graph with enum names and string attributes, as the handlers send it', () => {
    const method = service.GetLineage;
    const graph = {
      root: 'model_version:fraud/1',
      nodes: [{ id: 'run:r1', kind: 'LINEAGE_NODE_KIND_RUN', attributes: { status: 'FINISHED', end_time: '1700000000000' } }],
      edges: [{ from_id: 'run:r1', to_id: 'model_version:fraud/1', relation: 'LINEAGE_RELATION_REGISTERED_AS' }],
    };
    const decoded = method.responseDeserialize(method.responseSerialize({ graph }));
    expect(decoded).toEqual({ graph });
  });
});
