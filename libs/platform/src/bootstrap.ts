import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamCategory } from '@cairn/contracts';
import { createKafka, messagingMigrations } from '@cairn/messaging';
import { setLogger as setGrpcLogger } from '@grpc/grpc-js';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { z } from 'zod';
import { AccessGuard, Authorizer, GrpcAccessRules, HttpAccessRules, RemoteAuthorizer, WithBootstrapAdmin } from './auth';
import { BaseConfig, ConfigError, LOG_LEVELS, loadConfig } from './config';
import { openDatabase, openEventStore, StartupError } from './database';
import { EXIT } from './exit-codes';
import { GrpcServer } from './grpc/grpc-server';
import { applyHttpSecurity } from './http/security';
import { KafkaProbe, postgresCheck } from './health/checks';
import { addHealthService } from './health/grpc-health';
import { Readiness } from './health/readiness';
import { createLogger, Logger, NestLogger } from './logger';
import { messagingLogger } from './messaging-logger';
import { createMetricsRegistry } from './metrics';
import { PlatformModule, PlatformResources } from './platform.module';
import { ServiceRelay } from './relay/service-relay';
import { shutdownTelemetry } from './telemetry';

export interface ServiceDefinition<T extends BaseConfig> {
  /** Service name as it appears in logs, metrics and `application_name`, e.g. `serving-gateway`. */
  name: string;
  /** The PostgreSQL schema the service owns, e.g. `serving`. */
  schema: string;
  /** The service's root Nest module. */
  module: Type<unknown> | DynamicModule;
  configSchema: z.ZodType<T>;
  /** Folder of `<NNN_name>/up.sql` migrations for `schema`. */
  migrationsDir: string;
  /**
   * The stream categories this service appends, relayed to their topics by a relay named after the service
   * with its checkpoint in `schema` (ARCHITECTURE.md "Services"). No relay when absent.
   */
  relay?: { categories: StreamCategory[] };
  /**
   * Which operation each REST route and gRPC method needs (ARCHITECTURE.md "Auth"); a route without a rule is
   * refused. `authorizer`: who answers for tokens other than the bootstrap admin's; governance's own (local), every
   * other service asks governance over gRPC.
   */
  access: {
    http: HttpAccessRules;
    grpc: GrpcAccessRules;
    authorizer?: (resources: Pick<PlatformResources, 'pool' | 'store' | 'logger' | 'config'>) => Authorizer;
  };
}

const RELAY_GRACE_MS = 2_000;

/** Root module built per run: the platform (global) plus the service's own module. */
@Module({})
class ServiceRootModule {}

/**
 * Runs one Cairn service process: configuration, database, schema and event store first (exit 78/69/70 before
 * any port opens), then the relay (in the background), Nest on PORT and gRPC on GRPC_PORT, then graceful
 * shutdown on SIGTERM/SIGINT. Never returns normally: the process exits when the service stops.
 */
export async function runService<T extends BaseConfig>(definition: ServiceDefinition<T>): Promise<void> {
  const { name } = definition;
  const bootLogger = createLogger({ service: name, level: initialLevel() });
  process.on('uncaughtException', (error) => exitWith(bootLogger, EXIT.software, 'uncaught exception', error));
  process.on('unhandledRejection', (error) => exitWith(bootLogger, EXIT.software, 'unhandled promise rejection', error));

  let config: T;
  try {
    config = loadConfig(definition.configSchema);
  } catch (error) {
    if (error instanceof ConfigError) {
      bootLogger.fatal({ problems: error.problems }, error.message);
      return process.exit(EXIT.config);
    }
    throw error;
  }

  const logger = createLogger({ service: name, level: config.LOG_LEVEL });
  // grpc-js writes its own diagnostics to stderr as plain text; keep every line JSON.
  setGrpcLogger({ error: (...parts: unknown[]) => logger.warn({ component: 'grpc-js' }, parts.map(String).join(' ')) });
  try {
    const { app, resources } = await start(definition, config, logger);
    installSignalHandlers(app, resources, config, logger);
  } catch (error) {
    if (error instanceof StartupError) exitWith(logger, error.exitCode, error.message);
    exitWith(logger, EXIT.software, `start-up failed: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

async function start<T extends BaseConfig>(definition: ServiceDefinition<T>, config: T, logger: Logger) {
  const { name, schema } = definition;
  const { pool, applied } = await openDatabase({
    url: config.CAIRN_DATABASE_URL,
    service: name,
    schema,
    migrationsDir: definition.migrationsDir,
    // The relay's checkpoint table lives in the service's schema, migrated with it before any port opens.
    libraryMigrations: definition.relay ? messagingMigrations('relay', schema) : [],
  });
  if (applied.length > 0) logger.info({ schema, migrations: applied }, 'migrations applied');
  const store = await openEventStore(config.CAIRN_DATABASE_URL, pool);

  const readiness = new Readiness({
    onChange: (report) =>
      report.ready
        ? logger.info('ready')
        : logger.warn({ failing: report.failing, checks: report.checks }, `not ready: ${report.failing.join(', ')}`),
  });
  const kafkaOptions = { clientId: `cairn-${name}`, brokers: config.KAFKA_BROKERS, logger: messagingLogger(logger) };
  const kafka = createKafka(kafkaOptions);
  const kafkaProbe = new KafkaProbe(createKafka({ ...kafkaOptions, probe: true }));
  readiness.register('postgres', postgresCheck(pool));
  readiness.register('kafka', () => kafkaProbe.check());
  const metrics = createMetricsRegistry(name);

  const relay =
    definition.relay &&
    new ServiceRelay({ ...definition.relay, name, schema, store, kafka, pool, metrics, logger: kafkaOptions.logger });
  if (relay) readiness.register('relay', () => relay.check());
  // In the background: creating its topics waits for Kafka, the service's start-up does not.
  const relayStarting = relay?.start();

  const grpc = new GrpcServer();
  addHealthService(grpc, readiness);
  const authorizer = new WithBootstrapAdmin(
    config.CAIRN_BOOTSTRAP_ADMIN_TOKEN,
    definition.access.authorizer?.({ pool, store, logger, config }) ??
      new RemoteAuthorizer(config.CAIRN_GOVERNANCE_GRPC_ADDRESS, config.CAIRN_AUTH_CACHE_MS),
  );
  grpc.requireAccess({ service: name, authorizer, rules: definition.access.grpc });

  const resources: PlatformResources = {
    service: name,
    config,
    logger,
    pool,
    store,
    kafka,
    kafkaProbe,
    readiness,
    grpc,
    metrics,
    relay,
  };
  const root: DynamicModule = {
    module: ServiceRootModule,
    imports: [PlatformModule.forRoot(resources), definition.module],
  };
  // abortOnError false: a wiring mistake must reach our handler and exit cleanly, not abort() with a core dump.
  const app = await NestFactory.create(root, { logger: new NestLogger(logger), abortOnError: false });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.useGlobalGuards(new AccessGuard(name, authorizer, definition.access.http));
  // Before init(): a refused request (bad Host, cross-site content type) is answered before any body is read.
  applyHttpSecurity(app, { allowedHosts: [...config.CAIRN_ALLOWED_HOSTS, config.HOST] });
  // MLflow's log-batch may carry up to 1 MB of JSON (plus encoding overhead); Nest's default is 100 kB.
  (app as NestExpressApplication).useBodyParser('json', { limit: '5mb' });

  await app.init(); // runs every onModuleInit, where services add their gRPC services
  await listen('PORT', config.HOST, config.PORT, () => app.listen(config.PORT, config.HOST));
  const grpcPort = await listen('GRPC_PORT', config.HOST, config.GRPC_PORT, () =>
    grpc.start(config.HOST, config.GRPC_PORT),
  );

  // A bounded moment for the relay's first attempt (it usually finished during Nest's start), so the first
  // readiness verdict is not a false "relay: starting".
  if (relayStarting) await Promise.race([relayStarting, sleep(RELAY_GRACE_MS)]);
  readiness.markRunning();
  logger.info(
    {
      host: config.HOST,
      http_port: config.PORT,
      grpc_port: grpcPort,
      schema,
      relay_categories: definition.relay?.categories,
      grpc_services: grpc.serviceNames,
      startup_ms: Math.round(process.uptime() * 1000),
    },
    'service started',
  );
  // First readiness verdict now, so a wrong KAFKA_BROKERS shows in the log at once, not at the first probe.
  void readiness.report();
  return { app, resources };
}

async function listen<R>(variable: string, host: string, port: number, bind: () => Promise<R>): Promise<R> {
  try {
    return await bind();
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new StartupError(`${variable}: cannot listen on ${host}:${port}: ${reason}`, EXIT.config, { cause: error });
  }
}

/**
 * SIGTERM/SIGINT: report not ready, stop accepting, let in-flight HTTP and gRPC calls finish (bounded by
 * CAIRN_SHUTDOWN_TIMEOUT_MS), run Nest's shutdown hooks (services stop consumers, the platform closes the pool
 * and Kafka clients), flush telemetry, exit 0. We own the signals rather than `app.enableShutdownHooks()`,
 * which runs the same hooks but then re-raises the signal, so the exit code would be 143 instead of 0.
 */
function installSignalHandlers(
  app: INestApplication,
  resources: PlatformResources,
  config: BaseConfig,
  logger: Logger,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) exitWith(logger, EXIT.software, `${signal} received again during shutdown; exiting now`);
    stopping = true;
    const started = Date.now();
    const timeoutMs = config.CAIRN_SHUTDOWN_TIMEOUT_MS;
    logger.info({ signal, timeout_ms: timeoutMs }, 'shutting down');
    // Backstop: shutdown hooks that hang must not keep a stopped service alive forever (drain + hooks + flush).
    setTimeout(() => exitWith(logger, EXIT.software, 'shutdown did not finish in time'), timeoutMs + 8_000).unref();

    resources.readiness.markStopping();
    await Promise.all([closeHttp(app.getHttpServer() as Server, timeoutMs), resources.grpc.shutdown(timeoutMs)]);
    try {
      await app.close();
    } catch (error) {
      exitWith(logger, EXIT.software, 'shutdown hooks failed', error);
    }
    await shutdownTelemetry(3_000);
    logger.info({ duration_ms: Date.now() - started }, 'service stopped');
    process.exit(EXIT.ok);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (received) => void stop(received));
}

/** Stops accepting connections, waits for in-flight requests, and cuts the rest off after `timeoutMs`. */
function closeHttp(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function exitWith(logger: Logger, code: number, message: string, error?: unknown): never {
  logger.fatal(error === undefined ? {} : { err: error }, message);
  process.exit(code);
}

/** The level for lines written before the configuration is validated. */
function initialLevel(): string {
  const level = process.env.LOG_LEVEL?.trim();
  return level && (LOG_LEVELS as readonly string[]).includes(level) ? level : 'info';
}
