import { setTimeout as sleep } from 'node:timers/promises';
import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { Pool } from 'pg';
import { readCheckpoint, saveCheckpoint } from './relay-checkpoints';
import { EventRelay } from './relay';
import { Backbone, openBackbone } from './testing/backbone';
import { waitFor } from './testing/kafka-testing';
import { appendProbes } from './testing/probe-events';
import { createProbeTable, ProbeConsumer } from './testing/probe-consumer';
import { RelayProcess } from './testing/relay-process';

// Generous bounds: on a loaded 2-core machine 10,000 events can take minutes; the checks, not the clock, decide.
jest.setTimeout(420_000);

const SCHEMA = 'probe_consumer';
const STREAMS = 50;
const PER_STREAM = 200;
const TOTAL = STREAMS * PER_STREAM;

// Lets the test see the handler's active context (services get this from the OpenTelemetry SDK).
beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
});

let backbone: Backbone;
let consumer: ProbeConsumer | undefined;
let relay: EventRelay | undefined;
const processes: RelayProcess[] = [];

beforeEach(async () => {
  backbone = await openBackbone();
  await createProbeTable(backbone.pool, SCHEMA);
});

afterEach(async () => {
  for (const child of processes.splice(0)) await child.kill('SIGKILL');
  await relay?.stop();
  await consumer?.stop();
  relay = undefined;
  consumer = undefined;
  if (backbone.logger.lines.length > 0) console.log(`warnings and errors:\n${backbone.logger.lines.join('\n')}`);
  await backbone.close();
});

function startConsumer(): Promise<void> {
  consumer = new ProbeConsumer({
    kafka: backbone.kafka,
    pool: backbone.pool,
    schema: SCHEMA,
    groupId: `cairn-test-${backbone.suffix}`,
    topics: [backbone.topic],
    logger: backbone.logger,
  });
  return consumer.start();
}

function newRelay(): EventRelay {
  relay = new EventRelay({
    name: `test-${backbone.suffix}`,
    store: backbone.store,
    kafka: backbone.kafka,
    pool: backbone.pool,
    schema: 'eventstore',
    topicFor: backbone.topicFor,
    logger: backbone.logger,
  });
  return relay;
}

function startRelay(): Promise<void> {
  return newRelay().start();
}

async function handledCount(pool: Pool): Promise<number> {
  const result = await pool.query<{ count: string }>(`SELECT count(*) FROM ${SCHEMA}.probes_seen`);
  return Number(result.rows[0].count);
}

/** Every probe handled exactly once, and each stream's probes handled in sequence order. */
async function expectExactlyOnceInStreamOrder(pool: Pool): Promise<void> {
  const totals = await pool.query<{ rows: string; distinct_events: string }>(
    `SELECT count(*) AS rows, count(DISTINCT (stream, sequence)) AS distinct_events FROM ${SCHEMA}.probes_seen`,
  );
  expect(totals.rows[0]).toEqual({ rows: String(TOTAL), distinct_events: String(TOTAL) });
  const perStream = await pool.query<{ stream: string; sequences: number[] }>(
    `SELECT stream, array_agg(sequence ORDER BY seen) AS sequences FROM ${SCHEMA}.probes_seen GROUP BY stream`,
  );
  expect(perStream.rows).toHaveLength(STREAMS);
  const expected = Array.from({ length: PER_STREAM }, (_, sequence) => sequence);
  const outOfOrder = perStream.rows.filter((row) => JSON.stringify(row.sequences) !== JSON.stringify(expected));
  expect(outOfOrder.map((row) => row.stream)).toEqual([]);
}

describe('EventRelay → Kafka → IdempotentConsumer', () => {
  it('10,000 events across 50 streams arrive exactly once in effect and in per-stream order', async () => {
    const plan = { streams: STREAMS, perStream: PER_STREAM / 2, chunk: 50, workers: 5 };
    // Half before the relay starts (catch-up), half while it runs (live).
    await appendProbes(backbone.store, plan);
    await startConsumer();
    await startRelay();
    await appendProbes(backbone.store, { ...plan, firstSequence: PER_STREAM / 2 });

    await waitFor(async () => (await handledCount(backbone.pool)) >= TOTAL, `${TOTAL} probes handled`, 300_000);
    await expectExactlyOnceInStreamOrder(backbone.pool);
    expect(relay!.status()).toMatchObject({ published: TOTAL, unrouted: 0, lastPosition: BigInt(TOTAL) });
    expect(await relay!.lag()).toBe(0n);
    expect(consumer!.stats).toMatchObject({ handled: TOTAL, deadLettered: 0 });
  });

  it('a relay SIGKILLed midway and restarted still gives exactly once in effect, in order', async () => {
    const name = `test-kill-${backbone.suffix}`;
    const env = {
      CAIRN_DATABASE_URL: backbone.db.url,
      CAIRN_RELAY_NAME: name,
      CAIRN_RELAY_CATEGORIES: 'probe',
      CAIRN_RELAY_TOPIC_SUFFIX: backbone.topicSuffix,
    };
    // 6,000 events wait in the store, so the first relay is usually killed during its catch-up...
    await appendProbes(backbone.store, { streams: STREAMS, perStream: 120, chunk: 40, workers: 5 });
    await startConsumer();
    const first = new RelayProcess(env);
    processes.push(first);
    await first.started();
    let killedAt: bigint | undefined;
    await waitFor(async () => ((killedAt = await readCheckpoint(backbone.pool, 'eventstore', name)) ?? 0n) >= 2000n, 'a checkpoint past 2,000', 60_000, 5);
    // A random beat later, so runs kill at different points of the read → send → checkpoint cycle.
    await sleep(Math.random() * 50);
    const exit = await first.kill('SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    const checkpointAfterKill = await readCheckpoint(backbone.pool, 'eventstore', name);

    // ...and 4,000 more arrive while it is down and after the second one started (live).
    const appending = appendProbes(backbone.store, { streams: STREAMS, perStream: 80, firstSequence: 120, chunk: 20, workers: 5, pauseMs: 20 });
    const second = new RelayProcess(env);
    processes.push(second);
    await second.started();
    await appending;
    await waitFor(async () => (await handledCount(backbone.pool)) >= TOTAL, `${TOTAL} probes handled`, 300_000);
    await waitFor(async () => (await readCheckpoint(backbone.pool, 'eventstore', name)) === BigInt(TOTAL), 'final checkpoint');
    expect((await second.kill('SIGTERM')).code).toBe(0);

    await expectExactlyOnceInStreamOrder(backbone.pool);
    expect(checkpointAfterKill!).toBeLessThan(BigInt(TOTAL));
    console.log(
      `kill -9 at checkpoint ${killedAt} (${checkpointAfterKill} once dead); consumer stats after restart: ${JSON.stringify(consumer!.stats)}` +
        ` (duplicates = events the relay re-sent after the kill, dropped by processed_events)`,
    );
  });

  it('a relay restarted from an older checkpoint re-sends; the consumer drops every duplicate', async () => {
    await appendProbes(backbone.store, { streams: 10, perStream: 100, chunk: 50, workers: 2 });
    await startConsumer();
    await startRelay();
    await waitFor(async () => (await handledCount(backbone.pool)) >= 1000, '1,000 probes handled');
    await relay!.stop();
    // What a crash between Kafka's ack and the checkpoint write leaves behind, 400 events' worth.
    await saveCheckpoint(backbone.pool, 'eventstore', `test-${backbone.suffix}`, 600n);
    await relay!.start();
    await waitFor(() => consumer!.stats.duplicates >= 400, '400 duplicates seen');
    expect(await handledCount(backbone.pool)).toBe(1000);
    expect(consumer!.stats).toMatchObject({ handled: 1000, duplicates: 400 });
  });

  it("an event's traceparent reaches the Kafka headers and the handler's context; unrouted events are counted and lag drops to 0", async () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await backbone.store.append('nowhere-1', [{ type: 'ProbeRecorded', data: { sequence: 0 }, metadata: { actor: 't', correlationId: 'c' } }], 'any');
    const appended = await backbone.store.append(
      'probe-traced',
      [{ type: 'ProbeRecorded', data: { sequence: 0 }, metadata: { actor: 't', correlationId: 'c', traceparent } }],
      'no_stream',
    );
    await startConsumer();
    const idle = newRelay();
    // Nothing relayed yet: both events count (once readable; another transaction in the cluster may hold them back).
    await waitFor(async () => (await idle.lag()) === 2n, 'lag of 2 before the relay starts');
    await idle.start();
    await waitFor(async () => (await handledCount(backbone.pool)) >= 1, 'the traced probe');
    const row = await backbone.pool.query(`SELECT * FROM ${SCHEMA}.probes_seen`);
    expect(row.rows[0]).toMatchObject({
      stream: 'probe-traced',
      header_event_id: appended.events[0].id,
      active_trace_id: '0af7651916cd43dd8448eb211c80319c',
    });
    expect(row.rows[0].header_traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    await waitFor(() => relay!.status().lastPosition === 2n, 'the relay to checkpoint past both events');
    expect(relay!.status()).toMatchObject({ published: 1, unrouted: 1, failed: false });
    expect(await relay!.lag()).toBe(0n);
  });

  it('a failed run marks the relay failed until a new run starts, which then relays from the checkpoint', async () => {
    await appendProbes(backbone.store, { streams: 1, perStream: 3, chunk: 3, workers: 1 });
    let topic = 'cairn bad topic'; // not a legal topic name: Kafka refuses it, and that is not retriable
    relay = new EventRelay({
      name: `test-fail-${backbone.suffix}`,
      store: backbone.store,
      kafka: backbone.kafka,
      pool: backbone.pool,
      schema: 'eventstore',
      topicFor: () => topic,
      restartDelayMs: 200,
      logger: backbone.logger,
    });
    await relay.start();
    await waitFor(() => relay!.status().failed, 'the relay to fail');
    expect(relay.status()).toMatchObject({ failed: true, lastPosition: undefined, lastError: expect.stringMatching(/invalid topic/) });
    expect(relay.status().restarts).toBeGreaterThanOrEqual(1);

    topic = backbone.topic;
    await waitFor(() => relay!.status().lastPosition === 3n, 'the restarted relay to pass all three events');
    expect(relay.status()).toMatchObject({ failed: false, published: 3 });
    backbone.logger.lines.length = 0; // the failures were the point
  });
});
