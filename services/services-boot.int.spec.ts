import { randomBytes } from 'node:crypto';
import { EVENT_HEADERS, loadProto, TOPICS } from '@cairn/contracts';
import { createPostgresEventStore } from '@cairn/event-store';
import { createKafka, silentLogger } from '@cairn/messaging';
import {
  ChannelCredentials,
  Client as GrpcClient,
  ClientReadableStream,
  credentials,
  ServiceError,
} from '@grpc/grpc-js';
import { KafkaMessage } from 'kafkajs';
import { Client } from 'pg';
import { eventually, header, readFrom, relayGauge } from './testing/relay-checks';
import { freePort, ServiceProcess } from './testing/service-process';

/**
 * Each of the five services, run from source as a real process against the real PostgreSQL and Kafka
 * (deploy/local/env.sh): it boots, answers its probes, owns its schema, relays its own stream categories and
 * stops cleanly; and it refuses to start, naming the variable, when its configuration or database is wrong.
 */
const SERVICES = [
  { name: 'tracking', schema: 'tracking' },
  { name: 'registry', schema: 'registry' },
  { name: 'governance', schema: 'governance' },
  { name: 'serving-gateway', schema: 'serving' },
  { name: 'monitoring', schema: 'monitoring' },
] as const;
const NAMES = SERVICES.map((service) => service.name);

// Bounds, not expectations: five Node processes booting at once on a loaded 2-core machine can take a minute.
jest.setTimeout(180_000);

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: source deploy/local/env.sh first`);
  return value;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The environment a service gets: the caller's, minus anything that would make runs differ, plus overrides. */
function serviceEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', KAFKAJS_NO_PARTITIONER_WARNING: '1' };
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete env.NODE_OPTIONS;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

type HealthClient = GrpcClient & {
  Check(
    request: { service: string },
    options: { deadline: number },
    callback: (error: ServiceError | null, response?: { status: string }) => void,
  ): void;
  Watch(request: { service: string }): ClientReadableStream<{ status: string }>;
};

function healthClient(port: number): HealthClient {
  const pkg = loadProto('grpc/health/v1/health.proto').grpc as unknown as {
    health: { v1: { Health: new (address: string, creds: ChannelCredentials) => HealthClient } };
  };
  return new pkg.health.v1.Health(`127.0.0.1:${port}`, credentials.createInsecure());
}

/** Opens grpc.health.v1 Watch; resolves `serving` at the first SERVING and `ended` with every status seen. */
function watchHealth(port: number) {
  const client = healthClient(port);
  const stream = client.Watch({ service: '' });
  const statuses: string[] = [];
  const serving = new Promise<void>((resolve) =>
    stream.on('data', ({ status }: { status: string }) => {
      statuses.push(status);
      if (status === 'SERVING') resolve();
    }),
  );
  const ended = new Promise<string[]>((resolve) => {
    const finish = () => {
      client.close();
      resolve(statuses);
    };
    stream.on('end', finish);
    stream.on('error', finish);
  });
  return { serving, ended };
}

function grpcHealthCheck(port: number): Promise<string> {
  const client = healthClient(port);
  return new Promise<string>((resolve, reject) =>
    client.Check({ service: '' }, { deadline: Date.now() + 5_000 }, (error, response) => {
      client.close();
      return error ? reject(error) : resolve(response!.status);
    }),
  );
}

const children: ServiceProcess[] = [];
function start(name: string, overrides: Record<string, string | undefined>): ServiceProcess {
  const child = new ServiceProcess(name, serviceEnv(overrides));
  children.push(child);
  return child;
}

afterAll(() => children.forEach((child) => child.kill()));

describe('the five services against the real PostgreSQL and Kafka', () => {
  const databaseName = `cairn_boot_${randomBytes(4).toString('hex')}`;
  let databaseUrl: string;
  const running = new Map<string, { svc: ServiceProcess; httpPort: number; grpcPort: number; readyMs: number }>();

  beforeAll(async () => {
    const appUrl = requiredEnv('CAIRN_DATABASE_URL');
    // A fresh database owned by the application role, so "the schema exists" proves this boot created it.
    const admin = new Client({ connectionString: requiredEnv('CAIRN_PG_ADMIN_URL') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${databaseName} OWNER "${decodeURIComponent(new URL(appUrl).username)}"`);
    await admin.end();
    databaseUrl = withDatabase(appUrl, databaseName);

    // Booted side by side, as a developer starts them, which also keeps this file fast.
    await Promise.all(
      SERVICES.map(async ({ name }) => {
        const [httpPort, grpcPort] = [await freePort(), await freePort()];
        const svc = start(name, { CAIRN_DATABASE_URL: databaseUrl, PORT: String(httpPort), GRPC_PORT: String(grpcPort) });
        const readyMs = await svc.waitUntilReady(httpPort, 150_000);
        running.set(name, { svc, httpPort, grpcPort, readyMs });
      }),
    );
  }, 90_000);

  afterAll(async () => {
    const timings = [...running].map(([name, { svc, readyMs }]) => {
      const startupMs = String(svc.line('service started')?.startup_ms).padStart(5);
      return `${name.padEnd(16)} "service started" at ${startupMs} ms of process uptime; /readyz 200 ${readyMs} ms after spawn`;
    });
    process.stdout.write(`\nservice start-up times (5 booting at once):\n  ${timings.join('\n  ')}\n`);
    const admin = new Client({ connectionString: requiredEnv('CAIRN_PG_ADMIN_URL') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
  });

  const service = (name: string) => {
    const entry = running.get(name);
    if (!entry) throw new Error(`${name} did not start`);
    return entry;
  };

  it.each(NAMES)('%s logs one "service started" line naming its ports', (name) => {
    const { svc, httpPort, grpcPort } = service(name);
    const started = svc.lines().filter((line) => line.msg === 'service started');
    expect(started).toEqual([expect.objectContaining({ service: name, http_port: httpPort, grpc_port: grpcPort, level: 'info' })]);
    expect(svc.stderr).toBe('');
  });

  it.each(NAMES)('%s answers /healthz, /readyz and /metrics', async (name) => {
    const { httpPort } = service(name);
    const base = `http://127.0.0.1:${httpPort}`;
    const health = await fetch(`${base}/healthz`);
    expect({ status: health.status, body: await health.json() }).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    const ok = { status: 'ok' };
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { postgres: ok, kafka: ok, relay: ok } });
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await metrics.text();
    expect(text).toContain(`process_cpu_user_seconds_total{service="${name}"}`);
    expect(relayGauge(text, 'cairn_relay_last_position', name)).toBeGreaterThanOrEqual(0);
    expect(relayGauge(text, 'cairn_relay_lag_events', name)).toBeGreaterThanOrEqual(0);
  });

  it.each(NAMES)('%s answers an unknown route and a malformed JSON body MLflow-style, never with a 500', async (name) => {
    const base = `http://127.0.0.1:${service(name).httpPort}`;
    const missing = await fetch(`${base}/api/2.0/mlflow/no-such-endpoint`);
    expect({ status: missing.status, body: await missing.json() }).toMatchObject({
      status: 404,
      body: { error_code: 'ENDPOINT_NOT_FOUND' },
    });
    const malformed = await fetch(`${base}/api/2.0/mlflow/experiments/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect({ status: malformed.status, body: await malformed.json() }).toMatchObject({
      status: 400,
      body: { error_code: 'BAD_REQUEST', message: expect.any(String) },
    });
  });

  it.each(NAMES)('%s answers gRPC health Check with SERVING', async (name) => {
    expect(await grpcHealthCheck(service(name).grpcPort)).toBe('SERVING');
  });

  it.each(SERVICES.map((s) => [s.name, s.schema]))('%s created and owns its schema "%s"', async (name, schema) => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const owner = await client.query<{ value: string }>(`SELECT value FROM ${schema}.service_info WHERE key = 'owner'`);
      expect(owner.rows).toEqual([{ value: name }]);
      const migrations = await client.query<{ name: string }>(`SELECT name FROM ${schema}.schema_migrations`);
      // Its own, and the relay's checkpoint table, kept in the service's schema.
      expect(migrations.rows.map((row) => row.name)).toEqual(expect.arrayContaining(['001_schema', 'relay/001_checkpoints']));
      const eventStore = await client.query<{ name: string }>('SELECT name FROM eventstore.schema_migrations');
      expect(eventStore.rows.map((row) => row.name)).toContain('001_events');
    } finally {
      await client.end();
    }
  });

  it('registry relays an event of its category to cairn.registry.events, keyed by model name, with its trace', async () => {
    const { httpPort } = service('registry');
    const kafka = createKafka({ clientId: 'cairn-test-boot', logger: silentLogger });
    const admin = kafka.admin();
    const store = createPostgresEventStore({ connectionString: databaseUrl, applicationName: 'cairn-test-boot' });
    await admin.connect();
    try {
      // Where the topic ends now: the shared topic may hold other runs' messages, a fresh group starts here.
      const topic = TOPICS.registryEvents;
      const before = (await admin.fetchTopicOffsets(topic)).map(({ partition, offset }) => ({ partition, offset }));
      const model = `boot-${randomBytes(4).toString('hex')}`;
      const traceId = randomBytes(16).toString('hex');
      const appended = await store.append(
        `model-${model}`,
        [
          {
            type: 'RegisteredModelCreated',
            data: { name: model },
            metadata: { actor: 'user:boot-test', correlationId: model, traceparent: `00-${traceId}-${'1'.repeat(16)}-01` },
          },
        ],
        'no_stream',
      );
      const [event] = appended.events;

      const isOurs = (candidate: KafkaMessage) => header(candidate, EVENT_HEADERS.eventId) === event.id;
      const message = await readFrom(kafka, admin, topic, before, isOurs);
      expect(message.key?.toString()).toBe(model);
      expect(header(message, EVENT_HEADERS.traceparent)).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
      expect(JSON.parse(message.value!.toString())).toMatchObject({
        id: event.id,
        type: 'RegisteredModelCreated',
        stream: `model-${model}`,
        position: event.globalPosition.toString(),
        data: { name: model },
      });

      // The checkpoint follows Kafka's acknowledgement, so the gauge may trail the message by a moment.
      await eventually(async () => {
        const text = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
        const position = relayGauge(text, 'cairn_relay_last_position', 'registry');
        return position >= Number(event.globalPosition) && relayGauge(text, 'cairn_relay_lag_events', 'registry') === 0;
      }, 'the relay gauges to pass the event');
    } finally {
      await admin.disconnect();
      await store.close();
    }
  });

  it.each(NAMES)('%s on SIGTERM turns NOT_SERVING, ends health watchers, drains and exits 0 within 5 s', async (name) => {
    const { svc, grpcPort } = service(name);
    const watch = watchHealth(grpcPort);
    await watch.serving;
    svc.child.kill('SIGTERM');
    expect(await watch.ended).toEqual(['SERVING', 'NOT_SERVING']);
    const exit = await svc.exitWithin(5_000);
    expect(exit).toEqual({ code: 0, signal: null });
    const messages = svc.lines().map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['relay started', 'shutting down', 'relay stopped', 'service stopped']));
    expect(messages.indexOf('relay stopped')).toBeLessThan(messages.indexOf('service stopped'));
    expect(svc.stderr).toBe('');
  });
});

describe('the five services refuse to start', () => {
  /** Starts all five with the same bad setting, in parallel, and waits for each to exit. */
  async function startAll(overrides: Record<string, string | undefined>) {
    return Promise.all(
      NAMES.map(async (name) => {
        const svc = start(name, { PORT: String(await freePort()), GRPC_PORT: String(await freePort()), ...overrides });
        const exit = await svc.exitWithin(120_000);
        return { name, svc, exit, output: svc.stdout + svc.stderr };
      }),
    );
  }

  function expectRefusal(
    result: Awaited<ReturnType<typeof startAll>>[number],
    code: number,
    message: string | RegExp,
  ): void {
    const { name, exit, output, svc } = result;
    // The service name in the assertion makes a failure say which one misbehaved.
    expect({ name, exit }).toEqual({ name, exit: { code, signal: null } });
    expect({ name, output }).toEqual({ name, output: expect.stringMatching(message) });
    expect({ name, started: svc.line('service started') }).toEqual({ name, started: undefined });
  }

  it('when the database port is closed: each exits 69 naming CAIRN_DATABASE_URL', async () => {
    const closed = withDatabase(requiredEnv('CAIRN_DATABASE_URL'), 'cairn').replace(/@[^/]+\//, '@127.0.0.1:1/');
    for (const result of await startAll({ CAIRN_DATABASE_URL: closed })) {
      expectRefusal(result, 69, /CAIRN_DATABASE_URL: cannot connect to 127\.0\.0\.1:1\/cairn as \w+: ECONNREFUSED/);
    }
  });

  it('when the database rejects the password: each exits 78 naming CAIRN_DATABASE_URL, without the password', async () => {
    const wrong = new URL(requiredEnv('CAIRN_DATABASE_URL'));
    wrong.password = 'not-the-password';
    for (const result of await startAll({ CAIRN_DATABASE_URL: wrong.toString() })) {
      expectRefusal(result, 78, /CAIRN_DATABASE_URL: cannot connect to .* password authentication failed .*\(28P01\)/);
      expect(result.output).not.toContain('not-the-password');
    }
  });

  it('when CAIRN_DATABASE_URL is missing: each exits 78 naming it', async () => {
    for (const result of await startAll({ CAIRN_DATABASE_URL: undefined })) {
      expectRefusal(result, 78, /invalid configuration: CAIRN_DATABASE_URL: required/);
    }
  });

  it('when the event store cannot be migrated: the service exits 70 naming CAIRN_DATABASE_URL and the event store', async () => {
    // The event store is the platform's, the same in every service: one service shows it.
    const appUrl = requiredEnv('CAIRN_DATABASE_URL');
    const databaseName = `cairn_boot_es_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: requiredEnv('CAIRN_PG_ADMIN_URL') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${databaseName} OWNER "${decodeURIComponent(new URL(appUrl).username)}"`);
      const url = withDatabase(appUrl, databaseName);
      // An applied event-store migration whose text no longer matches, which migrate() refuses.
      const app = new Client({ connectionString: url });
      await app.connect();
      await app.query(`CREATE SCHEMA eventstore;
        CREATE TABLE eventstore.schema_migrations (name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
        INSERT INTO eventstore.schema_migrations (name, checksum) VALUES ('001_events', 'edited')`);
      await app.end();

      const svc = start('registry', { CAIRN_DATABASE_URL: url, PORT: String(await freePort()), GRPC_PORT: String(await freePort()) });
      expect(await svc.exitWithin(30_000)).toEqual({ code: 70, signal: null });
      expect(svc.stdout).toMatch(
        /CAIRN_DATABASE_URL: cannot migrate the event store \(schema eventstore\) on [^:]+:\d+\/cairn_boot_es_\w+: migration eventstore\/001_events was edited/,
      );
      expect(svc.line('service started')).toBeUndefined();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('when PORT is not a number: each exits 78 naming PORT', async () => {
    for (const result of await startAll({ PORT: 'abc' })) {
      expectRefusal(result, 78, /invalid configuration: PORT: expected an integer 1-65535, got \\"abc\\"/);
    }
  });
});
