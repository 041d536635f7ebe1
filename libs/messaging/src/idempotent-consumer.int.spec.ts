import { CairnEvent, deadLetterTopic, DLQ_HEADERS, Unavailable } from '@cairn/contracts';
import { PoolClient } from 'pg';
import { MessageMeta } from './idempotent-consumer';
import { Backbone, openBackbone } from './testing/backbone';
import { probeEnvelope } from './testing/envelopes';
import { header, readTopic, waitFor } from './testing/kafka-testing';
import { createProbeTable, ProbeConsumer } from './testing/probe-consumer';

jest.setTimeout(60_000);

const SCHEMA = 'probe_consumer';

/** Probe 7 fails twice with UNAVAILABLE after writing its row; probe 9 always fails with a plain Error. */
class FlakyConsumer extends ProbeConsumer {
  readonly attempts = new Map<number, number>();

  protected override async handle(event: CairnEvent, tx: PoolClient, meta: MessageMeta): Promise<void> {
    await super.handle(event, tx, meta);
    if (event.type !== 'ProbeRecorded') return;
    const sequence = event.data.sequence;
    this.attempts.set(sequence, (this.attempts.get(sequence) ?? 0) + 1);
    if (sequence === 7 && meta.attempt < 3) throw new Unavailable('PROBE.FLAKY', 'downstream is restarting');
    if (sequence === 9) throw new Error('bug: cannot read properties of undefined');
  }
}

let backbone: Backbone;
let consumer: FlakyConsumer;

beforeAll(async () => {
  backbone = await openBackbone();
  await createProbeTable(backbone.pool, SCHEMA);
});

afterAll(async () => {
  await consumer?.stop();
  await backbone.close();
});

describe('IdempotentConsumer', () => {
  it('skips a redelivered event, retries a transient failure with its writes rolled back, and dead-letters one that never clears', async () => {
    const duplicated = probeEnvelope(1);
    const messages = [duplicated, probeEnvelope(2), duplicated, probeEnvelope(7), probeEnvelope(8), probeEnvelope(9), probeEnvelope(10)];
    const producer = backbone.kafka.producer();
    await producer.connect();
    await producer.send({ topic: backbone.topic, messages: messages.map((m) => ({ key: 'one', value: JSON.stringify(m) })) });
    await producer.disconnect();

    consumer = new FlakyConsumer({
      kafka: backbone.kafka,
      pool: backbone.pool,
      schema: SCHEMA,
      groupId: `cairn-test-consumer-${backbone.suffix}`,
      topics: [backbone.topic],
      retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
      logger: backbone.logger,
    });
    await consumer.start();
    await waitFor(() => consumer.stats.handled + consumer.stats.duplicates + consumer.stats.deadLettered >= 7, 'all seven messages');

    const rows = await backbone.pool.query<{ sequence: number }>(`SELECT sequence FROM ${SCHEMA}.probes_seen ORDER BY seen`);
    // Once each, in the order sent; probe 7's first two rows were rolled back with their failed attempts; 9 never committed.
    expect(rows.rows.map((row) => row.sequence)).toEqual([1, 2, 7, 8, 10]);
    expect(consumer.stats).toMatchObject({ handled: 5, duplicates: 1, deadLettered: 1, retries: 4 });
    expect(consumer.attempts.get(9)).toBeGreaterThanOrEqual(3);

    const [dead] = await readTopic(backbone.kafka, deadLetterTopic(backbone.topic), 1);
    expect(header(dead.message, DLQ_HEADERS.errorCode)).toBe('INTERNAL');
    expect(header(dead.message, DLQ_HEADERS.errorMessage)).toBe('gave up after 3 attempts: bug: cannot read properties of undefined');
    expect(JSON.parse(dead.message.value!.toString()).data).toEqual({ sequence: 9 });

    const processed = await backbone.pool.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.processed_events`);
    expect(processed.rows[0].n).toBe(5);
  });
});
