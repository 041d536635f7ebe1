import { EventEnvelope, EVENT_HEADERS, parseStreamName, StreamCategory, topicForStream } from '@cairn/contracts';
import type { RecordedEvent } from '@cairn/event-store';
import { IHeaders, Message, TopicMessages } from 'kafkajs';

/** Where an event goes: published to a topic under a key, skipped (not this relay's category), or unrouted. */
export type Route =
  | { kind: 'publish'; topic: string; key: string }
  | { kind: 'filtered' }
  | { kind: 'unrouted' };

export interface RoutingOptions {
  /** Only these categories are relayed (each service relays its own); all when absent. */
  categories?: readonly StreamCategory[];
  /** Stream → topic; defaults to the contracts' table. Tests use it to publish to an isolated topic. */
  topicFor?: (stream: string) => string | undefined;
}

export function routeEvent(stream: string, options: RoutingOptions = {}): Route {
  const parsed = parseStreamName(stream);
  if (options.categories && !(parsed && options.categories.includes(parsed.category))) return { kind: 'filtered' };
  const topic = (options.topicFor ?? topicForStream)(stream);
  if (!topic) return { kind: 'unrouted' };
  // Keyed by aggregate id so every event of one aggregate lands on one partition, in order.
  return { kind: 'publish', topic, key: parsed ? parsed.aggregateId : stream };
}

/** The envelope as JSON-safe data: the bigint position becomes the envelope's decimal `position`. */
export function toEnvelope(event: RecordedEvent): EventEnvelope {
  return {
    id: event.id,
    type: event.type,
    stream: event.stream,
    version: event.version,
    position: event.globalPosition.toString(),
    occurredAt: event.occurredAt,
    actor: event.actor,
    causationId: event.causationId,
    correlationId: event.correlationId,
    traceparent: event.traceparent,
    data: event.data,
  };
}

export function eventHeaders(event: RecordedEvent): IHeaders {
  return {
    [EVENT_HEADERS.eventId]: event.id,
    [EVENT_HEADERS.eventType]: event.type,
    [EVENT_HEADERS.stream]: event.stream,
  };
}

export interface OutgoingMessage {
  topic: string;
  message: Message;
}

/**
 * Groups messages by topic for one `sendBatch`, keeping their order within each topic; kafkajs keeps the
 * order within each partition, so per-key order is the input order (which is global position order).
 */
export function toTopicMessages(messages: readonly OutgoingMessage[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const { topic, message } of messages) {
    const list = byTopic.get(topic);
    if (list) list.push(message);
    else byTopic.set(topic, [message]);
  }
  return [...byTopic].map(([topic, list]) => ({ topic, messages: list }));
}

export interface BatchPlan {
  publish: Array<{ event: RecordedEvent; topic: string; key: string }>;
  filtered: number;
  unrouted: RecordedEvent[];
  /** The checkpoint after this batch: its last position, whether or not that event was published. */
  lastPosition: bigint;
}

export function planBatch(events: readonly RecordedEvent[], options: RoutingOptions = {}): BatchPlan {
  if (events.length === 0) throw new Error('planBatch needs at least one event');
  const plan: BatchPlan = { publish: [], filtered: 0, unrouted: [], lastPosition: 0n };
  for (const event of events) {
    if (event.globalPosition <= plan.lastPosition) {
      throw new Error(`events out of order: ${event.globalPosition} after ${plan.lastPosition}`);
    }
    plan.lastPosition = event.globalPosition;
    const route = routeEvent(event.stream, options);
    if (route.kind === 'publish') plan.publish.push({ event, topic: route.topic, key: route.key });
    else if (route.kind === 'filtered') plan.filtered += 1;
    else plan.unrouted.push(event);
  }
  return plan;
}

/**
 * Splits messages, in order, into groups of at most `maxBytes` of keys and values, so one `sendBatch` stays
 * under the broker's request and record-batch limits (1 MB by default) even when events are large.
 */
export function splitByBytes(messages: readonly OutgoingMessage[], maxBytes: number): OutgoingMessage[][] {
  const groups: OutgoingMessage[][] = [];
  let group: OutgoingMessage[] = [];
  let bytes = 0;
  for (const outgoing of messages) {
    const size = byteLength(outgoing.message.value) + byteLength(outgoing.message.key);
    if (group.length > 0 && bytes + size > maxBytes) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(outgoing);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function byteLength(value: Buffer | string | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}
