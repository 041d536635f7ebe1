import { TOPICS, deadLetterTopic } from '@cairn/contracts';
import { createKafka, ensureTopics } from '@cairn/messaging';
import { createLogger, KAFKA, LOGGER, PG_POOL } from '@cairn/platform';
import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Admin, Kafka } from 'kafkajs';
import { uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { RecordingLogger } from '../../../../libs/messaging/src/testing/recording-logger';
import { LINEAGE_CONSUMER_SETTINGS, LineageConsumerHost } from './lineage-consumer-host';
import { LineageConsumer } from './lineage.consumer';
import { lineageServiceProvider, LineageModule } from './lineage.module';
import { LineageService } from './lineage-service';
import { VersionLineageReader } from './ports';
import { LineageQueries } from './postgres/lineage-queries';
import { openLineageDatabase } from './testing/lineage-db';
import { trackingEvent } from './testing/tracking-envelopes';

/** LineageModule in a Nest app with the platform's providers: the consumer runs from bootstrap to shutdown. */
jest.setTimeout(120_000);

const suffix = uniqueSuffix();
const topic = `${TOPICS.trackingEvents}.test-${suffix}`;
const groupId = `registry.lineage.test-${suffix}`;

let database: Awaited<ReturnType<typeof openLineageDatabase>>;
let kafka: Kafka;
let admin: Admin;

beforeAll(async () => {
  database = await openLineageDatabase();
  kafka = createKafka({ clientId: `cairn-lineage-module-test-${suffix}`, logger: new RecordingLogger() });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
});

afterAll(async () => {
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
  await admin.disconnect();
  await database.close();
});

async function boot(): Promise<INestApplicationContext> {
  // What PlatformModule provides globally in a running service.
  @Global()
  @Module({
    providers: [
      { provide: KAFKA, useValue: kafka },
      { provide: PG_POOL, useValue: database.pool },
      { provide: LOGGER, useValue: createLogger({ service: 'registry-test', level: 'silent' }) },
    ],
    exports: [KAFKA, PG_POOL, LOGGER],
  })
  class FakePlatformModule {}

  // The registry's read model, as the module that owns it would provide it.
  const READS = Symbol('reads');
  const reads: VersionLineageReader = {
    getModelVersion: async (name, version) => ({
      name,
      version,
      source: 'runs:/mod-1/model',
      runId: 'mod-1',
      status: 'READY',
      currentStage: 'None',
      creationTimestamp: 1,
      lineage: { runId: 'mod-1', datasets: [], codeVersion: {}, metrics: [] },
    }),
  };

  const moduleRef = await Test.createTestingModule({
    imports: [FakePlatformModule, LineageModule],
    providers: [{ provide: READS, useValue: reads }, lineageServiceProvider(READS)],
  })
    .overrideProvider(LINEAGE_CONSUMER_SETTINGS)
    .useValue({ groupId, topics: [topic], restartDelayMs: 100 })
    .compile();
  const app = moduleRef.createNestApplication();
  await app.init();
  return app;
}

describe('LineageModule', () => {
  it('starts the consumer on bootstrap, records what arrives, and leaves the group on shutdown', async () => {
    const app = await boot();
    const host = app.get(LineageConsumerHost);
    await (host.consumer as LineageConsumer).joined;

    const producer = kafka.producer();
    await producer.connect();
    const created = trackingEvent('RunCreated', 1, { runId: 'mod-1', experimentId: '4', runName: 'via-module' });
    await producer.send({ topic, messages: [{ key: 'mod-1', value: JSON.stringify(created) }] });
    await producer.disconnect();

    const queries = app.get(LineageQueries);
    await waitFor(async () => (await queries.recordedRun('mod-1')).run !== undefined, 'the run to be recorded');
    expect((await queries.recordedRun('mod-1')).run).toMatchObject({ name: 'via-module', status: 'RUNNING' });
    const graph = await app.get(LineageService).getLineage('fraud', '1');
    expect(graph.nodes.find((node) => node.id === 'run:mod-1')?.attributes).toMatchObject({ name: 'via-module', status: 'RUNNING' });

    await app.close();
    const [group] = (await admin.describeGroups([groupId])).groups;
    expect(group.members).toEqual([]);
  });
});
