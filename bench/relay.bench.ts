/**
 * Event relay end to end (append → relay → Kafka → IdempotentConsumer handler) beside raw kafkajs on the same
 * broker, on a throwaway database and throwaway topics (bounded: about a minute).
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/relay.bench.ts
 *
 * Latency: 2,000 events, one per append, at a steady 200/s; Cairn is measured from the append's commit (the
 * promise resolving) to the handler, the peer from `send()` to `eachMessage` (its produce→consume round trip),
 * with the same envelope bytes, acks=-1, 3 partitions. Ratio = peer / cairn, so > 1 would mean Cairn is faster.
 * Throughput: a burst of 20,000 events (appends of 100) from the first append to the last handler call; the
 * peer sends the same count with sendBatch(500) and a no-op eachBatch. Ratio = cairn / peer.
 * The Cairn handler does real work (a row in the handler's transaction, plus the dedupe row); the peer does none.
 * Writes bench/results/relay.json.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { NewEvent, TOPICS, topicForStream } from '@cairn/contracts';
import { createPostgresEventStore } from '@cairn/event-store';
import { createKafka, EventRelay, ensureTopics, silentLogger } from '@cairn/messaging';
import { createPool } from '@cairn/postgres';
import { createTestDatabase } from '@cairn/postgres/testing';
import { Kafka } from 'kafkajs';
import { waitFor } from '../libs/messaging/src/testing/kafka-testing';
import { createProbeTable, ProbeConsumer } from '../libs/messaging/src/testing/probe-consumer';
import { probeEnvelope } from '../libs/messaging/src/testing/envelopes';
import { BenchRow, benchRow, writeBenchResults } from './bench-results';

const LATENCY_EVENTS = 2000;
const LATENCY_RATE = 200;
const BURST_EVENTS = 20_000;
const BURST_APPEND = 100;
const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/relay.bench.ts';
const PEER = 'kafkajs 2.2.4 raw produce→consume, same broker';

const now = () => performance.now();

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Calls `work(i)` for i < count at `perSecond`, on schedule (not waiting for the previous call). */
async function paced(count: number, perSecond: number, work: (index: number) => Promise<void>): Promise<void> {
  const start = now();
  const running: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const due = start + (index * 1000) / perSecond;
    if (due > now()) await sleep(due - now());
    running.push(work(index));
  }
  await Promise.all(running);
}

const probe = (sequence: number): NewEvent => ({
  type: 'ProbeRecorded',
  data: { sequence },
  metadata: { actor: 'user:bench', correlationId: randomUUID() },
});

async function cairn(kafka: Kafka, suffix: string) {
  const db = await createTestDatabase('cairn_bench_relay');
  const store = createPostgresEventStore({ connectionString: db.url, applicationName: 'bench-relay-store' });
  await store.init();
  const pool = createPool(db.url, 'bench-relay');
  const topic = `${TOPICS.diagnosticsEvents}.bench-${suffix}`;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  await createProbeTable(pool, 'bench_consumer');

  const appendedAt = new Map<string, { call: number; commit: number }>();
  const handledAt = new Map<string, number>();
  // Wall-clock stamps for the breakdown: commit → the relay's produce (Kafka message timestamp) → handler.
  const committedAt = new Map<string, number>();
  const producedAt = new Map<string, number>();
  const consumer = new ProbeConsumer({
    kafka,
    pool,
    schema: 'bench_consumer',
    groupId: `cairn-bench-${suffix}`,
    topics: [topic],
    logger: silentLogger,
    onHandled: (event, meta) => {
      handledAt.set(event.id, now());
      producedAt.set(event.id, Number(meta.timestamp));
    },
  });
  const relay = new EventRelay({
    name: `bench-${suffix}`,
    store,
    kafka,
    pool,
    schema: 'eventstore',
    topicFor: (stream) => (topicForStream(stream) ? topic : undefined),
    logger: silentLogger,
  });
  await consumer.start();
  await consumer.joined;
  await relay.start();

  // Latency: one event per append, 20 streams, steady rate.
  await paced(LATENCY_EVENTS, LATENCY_RATE, async (index) => {
    const call = now();
    const result = await store.append(`probe-lat-${index % 20}`, [probe(index)], 'any');
    appendedAt.set(result.events[0].id, { call, commit: now() });
    committedAt.set(result.events[0].id, Date.now());
  });
  await waitFor(() => handledAt.size >= LATENCY_EVENTS, 'latency events handled', 60_000, 20);
  const fromCommit: number[] = [];
  const fromCall: number[] = [];
  const relayHop: number[] = [];
  for (const [id, at] of appendedAt) {
    fromCommit.push(handledAt.get(id)! - at.commit);
    fromCall.push(handledAt.get(id)! - at.call);
    relayHop.push(producedAt.get(id)! - committedAt.get(id)!);
  }

  // Throughput: a burst, 4 appenders, 50 streams.
  handledAt.clear();
  const burstStart = now();
  let appendsDone = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let batch = next++; batch * BURST_APPEND < BURST_EVENTS; batch = next++) {
        const events = Array.from({ length: BURST_APPEND }, (_, i) => probe(batch * BURST_APPEND + i));
        await store.append(`probe-burst-${batch % 50}`, events, 'any');
      }
    }),
  );
  appendsDone = now();
  const head = BigInt(LATENCY_EVENTS + BURST_EVENTS);
  await waitFor(() => relay.lastPosition === head, 'burst relayed', 120_000, 5);
  const relayedAt = now();
  await waitFor(() => handledAt.size >= BURST_EVENTS, 'burst handled', 120_000, 20);
  const lastHandled = Math.max(...handledAt.values());
  const burstSeconds = (lastHandled - burstStart) / 1000;

  const stats = { relay: relay.status(), consumer: { ...consumer.stats } };
  await relay.stop();
  await consumer.stop();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
  await store.close();
  await pool.end();
  await db.drop();
  return {
    fromCommit,
    fromCall,
    relayHop,
    burstPerSecond: BURST_EVENTS / burstSeconds,
    appendSeconds: (appendsDone - burstStart) / 1000,
    relayedSeconds: (relayedAt - burstStart) / 1000,
    burstSeconds,
    stats,
  };
}

async function peer(kafka: Kafka, suffix: string) {
  const topic = `cairn.bench.peer-${suffix}`;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  const value = JSON.stringify(probeEnvelope(1));
  const producer = kafka.producer();
  await producer.connect();
  const sentAt = new Map<string, number>();
  const received = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `cairn-bench-peer-${suffix}`, maxWaitTimeInMs: 500 });
  let joined = () => undefined as void;
  const join = new Promise<void>((resolve) => (joined = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joined());
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: async ({ batch }) => {
      const at = now();
      for (const message of batch.messages) received.set(message.key!.toString(), at);
    },
  });
  await join;

  await paced(LATENCY_EVENTS, LATENCY_RATE, async (index) => {
    const key = `lat-${index}`;
    sentAt.set(key, now());
    await producer.send({ topic, acks: -1, messages: [{ key, value }] });
  });
  await waitFor(() => received.size >= LATENCY_EVENTS, 'peer latency messages', 60_000, 20);
  const latency = [...sentAt].map(([key, at]) => received.get(key)! - at);

  received.clear();
  const burstStart = now();
  for (let start = 0; start < BURST_EVENTS; start += 500) {
    const messages = Array.from({ length: 500 }, (_, i) => ({ key: `burst-${start + i}`, value }));
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
  }
  await waitFor(() => received.size >= BURST_EVENTS, 'peer burst', 60_000, 20);
  const burstSeconds = (Math.max(...received.values()) - burstStart) / 1000;

  await consumer.disconnect();
  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
  await admin.disconnect();
  return { latency, burstPerSecond: BURST_EVENTS / burstSeconds };
}

async function main(): Promise<void> {
  const suffix = `${Date.now().toString(36)}`;
  const kafka = createKafka({ clientId: `cairn-bench-${suffix}`, logger: silentLogger });
  const started = now();
  const peerResult = await peer(kafka, suffix);
  const cairnResult = await cairn(kafka, suffix);
  const date = new Date().toISOString();
  const row = (workload: string, metric: string, cairn: number, peerValue: number, unit: string, higherIsBetter: boolean) =>
    benchRow({ workload, metric, cairn, peer: PEER, peerValue, unit, higherIsBetter }, COMMAND, date);
  const latency = `${LATENCY_EVENTS} events, 1 per append, ${LATENCY_RATE}/s`;
  const rows: BenchRow[] = [
    row(`${latency}: commit → handler (peer: send → eachMessage)`, 'p50', percentile(cairnResult.fromCommit, 50), percentile(peerResult.latency, 50), 'ms', false),
    row(`${latency}: commit → handler (peer: send → eachMessage)`, 'p99', percentile(cairnResult.fromCommit, 99), percentile(peerResult.latency, 99), 'ms', false),
    row(`${latency}: append call → handler (peer: send → eachMessage)`, 'p50', percentile(cairnResult.fromCall, 50), percentile(peerResult.latency, 50), 'ms', false),
    row(`${latency}: append call → handler (peer: send → eachMessage)`, 'p99', percentile(cairnResult.fromCall, 99), percentile(peerResult.latency, 99), 'ms', false),
    row(`burst of ${BURST_EVENTS} events (appends of ${BURST_APPEND}) → handler`, 'throughput', cairnResult.burstPerSecond, peerResult.burstPerSecond, 'events/s', true),
  ];
  console.log(
    `latency breakdown: commit → relay produce p50 ${percentile(cairnResult.relayHop, 50)} ms, p99 ${percentile(cairnResult.relayHop, 99)} ms ` +
      '(ms clock); the rest is Kafka → consumer → handler transaction',
  );
  console.log(
    `burst detail: appends took ${cairnResult.appendSeconds.toFixed(2)} s, relay checkpointed the last event at ` +
      `${cairnResult.relayedSeconds.toFixed(2)} s, last handler at ${cairnResult.burstSeconds.toFixed(2)} s; ` +
      `relay ${JSON.stringify(cairnResult.stats.relay, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}; consumer ${JSON.stringify(cairnResult.stats.consumer)}`,
  );
  console.log(`bench took ${((now() - started) / 1000).toFixed(1)} s`);
  writeBenchResults('relay', rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
