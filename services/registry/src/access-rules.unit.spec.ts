import { registryGrpcAccess, registryHttpAccess } from './access-rules';

const http = (method: string, route: string, body: Record<string, unknown> = {}, query: Record<string, unknown> = {}) =>
  registryHttpAccess({ method, path: `/api/2.0/mlflow/${route}`, body, query });
const RPC = '/cairn.registry.v1.RegistryService/';

describe("the registry's access rules", () => {
  it('reads (GET, and the one POST read) are registry.read on the named model', () => {
    expect(http('GET', 'registered-models/get', {}, { name: 'fraud' })).toEqual({ operation: 'registry.read', model: 'fraud' });
    expect(http('GET', 'registered-models/search')).toEqual({ operation: 'registry.read' });
    expect(http('POST', 'registered-models/get-latest-versions', { name: 'fraud' })).toEqual({ operation: 'registry.read', model: 'fraud' });
  });

  it('moving an alias or a stage is registry.promote with its target; deletes are registry.delete', () => {
    expect(http('POST', 'registered-models/alias', { name: 'fraud', alias: 'champion', version: '3' })).toEqual({
      operation: 'registry.promote',
      model: 'fraud',
      target: { kind: 'alias', name: 'champion' },
    });
    expect(http('POST', 'model-versions/transition-stage', { name: 'fraud', version: '3', stage: 'Production' })).toEqual({
      operation: 'registry.promote',
      model: 'fraud',
      target: { kind: 'stage', name: 'Production' },
    });
    expect(http('DELETE', 'registered-models/alias', { name: 'fraud', alias: 'champion' })).toEqual({ operation: 'registry.delete', model: 'fraud' });
    expect(registryHttpAccess({ method: 'DELETE', path: '/ajax-api/2.0/mlflow/model-versions/delete', body: {}, query: { name: 'm' } })).toEqual({
      operation: 'registry.delete',
      model: 'm',
    });
  });

  it('anything else is registry.write', () => {
    expect(http('POST', 'model-versions/create', { name: 'fraud', source: 'runs:/r/model' })).toEqual({ operation: 'registry.write', model: 'fraud' });
    expect(http('PATCH', 'registered-models/update', { name: 'fraud' })).toEqual({ operation: 'registry.write', model: 'fraud' });
  });

  it('gRPC methods follow the same table', () => {
    expect(registryGrpcAccess(`${RPC}SetRegisteredModelAlias`, { name: 'fraud', alias: 'prod' })).toEqual({
      operation: 'registry.promote',
      model: 'fraud',
      target: { kind: 'alias', name: 'prod' },
    });
    expect(registryGrpcAccess(`${RPC}DeleteRegisteredModelAlias`, { name: 'fraud' })).toEqual({ operation: 'registry.delete', model: 'fraud' });
    expect(registryGrpcAccess(`${RPC}GetLineage`, { name: 'fraud' })).toEqual({ operation: 'registry.read', model: 'fraud' });
    expect(registryGrpcAccess(`${RPC}ListModelHistory`, { name: 'fraud' })).toEqual({ operation: 'registry.read', model: 'fraud' });
    expect(registryGrpcAccess(`${RPC}CreateModelVersion`, { name: 'fraud' })).toEqual({ operation: 'registry.write', model: 'fraud' });
  });
});
