import { loadProto } from '@cairn/contracts';
import { GrpcServer, GRPC_ERROR_CODE_KEY, lookupService } from '@cairn/platform';
import { withTransaction } from '@cairn/postgres';
import { credentials, Metadata, ServiceError, status } from '@grpc/grpc-js';
import type { GetLineageResponse__Output } from '../grpc/generated/cairn/registry/v1/GetLineageResponse';
import type { RegistryServiceClient } from '../grpc/generated/cairn/registry/v1/RegistryService';
import type { ProtoGrpcType } from '../grpc/generated/registry';
import { REGISTRY_PROTO, REGISTRY_SERVICE } from '../grpc/names';
import { wrapWith } from '../grpc/wrap';
import { lineageWriteOf } from './lineage-events';
import { lineageHandlers } from './lineage.grpc';
import { LineageService } from './lineage-service';
import { VersionLineage } from './ports';
import { applyLineageWrite } from './postgres/apply-write';
import { LineageQueries } from './postgres/lineage-queries';
import { openLineageDatabase } from './testing/lineage-db';
import { runStory } from './testing/tracking-envelopes';

/**
 * GetLineage through a real gRPC server and a client built from the same proto: the version from a stand-in for the
 * registry's read model, the rest from lineage tables the consumer's writes filled. The MLflow operations have no
 * handlers in this server (only lineageHandlers is added) and answer UNIMPLEMENTED.
 */
jest.setTimeout(60_000);

const registered: VersionLineage = {
  name: 'fraud',
  version: 1,
  source: 'models:/m-r1',
  runId: 'r1',
  modelId: 'm-r1',
  status: 'READY',
  currentStage: 'Production',
  creationTimestamp: 1_700_000_000_000,
  aliases: ['champion'],
  lineage: { experimentId: '7', runId: 'r1', modelId: 'm-r1', datasets: [{ name: 'train', digest: 'd-train' }], codeVersion: {}, metrics: [] },
};

let database: Awaited<ReturnType<typeof openLineageDatabase>>;
let server: GrpcServer;
let client: RegistryServiceClient;
const internal: unknown[] = [];

beforeAll(async () => {
  database = await openLineageDatabase();
  await withTransaction(database.pool, async (tx) => {
    for (const event of runStory('r1')) await applyLineageWrite(tx, lineageWriteOf(event)!);
  });
  const lineage = new LineageService(
    { getModelVersion: async (name, version) => (name === 'fraud' && version === 1 ? registered : null) },
    new LineageQueries(database.pool),
  );
  server = new GrpcServer();
  const wrap = wrapWith((error) => internal.push(error));
  server.addService(lookupService(loadProto(REGISTRY_PROTO), REGISTRY_SERVICE), lineageHandlers(lineage, wrap));
  const port = await server.start('127.0.0.1', 0);
  const proto = loadProto(REGISTRY_PROTO) as unknown as ProtoGrpcType;
  client = new proto.cairn.registry.v1.RegistryService(`127.0.0.1:${port}`, credentials.createInsecure());
});

afterAll(async () => {
  client?.close();
  await server?.shutdown(1_000);
  await database?.close();
});

const getLineage = (name: string, version: string) =>
  new Promise<GetLineageResponse__Output>((resolve, reject) =>
    client.GetLineage({ name, version }, new Metadata(), (error, response) => (error ? reject(error) : resolve(response!))),
  );

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: ServiceError) => error,
  );

describe('cairn.registry.v1 GetLineage', () => {
  it('answers the version graph with enum kinds and relations and string attributes', async () => {
    const { graph } = await getLineage('fraud', '1');
    expect(graph!.root).toBe('model_version:fraud/1');
    expect(graph!.nodes.map(({ id, kind }) => [id, kind])).toEqual([
      ['dataset:train@d-train', 'LINEAGE_NODE_KIND_DATASET'],
      ['dataset:eval@d-eval', 'LINEAGE_NODE_KIND_DATASET'],
      ['experiment:7', 'LINEAGE_NODE_KIND_EXPERIMENT'],
      ['run:r1', 'LINEAGE_NODE_KIND_RUN'],
      ['logged_model:m-r1', 'LINEAGE_NODE_KIND_LOGGED_MODEL'],
      ['model_version:fraud/1', 'LINEAGE_NODE_KIND_MODEL_VERSION'],
    ]);
    expect(graph!.nodes.find(({ id }) => id === 'run:r1')!.attributes).toMatchObject({ status: 'FINISHED', end_time: '9000' });
    expect(graph!.nodes.find(({ id }) => id === 'dataset:eval@d-eval')!.attributes).toMatchObject({ at_registration: 'false' });
    expect(graph!.edges).toContainEqual({ from_id: 'logged_model:m-r1', to_id: 'model_version:fraud/1', relation: 'LINEAGE_RELATION_REGISTERED_AS' });
  });

  it('an unknown version is NOT_FOUND with the stable code in the trailer', async () => {
    const error = await failure(getLineage('fraud', '2'));
    expect(error.code).toBe(status.NOT_FOUND);
    expect(error.details).toBe('Model Version (name=fraud, version=2) not found');
    expect(error.metadata.get(GRPC_ERROR_CODE_KEY)).toEqual(['REGISTRY.VERSION_NOT_FOUND']);
  });

  it('a bad version is INVALID_ARGUMENT, and the next good call still succeeds', async () => {
    const error = await failure(getLineage('fraud', 'one'));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.metadata.get(GRPC_ERROR_CODE_KEY)).toEqual(['REGISTRY.INVALID_VERSION']);
    await expect(getLineage('fraud', '1')).resolves.toMatchObject({ graph: { root: 'model_version:fraud/1' } });
    expect(internal).toEqual([]);
  });

  it('the MLflow operations, not added to this server, answer UNIMPLEMENTED', async () => {
    const error = await failure(
      new Promise((resolve, reject) =>
        client.GetRegisteredModel({ name: 'fraud' }, (e, response) => (e ? reject(e) : resolve(response))),
      ),
    );
    expect(error.code).toBe(status.UNIMPLEMENTED);
  });
});
