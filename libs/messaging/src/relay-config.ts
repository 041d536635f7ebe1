import { STREAM_CATEGORIES, StreamCategory, topicForStream } from '@cairn/contracts';

/** What `relay-main.ts` reads from the environment; parsed here so the rules have unit tests. */
export interface RelayConfig {
  databaseUrl: string;
  brokers: string;
  name: string;
  /** Schema of the checkpoint table (default `eventstore`, next to the events). */
  schema: string;
  categories: StreamCategory[] | undefined;
  /** Appended to every routed topic: isolates a test run's or a diagnostics relay's traffic. */
  topicSuffix: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is required`);
  return value;
}

export function parseCategories(value: string | undefined): StreamCategory[] | undefined {
  const names = (value ?? '').split(',').map((name) => name.trim()).filter((name) => name.length > 0);
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(STREAM_CATEGORIES, name)) {
      throw new Error(`unknown stream category "${name}" (known: ${Object.keys(STREAM_CATEGORIES).join(', ')})`);
    }
  }
  return names as StreamCategory[];
}

export function relayConfigFromEnv(env: NodeJS.ProcessEnv): RelayConfig {
  const topicSuffix = env.CAIRN_RELAY_TOPIC_SUFFIX?.trim() ?? '';
  if (topicSuffix && !/^[a-zA-Z0-9._-]+$/.test(topicSuffix)) {
    throw new Error(`CAIRN_RELAY_TOPIC_SUFFIX "${topicSuffix}" cannot be part of a topic name`);
  }
  return {
    databaseUrl: required(env, 'CAIRN_DATABASE_URL'),
    brokers: required(env, 'KAFKA_BROKERS'),
    name: required(env, 'CAIRN_RELAY_NAME'),
    schema: env.CAIRN_RELAY_SCHEMA?.trim() || 'eventstore',
    categories: parseCategories(env.CAIRN_RELAY_CATEGORIES),
    topicSuffix,
  };
}

/** Stream → topic with the suffix applied; undefined (unrouted) exactly when the contracts say so. */
export function suffixedRoute(topicSuffix: string): (stream: string) => string | undefined {
  return (stream) => {
    const topic = topicForStream(stream);
    return topic && `${topic}${topicSuffix}`;
  };
}

/** The topics a relay of these categories publishes to (created at start, with their `.dlq`). */
export function relayTopics(categories: readonly StreamCategory[] | undefined, topicSuffix: string): string[] {
  const selected = categories ?? (Object.keys(STREAM_CATEGORIES) as StreamCategory[]);
  return [...new Set(selected.map((category) => `${STREAM_CATEGORIES[category]}${topicSuffix}`))];
}
