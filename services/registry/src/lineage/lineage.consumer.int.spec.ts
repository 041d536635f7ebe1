import { randomUUID } from 'node:crypto';
import { CairnEvent, deadLetterTopic, DLQ_HEADERS, TOPICS } from '@cairn/contracts';
import { createKafka, ensureTopics } from '@cairn/messaging';
import { Admin, Kafka, Message } from 'kafkajs';
import { header, readTopic, uniqueSuffix, waitFor } from '../../../../libs/messaging/src/testing/kafka-testing';
import { RecordingLogger } from '../../../../libs/messaging/src/testing/recording-logger';
import { LINEAGE_GROUP_ID, LineageConsumer } from './lineage.consumer';
import { LineageQueries } from './postgres/lineage-queries';
import { openLineageDatabase } from './testing/lineage-db';
import { runStory, trackingEvent } from './testing/tracking-envelopes';

/**
 * The lineage consumer against the real Kafka and PostgreSQL: tracking's envelopes, as the relay publishes them, on a
 * topic of this run's own (`cairn.tracking.events.test-<suffix>`), into a throwaway database.
 */
jest.setTimeout(120_000);

const suffix = uniqueSuffix();
const topic = `${TOPICS.trackingEvents}.test-${suffix}`;
const groupId = `${LINEAGE_GROUP_ID}.test-${suffix}`;
const logger = new RecordingLogger();

let database: Awaited<ReturnType<typeof openLineageDatabase>>;
let kafka: Kafka;
let admin: Admin;
let consumer: LineageConsumer | undefined;
let queries: LineageQueries;

const message = (event: CairnEvent): Message => ({ key: event.stream.slice('run-'.length), value: JSON.stringify(event) });

async function produce(messages: Message[]): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

async function startConsumer(): Promise<LineageConsumer> {
  const started = new LineageConsumer({
    kafka,
    pool: database.pool,
    groupId,
    topics: [topic],
    retry: { maxAttempts: 2, initialDelayMs: 10, maxDelayMs: 50 },
    logger,
  });
  await started.start();
  return started;
}

const seen = (one: LineageConsumer) => one.stats.handled + one.stats.duplicates + one.stats.deadLettered;

beforeAll(async () => {
  database = await openLineageDatabase();
  queries = new LineageQueries(database.pool);
  kafka = createKafka({ clientId: `cairn-lineage-test-${suffix}`, logger });
  admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
});

afterAll(async () => {
  await consumer?.stop();
  await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
  await admin.disconnect();
  await database.close();
});

describe('LineageConsumer', () => {
  const story = runStory('r1');
  const [created, trainLogged, , modelLogged, finished] = story;
  // Run r2's stream arrives out of order: its RunFinished before its RunCreated.
  const r2Finished = trackingEvent('RunFinished', 2, { runId: 'r2', experimentId: '8', status: 'FAILED', endTime: 77 });
  const r2Created = trackingEvent('RunCreated', 1, { runId: 'r2', experimentId: '8', runName: 'late' });
  const lateDataset = trackingEvent('DatasetLogged', 6, { runId: 'r1', name: 'holdout', digest: 'd-holdout', context: 'eval' });
  const wrongStream = trackingEvent('DatasetLogged', 7, { runId: 'r1', name: 'x', digest: 'd-x' }, 'run-r3');
  // A type the contracts know but lineage does not use, as another service might add to the topic.
  const foreign = { ...created, id: randomUUID(), type: 'ProbeRecorded', stream: 'probe-1', data: { sequence: 1 } } as CairnEvent;

  const batch: Message[] = [
    message(created),
    message(created), // a relay re-send: same event id
    message(trainLogged),
    message(story[2]),
    message(trainLogged), // redelivered again, later
    message(modelLogged),
    { key: 'r1', value: JSON.stringify(foreign) },
    { key: 'r1', value: '{"id": "not json' }, // malformed: straight to the .dlq …
    message(finished), // … and the next valid one is still applied
    message(wrongStream), // a tracking event on another run's stream: a bad message
    message(lateDataset), // a dataset logged after the model was registered
    message(r2Finished),
    message(r2Created),
  ];

  it('applies a run stream once, in any order, ignores foreign types and dead-letters bad messages without stopping', async () => {
    await produce(batch);
    consumer = await startConsumer();
    await waitFor(() => seen(consumer!) >= batch.length, `all ${batch.length} messages`);

    expect(consumer.stats).toMatchObject({ handled: 9, duplicates: 2, deadLettered: 2 });
    expect(await queries.recordedRun('r1')).toMatchObject({
      run: { runId: 'r1', experimentId: '7', name: 'run-r1', status: 'FINISHED', startTime: 1_000, endTime: 9_000 },
      datasets: [
        { name: 'train', digest: 'd-train', context: 'training', source: 'file:///train.csv' },
        { name: 'eval', digest: 'd-eval', context: 'eval' },
        { name: 'holdout', digest: 'd-holdout', context: 'eval' },
      ],
      models: [{ modelId: 'm-r1', artifactUri: 'file:///models/m-r1', modelType: 'sklearn' }],
    });
    expect((await queries.recordedRun('r2')).run).toEqual({ runId: 'r2', experimentId: '8', name: 'late', status: 'FAILED', endTime: 77 });
    expect((await queries.recordedRun('r3')).datasets).toEqual([]);

    const dead = await readTopic(kafka, deadLetterTopic(topic), 2);
    const reasons = dead.map(({ message: m }) => [header(m, DLQ_HEADERS.errorCode), header(m, DLQ_HEADERS.consumerGroup)]);
    expect(reasons.sort()).toEqual([
      ['MESSAGING.MALFORMED_JSON', groupId],
      ['REGISTRY.LINEAGE_STREAM_MISMATCH', groupId],
    ]);
    const processed = await database.pool.query(`SELECT count(*)::int AS n FROM registry.processed_events WHERE consumer = $1`, [groupId]);
    expect(processed.rows[0].n).toBe(9);
  });

  it('a redelivery of the whole topic (offsets reset) changes nothing: every event is a duplicate', async () => {
    const before = await Promise.all([queries.recordedRun('r1'), queries.recordedRun('r2')]);
    await consumer!.stop();
    await admin.resetOffsets({ groupId, topic, earliest: true });
    consumer = await startConsumer();
    await waitFor(() => seen(consumer!) >= batch.length, `all ${batch.length} messages again`);

    // The two unreadable ones are dead-lettered again (the library's policy); everything readable is skipped.
    expect(consumer.stats).toMatchObject({ handled: 0, duplicates: 11, deadLettered: 2 });
    expect(await Promise.all([queries.recordedRun('r1'), queries.recordedRun('r2')])).toEqual(before);
  });
});
