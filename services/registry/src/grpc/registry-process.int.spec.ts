import { testAdminToken } from '@cairn/platform/grpc-testing';
import { deadLetterTopic, loadProto, TOPICS } from '@cairn/contracts';
import { createKafka, ensureTopics } from '@cairn/messaging';
import { GRPC_ERROR_CODE_KEY } from '@cairn/platform';
import { credentials, Metadata, ServiceError, status } from '@grpc/grpc-js';
import { Admin, Kafka } from 'kafkajs';
import { Client } from 'pg';
import { uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { RecordingLogger } from '../../../../libs/messaging/src/testing/recording-logger';
import { ServiceOnTestDatabase, startServiceOnTestDatabase } from '../../../testing/service-on-test-database';
import { freePort, ServiceProcess } from '../../../testing/service-process';
import { trackingEvent } from '../lineage/testing/tracking-envelopes';
import type { RegistryServiceClient } from './generated/cairn/registry/v1/RegistryService';
import type { ProtoGrpcType } from './generated/registry';
import { REGISTRY_PROTO, REGISTRY_SERVICE } from './names';

/**
 * The registry as it runs (a child process on a throwaway database owned by the app role, real Kafka): gRPC
 * RegistryService on GRPC_PORT beside grpc.health.v1, the lineage consumer running in the background without
 * touching /readyz, and SIGTERM → exit 0 with the consumer stopped. The consumer reads a topic and group of its own
 * (CAIRN_REGISTRY_LINEAGE_TOPIC/GROUP), never the shared `registry.lineage` group.
 */
jest.setTimeout(180_000);

const suffix = uniqueSuffix();
const topic = `${TOPICS.trackingEvents}.test-${suffix}`;
const groupId = `registry.lineage.test-${suffix}`;
const promotionsTopic = `${TOPICS.governanceEvents}.test-${suffix}`;

let registry: ServiceOnTestDatabase;
let svc: ServiceProcess;
let client: RegistryServiceClient;
let kafka: Kafka;
let admin: Admin;
let httpPort: number;

/** A unary call by method name (the generated client's overloads do not narrow to one callable type). */
function adminMetadata(): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${testAdminToken()}`);
  return metadata;
}

function unary<Res>(method: keyof RegistryServiceClient, request: object): Promise<Res> {
  const fn = client[method] as unknown as (req: object, md: Metadata, cb: (e: ServiceError | null, r?: Res) => void) => void;
  return new Promise<Res>((resolve, reject) => fn.call(client, request, adminMetadata(), (e, r) => (e ? reject(e) : resolve(r!))));
}

beforeAll(async () => {
  kafka = createKafka({ clientId: `cairn-registry-process-test-${suffix}`, logger: new RecordingLogger() });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);

  registry = await startServiceOnTestDatabase('registry', 'cairn_registry_process', {
    // Nothing listens there: this test needs no tracking, and must not reach a developer's.
    CAIRN_TRACKING_GRPC_ADDRESS: `127.0.0.1:${await freePort()}`,
    CAIRN_TRACKING_URL: `http://127.0.0.1:${await freePort()}`,
    CAIRN_REGISTRY_LINEAGE_TOPIC: topic,
    CAIRN_REGISTRY_LINEAGE_GROUP: groupId,
    // Governance's decisions: a topic and group of this run's own too, and no governance (nothing here promotes).
    CAIRN_REGISTRY_PROMOTIONS_TOPIC: promotionsTopic,
    CAIRN_REGISTRY_PROMOTIONS_GROUP: `registry.promotions.test-${suffix}`,
    CAIRN_GOVERNANCE_GRPC_ADDRESS: `127.0.0.1:${await freePort()}`,
  });
  ({ svc, httpPort } = registry);

  const proto = loadProto(REGISTRY_PROTO) as unknown as ProtoGrpcType;
  client = new proto.cairn.registry.v1.RegistryService(registry.grpcAddress, credentials.createInsecure());
}, 150_000);

afterAll(async () => {
  client?.close();
  await admin?.deleteTopics({ topics: [topic, deadLetterTopic(topic), promotionsTopic, deadLetterTopic(promotionsTopic)] }).catch(() => undefined);
  await admin?.deleteGroups([groupId]).catch(() => undefined);
  await admin?.disconnect();
  await registry?.stop(15_000);
});

describe('the registry service process', () => {
  it("serves cairn.registry.v1.RegistryService beside grpc.health.v1 on the service's one gRPC port", () => {
    expect(svc.line('service started')).toMatchObject({
      grpc_services: expect.arrayContaining(['grpc.health.v1.Health', REGISTRY_SERVICE]),
    });
  });

  it('answers MLflow operations, history and lineage over gRPC', async () => {
    const created = await unary<{ registered_model: { name: string } }>('CreateRegisteredModel', { name: 'proc-model' });
    expect(created.registered_model.name).toBe('proc-model');
    const history = await unary<{ events: Array<{ type: string }> }>('ListModelHistory', { name: 'proc-model' });
    expect(history.events.map((e) => e.type)).toEqual(['RegisteredModelCreated']);
    const missing = await unary('GetLineage', { name: 'proc-model', version: '1' }).catch((e: ServiceError) => e);
    expect(missing).toMatchObject({ code: status.NOT_FOUND });
    expect((missing as ServiceError).metadata.get(GRPC_ERROR_CODE_KEY)).toEqual(['REGISTRY.VERSION_NOT_FOUND']);
  });

  it('runs the lineage consumer in the background, and /readyz does not depend on it', async () => {
    await waitFor(() => svc.line('lineage consumer started') !== undefined, 'the lineage consumer to start', 60_000);
    expect(svc.line('lineage consumer started')).toMatchObject({ group: groupId, topics: [topic] });

    const producer = kafka.producer();
    await producer.connect();
    const event = trackingEvent('RunCreated', 1, { runId: 'proc-run', experimentId: '4', runName: 'in-process' });
    await producer.send({ topic, messages: [{ key: 'proc-run', value: JSON.stringify(event) }] });
    await producer.disconnect();
    const pg = new Client({ connectionString: registry.databaseUrl });
    await pg.connect();
    try {
      await waitFor(async () => (await pg.query(`SELECT 1 FROM registry.lineage_runs WHERE run_id = 'proc-run'`)).rowCount === 1, 'the run row', 30_000);
    } finally {
      await pg.end();
    }

    const ready = await fetch(`http://127.0.0.1:${httpPort}/readyz`);
    expect(ready.status).toBe(200);
    const body = JSON.stringify(await ready.json());
    expect(body).not.toMatch(/lineage/);
  });

  it('SIGTERM stops the consumer (leaving its group) and exits 0', async () => {
    svc.child.kill('SIGTERM');
    const exit = await svc.exitWithin(20_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(svc.line('service stopped')).toBeDefined();
    expect(svc.lines().filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
    const [group] = (await admin.describeGroups([groupId])).groups;
    expect(group.members).toEqual([]);
  });
});
