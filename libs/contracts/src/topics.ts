/**
 * Kafka topic names and the stream-category → topic routing, defined once (DESIGN.md "Kafka topics").
 * Every producer and consumer imports these; nobody retypes a topic string.
 */
export const TOPICS = {
  trackingEvents: 'cairn.tracking.events',
  registryEvents: 'cairn.registry.events',
  governanceEvents: 'cairn.governance.events',
  servingEvents: 'cairn.serving.events',
  monitoringEvents: 'cairn.monitoring.events',
  inferenceLog: 'cairn.inference.log',
  feedback: 'cairn.feedback',
  /** Platform self-checks (the e2e job and the backbone tests append probes and watch them arrive). */
  diagnosticsEvents: 'cairn.diagnostics.events',
} as const;

export type DomainTopic = (typeof TOPICS)[keyof typeof TOPICS];

/** Streaming inference topics are per deployment: `cairn.inference.<deployment>.requests|responses`. */
export function inferenceTopic(deployment: string, direction: 'requests' | 'responses'): string {
  if (!/^[a-zA-Z0-9._-]+$/.test(deployment)) {
    throw new Error(`deployment name "${deployment}" cannot be part of a Kafka topic name`);
  }
  return `cairn.inference.${deployment}.${direction}`;
}

export const DLQ_SUFFIX = '.dlq';

export function deadLetterTopic(topic: string): string {
  return topic.endsWith(DLQ_SUFFIX) ? topic : `${topic}${DLQ_SUFFIX}`;
}

/** Headers every dead letter carries, so an operator can find and replay the original. */
export const DLQ_HEADERS = {
  errorCode: 'cairn-dlq-error-code',
  errorMessage: 'cairn-dlq-error-message',
  sourceTopic: 'cairn-dlq-source-topic',
  sourcePartition: 'cairn-dlq-source-partition',
  sourceOffset: 'cairn-dlq-source-offset',
  consumerGroup: 'cairn-dlq-consumer-group',
  failedAt: 'cairn-dlq-failed-at',
} as const;

/** Headers on every event message: the W3C trace context plus the envelope's identifiers for cheap routing. */
export const EVENT_HEADERS = {
  traceparent: 'traceparent',
  tracestate: 'tracestate',
  eventId: 'cairn-event-id',
  eventType: 'cairn-event-type',
  stream: 'cairn-stream',
} as const;

/**
 * Event-store stream categories (the part of a stream name before the first '-') and the topic their events
 * are relayed to. The message key is the aggregate id (the rest of the stream name), so order holds per aggregate.
 */
export const STREAM_CATEGORIES = {
  experiment: TOPICS.trackingEvents,
  run: TOPICS.trackingEvents,
  model: TOPICS.registryEvents,
  policy: TOPICS.governanceEvents,
  approval: TOPICS.governanceEvents,
  decision: TOPICS.governanceEvents,
  principal: TOPICS.governanceEvents,
  /** Governance's audited refusals (AccessDenied, AuthenticationFailed), one stream per UTC day: `access-2026-11-27`. */
  access: TOPICS.governanceEvents,
  deployment: TOPICS.servingEvents,
  monitor: TOPICS.monitoringEvents,
  probe: TOPICS.diagnosticsEvents,
} as const satisfies Record<string, DomainTopic>;

export type StreamCategory = keyof typeof STREAM_CATEGORIES;

export interface StreamName {
  category: StreamCategory;
  aggregateId: string;
}

export function streamName(category: StreamCategory, aggregateId: string): string {
  if (aggregateId.length === 0) throw new Error(`empty aggregate id for stream category "${category}"`);
  return `${category}-${aggregateId}`;
}

/** Splits `model-fraud-detector` into `{category: 'model', aggregateId: 'fraud-detector'}`; undefined if unknown. */
export function parseStreamName(stream: string): StreamName | undefined {
  const dash = stream.indexOf('-');
  if (dash <= 0 || dash === stream.length - 1) return undefined;
  const category = stream.slice(0, dash);
  if (!Object.prototype.hasOwnProperty.call(STREAM_CATEGORIES, category)) return undefined;
  return { category: category as StreamCategory, aggregateId: stream.slice(dash + 1) };
}

export function topicForStream(stream: string): DomainTopic | undefined {
  const parsed = parseStreamName(stream);
  return parsed ? STREAM_CATEGORIES[parsed.category] : undefined;
}

/** Every topic the platform creates at start-up, with its dead-letter twin. */
export function allPlatformTopics(): string[] {
  const domain = Object.values(TOPICS) as string[];
  return [...domain, ...domain.map(deadLetterTopic)];
}
