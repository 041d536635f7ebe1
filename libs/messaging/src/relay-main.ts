/**
 * Runs one event relay as its own process, configured from the environment:
 *   CAIRN_DATABASE_URL, KAFKA_BROKERS, CAIRN_RELAY_NAME (required);
 *   CAIRN_RELAY_CATEGORIES (comma list, default all), CAIRN_RELAY_SCHEMA (checkpoint schema, default eventstore),
 *   CAIRN_RELAY_TOPIC_SUFFIX (appended to every topic; isolates test runs).
 * Start:  node -r @swc-node/register libs/messaging/src/relay-main.ts
 * SIGTERM/SIGINT stop it cleanly; SIGKILL is fine too: it resumes from its checkpoint (at-least-once).
 */
import { createPostgresEventStore } from '@cairn/event-store';
import { consoleLogger, errorFields } from './logger';
import { createKafka } from './kafka';
import { EventRelay } from './relay';
import { relayConfigFromEnv, relayTopics, suffixedRoute } from './relay-config';
import { ensureTopics } from './topics';

async function main(): Promise<void> {
  const config = relayConfigFromEnv(process.env);
  const logger = consoleLogger;
  const kafka = createKafka({ clientId: `cairn-relay-${config.name}`, brokers: config.brokers, logger });

  const topics = relayTopics(config.categories, config.topicSuffix);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, topics);
  } finally {
    await admin.disconnect();
  }

  const store = createPostgresEventStore({
    connectionString: config.databaseUrl,
    applicationName: `cairn-relay-${config.name}`,
  });
  await store.init();
  const relay = new EventRelay({
    name: config.name,
    store,
    kafka,
    pool: store.pool,
    schema: config.schema,
    categories: config.categories,
    topicFor: config.topicSuffix ? suffixedRoute(config.topicSuffix) : undefined,
    logger,
  });
  await relay.start();
  logger.info('relay started', { relay: config.name, topics, categories: config.categories ?? 'all', pid: process.pid });

  const report = setInterval(async () => {
    const status = relay.status();
    const lag = await relay.lag().catch(() => undefined);
    logger.info('relay status', {
      ...status,
      lastPosition: status.lastPosition?.toString(),
      lastSeenPosition: status.lastSeenPosition?.toString(),
      lag: lag?.toString(),
    });
  }, 30_000);
  report.unref();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('relay stopping', { relay: config.name, signal });
    clearInterval(report);
    await relay.stop();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  consoleLogger.error('relay could not start', errorFields(error));
  process.exit(1);
});
