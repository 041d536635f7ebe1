import { deadLetterTopic, DLQ_HEADERS } from '@cairn/contracts';
import { Backbone, openBackbone } from './testing/backbone';
import { probeEnvelope } from './testing/envelopes';
import { header, readTopic, waitFor } from './testing/kafka-testing';
import { createProbeTable, ProbeConsumer } from './testing/probe-consumer';

jest.setTimeout(60_000);

const SCHEMA = 'probe_consumer';

let backbone: Backbone;
let consumer: ProbeConsumer;

beforeAll(async () => {
  backbone = await openBackbone();
  await createProbeTable(backbone.pool, SCHEMA);
});

afterAll(async () => {
  await consumer?.stop();
  await backbone.close();
});

describe('a consumer that skips unknown event types', () => {
  it('passes over a type this build does not know, still dead-letters bad bytes, and handles what follows', async () => {
    const producer = backbone.kafka.producer();
    await producer.connect();
    const [before, after] = [probeEnvelope(1), probeEnvelope(3)];
    await producer.send({
      topic: backbone.topic,
      messages: [before, probeEnvelope(2, { type: 'AddedByANewerProducer' }), 'not JSON', after].map((value) => ({
        key: 'one-partition',
        value: typeof value === 'string' ? value : JSON.stringify(value),
      })),
    });
    await producer.disconnect();

    consumer = new ProbeConsumer({
      kafka: backbone.kafka,
      pool: backbone.pool,
      schema: SCHEMA,
      groupId: `cairn-test-skip-${backbone.suffix}`,
      topics: [backbone.topic],
      skipUnknownEventTypes: true,
      logger: backbone.logger,
    });
    await consumer.start();
    await waitFor(async () => (await backbone.pool.query(`SELECT 1 FROM ${SCHEMA}.probes_seen`)).rowCount === 2, 'both known probes');

    const seen = await backbone.pool.query(`SELECT event_id FROM ${SCHEMA}.probes_seen ORDER BY event_id`);
    expect(seen.rows.map((row) => row.event_id).sort()).toEqual([before.id, after.id].sort());
    const dead = await readTopic(backbone.kafka, deadLetterTopic(backbone.topic), 1);
    expect(dead.map(({ message }) => header(message, DLQ_HEADERS.errorCode))).toEqual(['MESSAGING.MALFORMED_JSON']);
    expect(consumer.stats).toMatchObject({ handled: 2, skipped: 1, deadLettered: 1 });
  });
});
