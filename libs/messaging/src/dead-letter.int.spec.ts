import { CairnEvent, deadLetterTopic, DLQ_HEADERS, InvalidArgument } from '@cairn/contracts';
import { PoolClient } from 'pg';
import { MessageMeta } from './idempotent-consumer';
import { Backbone, openBackbone } from './testing/backbone';
import { probeEnvelope } from './testing/envelopes';
import { header, readTopic, waitFor } from './testing/kafka-testing';
import { createProbeTable, ProbeConsumer } from './testing/probe-consumer';

jest.setTimeout(60_000);

const SCHEMA = 'probe_consumer';

/** Rejects probe 666 as a bad message, the way a domain handler rejects an invalid command. */
class PickyConsumer extends ProbeConsumer {
  protected override async handle(event: CairnEvent, tx: PoolClient, meta: MessageMeta): Promise<void> {
    if (event.type === 'ProbeRecorded' && event.data.sequence === 666) {
      throw new InvalidArgument('PROBE.REJECTED', 'probe 666 is not welcome', { sequence: 666 });
    }
    await super.handle(event, tx, meta);
  }
}

let backbone: Backbone;
let consumer: PickyConsumer;

beforeAll(async () => {
  backbone = await openBackbone();
  await createProbeTable(backbone.pool, SCHEMA);
});

afterAll(async () => {
  await consumer?.stop();
  if (backbone.logger.lines.length > 0) console.log(`warnings and errors:\n${backbone.logger.lines.join('\n')}`);
  await backbone.close();
});

describe('dead letters', () => {
  it('not-JSON, an unknown type and a rejected event land on <topic>.dlq with the reason; the valid one after them is handled', async () => {
    const producer = backbone.kafka.producer();
    await producer.connect();
    const valid = probeEnvelope(1);
    const sent = await producer.send({
      topic: backbone.topic,
      // One key: one partition, in this order.
      messages: [
        { key: 'direct', value: 'this is not JSON', headers: { 'x-origin': 'test' } },
        { key: 'direct', value: JSON.stringify(probeEnvelope(2, { type: 'NeverHeardOf' })) },
        { key: 'direct', value: JSON.stringify(probeEnvelope(666)) },
        { key: 'direct', value: JSON.stringify(valid) },
      ],
    });
    await producer.disconnect();
    const { partition, baseOffset } = sent[0];
    const offset = (index: number) => String(BigInt(baseOffset!) + BigInt(index));

    consumer = new PickyConsumer({
      kafka: backbone.kafka,
      pool: backbone.pool,
      schema: SCHEMA,
      groupId: `cairn-test-dlq-${backbone.suffix}`,
      topics: [backbone.topic],
      logger: backbone.logger,
    });
    await consumer.start();
    await waitFor(async () => (await backbone.pool.query(`SELECT 1 FROM ${SCHEMA}.probes_seen`)).rowCount === 1, 'the valid probe');
    const rows = await backbone.pool.query(`SELECT event_id FROM ${SCHEMA}.probes_seen`);
    expect(rows.rows).toEqual([{ event_id: valid.id }]);

    const dead = await readTopic(backbone.kafka, deadLetterTopic(backbone.topic), 3);
    const summary = dead.map(({ message }) => ({
      code: header(message, DLQ_HEADERS.errorCode),
      topic: header(message, DLQ_HEADERS.sourceTopic),
      partition: header(message, DLQ_HEADERS.sourcePartition),
      offset: header(message, DLQ_HEADERS.sourceOffset),
      group: header(message, DLQ_HEADERS.consumerGroup),
      key: message.key?.toString(),
    }));
    const from = { topic: backbone.topic, partition: String(partition), group: `cairn-test-dlq-${backbone.suffix}`, key: 'direct' };
    expect(summary).toEqual([
      { code: 'MESSAGING.MALFORMED_JSON', offset: offset(0), ...from },
      { code: 'CONTRACTS.UNKNOWN_EVENT_TYPE', offset: offset(1), ...from },
      { code: 'PROBE.REJECTED', offset: offset(2), ...from },
    ]);
    // The original bytes and headers travel unchanged; the reason is readable.
    expect(dead[0].message.value?.toString()).toBe('this is not JSON');
    expect(header(dead[0].message, 'x-origin')).toBe('test');
    expect(header(dead[1].message, DLQ_HEADERS.errorMessage)).toContain('unknown event type "NeverHeardOf"');
    expect(header(dead[2].message, DLQ_HEADERS.errorMessage)).toBe('probe 666 is not welcome');
    expect(Date.parse(header(dead[2].message, DLQ_HEADERS.failedAt)!)).not.toBeNaN();
    expect(consumer.stats).toMatchObject({ handled: 1, deadLettered: 3, retries: 0 });
  });
});
