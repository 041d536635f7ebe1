import { deadLetterTopic } from '@cairn/contracts';
import { Admin } from 'kafkajs';

export interface EnsureTopicsOptions {
  partitions?: number;
  /** Defaults to the broker's `default.replication.factor`. */
  replicationFactor?: number;
}

/** Each topic plus its `.dlq` twin, without duplicates (a `.dlq` topic has no twin of its own). */
export function withDeadLetterTopics(topics: readonly string[]): string[] {
  return [...new Set(topics.flatMap((topic) => [topic, deadLetterTopic(topic)]))];
}

/**
 * Creates the topics (and their dead-letter twins) that do not exist yet; auto-creation is off on our brokers.
 * Idempotent and safe to race: another starter creating the same topic is not an error. Returns what it created.
 */
export async function ensureTopics(
  admin: Admin,
  topics: readonly string[],
  options: EnsureTopicsOptions = {},
): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = withDeadLetterTopics(topics).filter((topic) => !existing.has(topic));
  if (missing.length === 0) return [];
  // kafkajs resolves false (not throws) when every failure is TOPIC_ALREADY_EXISTS, i.e. we lost a race.
  await admin.createTopics({
    waitForLeaders: true,
    topics: missing.map((topic) => ({
      topic,
      numPartitions: options.partitions ?? 3,
      replicationFactor: options.replicationFactor ?? -1,
    })),
  });
  return missing;
}
