import { deadLetterTopic, TOPICS, topicForStream } from '@cairn/contracts';
import { createPostgresEventStore, PostgresEventStore } from '@cairn/event-store';
import { createPool } from '@cairn/postgres';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { Admin, Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { createKafka } from '../kafka';
import { ensureTopics } from '../topics';
import { uniqueSuffix } from './kafka-testing';
import { RecordingLogger } from './recording-logger';

/**
 * What an int test of the backbone needs, all its own: a fresh database with the event store, and a fresh
 * topic (plus `.dlq`) named with a random suffix, deleted again at the end. Nothing depends on earlier runs.
 */
export interface Backbone {
  db: TestDatabase;
  store: PostgresEventStore;
  pool: Pool;
  kafka: Kafka;
  admin: Admin;
  suffix: string;
  /** `cairn.diagnostics.events.test-<suffix>`: where this run's probes are relayed. */
  topic: string;
  /** What relay-main appends to the contracts' topic to get `topic` (CAIRN_RELAY_TOPIC_SUFFIX). */
  topicSuffix: string;
  /** Routes what the contracts route, to this run's topic. */
  topicFor: (stream: string) => string | undefined;
  logger: RecordingLogger;
  close(): Promise<void>;
}

export async function openBackbone(): Promise<Backbone> {
  const suffix = uniqueSuffix();
  const topicSuffix = `.test-${suffix}`;
  const topic = `${TOPICS.diagnosticsEvents}${topicSuffix}`;
  const logger = new RecordingLogger();
  const db = await createTestDatabase('cairn_messaging');
  const store = createPostgresEventStore({ connectionString: db.url, applicationName: 'messaging-test-store' });
  await store.init();
  const pool = createPool(db.url, 'messaging-test');
  const kafka = createKafka({ clientId: `cairn-test-${suffix}`, logger });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic]);
  return {
    db,
    store,
    pool,
    kafka,
    admin,
    suffix,
    topic,
    topicSuffix,
    topicFor: (stream) => (topicForStream(stream) ? topic : undefined),
    logger,
    async close() {
      await admin.deleteTopics({ topics: [topic, deadLetterTopic(topic)] }).catch(() => undefined);
      await admin.disconnect();
      await store.close();
      await pool.end();
      await db.drop();
    },
  };
}
