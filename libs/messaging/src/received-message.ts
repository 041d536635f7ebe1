import { CairnEvent } from '@cairn/contracts';
import { IHeaders, KafkaMessage } from 'kafkajs';
import { FailedMessage } from './dead-letter';
import { decodeMessage } from './decode-message';

/** A Kafka message as the consumer received it, decoded once (or with the reason it could not be). */
export interface ReceivedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
  key: string | null;
  headers: IHeaders;
  /** Span attributes for its consumer span. */
  attributes: Record<string, string>;
  event: CairnEvent | undefined;
  decodeError?: unknown;
}

export function receiveMessage(topic: string, partition: number, message: KafkaMessage): ReceivedMessage {
  const key = message.key ? message.key.toString() : null;
  const received = {
    topic,
    partition,
    message,
    key,
    headers: message.headers ?? {},
    attributes: { 'messaging.kafka.message.key': key ?? '', 'messaging.kafka.message.offset': message.offset },
  };
  try {
    return { ...received, event: decodeMessage(message.value) };
  } catch (error) {
    return { ...received, event: undefined, decodeError: error };
  }
}

export function toFailedMessage(received: ReceivedMessage, consumerGroup: string, attempts: number): FailedMessage {
  return {
    topic: received.topic,
    partition: received.partition,
    offset: received.message.offset,
    key: received.message.key,
    value: received.message.value,
    headers: received.headers,
    consumerGroup,
    attempts,
  };
}

export type Step<T> = { kind: 'unreadable'; item: T } | { kind: 'together'; items: T[] };

/**
 * Splits a partition's batch, in order, into runs of at most `max` readable messages (handled in one
 * transaction) and single unreadable ones (dead-lettered). Order is kept: steps are handled one after another.
 */
export function planSteps<T>(items: readonly T[], readable: (item: T) => boolean, max: number): Step<T>[] {
  const steps: Step<T>[] = [];
  let run: T[] = [];
  for (const item of items) {
    if (!readable(item)) {
      if (run.length > 0) steps.push({ kind: 'together', items: run });
      run = [];
      steps.push({ kind: 'unreadable', item });
      continue;
    }
    run.push(item);
    if (run.length === max) {
      steps.push({ kind: 'together', items: run });
      run = [];
    }
  }
  if (run.length > 0) steps.push({ kind: 'together', items: run });
  return steps;
}
