/**
 * The platform's end-to-end job (`npm run e2e`, README's first command). Today it proves the backbone: it boots
 * the five services, appends probe events to the event store, relays them through Kafka to an idempotent
 * consumer, reads them back, trains and tracks a model with the real mlflow client (whose run events must reach
 * cairn.tracking.events), verifies the hash chain and prints a report. Later issues grow it into
 * train → track → register → promote → serve → monitor → audit.
 *
 * Run from the repository root after deploy/local/setup.sh: `node -r @swc-node/register e2e/main.ts`.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NewEvent, streamName, TOPICS } from '@cairn/contracts';
import { createPostgresEventStore } from '@cairn/event-store';
import { createKafka, ensureTopics, traceparentOf } from '@cairn/messaging';
import { context, trace } from '@opentelemetry/api';
import { createPool } from '@cairn/postgres';
import { createProbeTable, ProbeConsumer } from '../libs/messaging/src/testing/probe-consumer';
import { startRelay, startServices, stopServices } from './platform-processes';
import { trainAndTrack } from './track-step';
import { percentile, Report } from './report';

const STREAMS = 10;
const EVENTS_PER_STREAM = 50;
const RUN_DIR = path.resolve(__dirname, '../.local/e2e');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this job through \`npm run e2e\` (deploy/local/e2e.sh)`);
  return value;
}

async function main(): Promise<void> {
  const databaseUrl = required('CAIRN_DATABASE_URL');
  required('KAFKA_BROKERS');
  const runId = randomUUID().slice(0, 8);
  const report = new Report(`Cairn end-to-end job, run ${runId}`);

  const services = await startServices({ ...process.env, LOG_LEVEL: 'warn' });
  for (const service of services) {
    report.check(`${service.name} ready`, true, `http ${service.httpPort}, grpc ${service.grpcPort}, ${service.readyAfterMs} ms`);
  }

  const kafka = createKafka({ clientId: `cairn-e2e-${runId}` });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [TOPICS.diagnosticsEvents]);
  await admin.disconnect();

  const relay = startRelay({ CAIRN_RELAY_NAME: 'diagnostics', CAIRN_RELAY_CATEGORIES: 'probe' });
  const store = createPostgresEventStore({ connectionString: databaseUrl, applicationName: 'cairn-e2e' });
  const pool = createPool(databaseUrl, 'cairn-e2e');
  await createProbeTable(pool, 'diagnostics');

  const appendedAt = new Map<string, number>();
  const latencies: number[] = [];
  const consumer = new ProbeConsumer({
    kafka,
    pool,
    schema: 'diagnostics',
    groupId: `cairn-e2e-${runId}`,
    topics: [TOPICS.diagnosticsEvents],
    fromBeginning: false,
    onHandled: (event) => {
      const sentAt = appendedAt.get(event.id);
      if (sentAt !== undefined) latencies.push(Date.now() - sentAt);
    },
  });
  try {
    await relay.started();
    await consumer.start();
    await consumer.joined;

    // One span covers the appends, as a request span would in a service; its trace id must reach the consumer.
    const span = trace.getTracer('cairn-e2e').startSpan('e2e.append-probes');
    const spanContext = trace.setSpan(context.active(), span);
    const traceparent = traceparentOf(spanContext) ?? null;
    const traceId = span.spanContext().traceId;
    const streams = Array.from({ length: STREAMS }, (_, i) => streamName('probe', `e2e-${runId}-${i}`));
    const started = Date.now();
    for (let sequence = 0; sequence < EVENTS_PER_STREAM; sequence++) {
      await Promise.all(
        streams.map(async (stream) => {
          const event: NewEvent = {
            id: randomUUID(),
            type: 'ProbeRecorded',
            data: { sequence, note: `e2e run ${runId}` },
            metadata: { actor: 'system:e2e', correlationId: runId, traceparent },
          };
          await store.append(stream, [event], sequence);
          appendedAt.set(event.id!, Date.now());
        }),
      );
    }
    span.end();
    const total = STREAMS * EVENTS_PER_STREAM;
    report.check('event store append', true, `${total} events to ${STREAMS} streams in ${Date.now() - started} ms`);

    const readBack = await Promise.all(streams.map((stream) => store.readStream(stream)));
    const inOrder = readBack.every(
      (events) => events.length === EVENTS_PER_STREAM && events.every((event, i) => event.version === i + 1 && (event.data as { sequence: number }).sequence === i),
    );
    report.check('readStream returns every event in order', inOrder, `${readBack.flat().length}/${total}`);

    const deadline = Date.now() + 60_000;
    const seen = () =>
      pool.query<{ stream: string; sequence: number; active_trace_id: string | null }>(
        `SELECT stream, sequence, active_trace_id FROM diagnostics.probes_seen
          WHERE stream LIKE $1 ORDER BY seen`,
        [`probe-e2e-${runId}-%`],
      );
    let rows = (await seen()).rows;
    while (rows.length < total && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      rows = (await seen()).rows;
    }
    const perStreamOrder = streams.every((stream) => {
      const sequences = rows.filter((row) => row.stream === stream).map((row) => row.sequence);
      return sequences.length === EVENTS_PER_STREAM && sequences.every((value, i) => value === i);
    });
    report.check('relay → Kafka → consumer delivered each event once', rows.length === total, `${rows.length}/${total}`);
    report.check('per-stream order kept through Kafka', perStreamOrder, `${STREAMS} streams`);
    report.check(
      'trace continues into the consumer',
      rows.length > 0 && rows.every((row) => row.active_trace_id === traceId),
      `trace ${traceId} on every handled message`,
    );
    report.metric('append → consumer latency p50', percentile(latencies, 50), 'ms');
    report.metric('append → consumer latency p99', percentile(latencies, 99), 'ms');

    const tracking = services.find((service) => service.name === 'tracking')!;
    await trainAndTrack(kafka, tracking.httpPort, report, runId);

    const verified = await store.verify();
    report.check('hash chain verifies', verified.ok, `${verified.checked} events, head ${verified.headHash?.slice(0, 16)}…`);
  } finally {
    await consumer.stop().catch(() => undefined);
    await relay.kill('SIGTERM');
    await store.close();
    await pool.end();
    const exits = await stopServices(services);
    for (const [name, code] of Object.entries(exits)) report.check(`${name} stops cleanly on SIGTERM`, code === 0, `exit ${code}`);
  }

  mkdirSync(RUN_DIR, { recursive: true });
  const file = path.join(RUN_DIR, `report-${runId}.json`);
  writeFileSync(file, JSON.stringify(report.toJSON(), null, 2));
  console.log(report.render(file));
  process.exit(report.passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('e2e job failed:', error);
  process.exit(1);
});
