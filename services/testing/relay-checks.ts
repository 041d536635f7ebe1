import { randomBytes } from 'node:crypto';
import { Admin, Kafka, KafkaMessage } from 'kafkajs';

/** Test helpers for what a service's relay produces: its gauges on /metrics and its messages on Kafka. */

/** The value of a relay gauge for `relay` in a Prometheus text page (NaN when absent). */
export function relayGauge(text: string, metric: string, relay: string): number {
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${metric}{`) && candidate.includes(`relay="${relay}"`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
}

/** A Kafka header as text. */
export function header(message: KafkaMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  return (Array.isArray(value) ? value[0] : value)?.toString();
}

/** Polls `check` every 100 ms until it is true (a throw counts as false). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first message of `topic` after the given offsets that `matches`, read by a fresh consumer group. */
export async function readFrom(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  offsets: Array<{ partition: number; offset: string }>,
  matches: (message: KafkaMessage) => boolean,
): Promise<KafkaMessage> {
  const groupId = `cairn-test-relay-${randomBytes(4).toString('hex')}`;
  await admin.setOffsets({ groupId, topic, partitions: offsets });
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
  let found: KafkaMessage | undefined;
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic] });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (matches(message)) found ??= message;
      },
    });
    await eventually(async () => found !== undefined, `the relayed message on ${topic}`, 30_000);
    return found!;
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
  }
}
