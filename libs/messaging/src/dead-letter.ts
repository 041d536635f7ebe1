import { asCairnError, deadLetterTopic, DLQ_HEADERS } from '@cairn/contracts';
import { IHeaders, Kafka, Producer } from 'kafkajs';
import { IDEMPOTENT_PRODUCER_RETRY } from './kafka';

/** A message as the consumer received it, plus where it came from. */
export interface FailedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers: IHeaders | undefined;
  consumerGroup: string;
  /** How many times handling was tried (1 when it was dead-lettered without a retry). */
  attempts: number;
}

const MAX_MESSAGE_LENGTH = 1000;

/**
 * The one mapping from an error to dead-letter headers (STYLE.md rule 5). The code is the error's stable code
 * (`CONTRACTS.UNKNOWN_EVENT_TYPE`, `INTERNAL` for anything that was not a CairnError).
 */
export function deadLetterHeaders(error: unknown, failed: FailedMessage, failedAt: Date): Record<string, string> {
  const cairn = asCairnError(error);
  const retried = failed.attempts > 1 ? `gave up after ${failed.attempts} attempts: ` : '';
  return {
    [DLQ_HEADERS.errorCode]: cairn.code,
    [DLQ_HEADERS.errorMessage]: `${retried}${cairn.message}`.slice(0, MAX_MESSAGE_LENGTH),
    [DLQ_HEADERS.sourceTopic]: failed.topic,
    [DLQ_HEADERS.sourcePartition]: String(failed.partition),
    [DLQ_HEADERS.sourceOffset]: failed.offset,
    [DLQ_HEADERS.consumerGroup]: failed.consumerGroup,
    [DLQ_HEADERS.failedAt]: failedAt.toISOString(),
  };
}

export interface DeadLetterPublisher {
  connect(): Promise<void>;
  /** Resolves once `<topic>.dlq` acknowledged the message; rejects if Kafka did not take it (never drop silently). */
  publish(failed: FailedMessage, error: unknown): Promise<void>;
  disconnect(): Promise<void>;
}

/** Publishes the ORIGINAL key, value and headers to `deadLetterTopic(topic)`, adding the reason headers. */
export function createDeadLetterPublisher(kafka: Kafka, now: () => Date = () => new Date()): DeadLetterPublisher {
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: IDEMPOTENT_PRODUCER_RETRY });
  return {
    connect: () => producer.connect(),
    disconnect: () => producer.disconnect(),
    async publish(failed, error) {
      await producer.send({
        topic: deadLetterTopic(failed.topic),
        acks: -1,
        messages: [
          {
            key: failed.key,
            value: failed.value,
            headers: { ...failed.headers, ...deadLetterHeaders(error, failed, now()) },
          },
        ],
      });
    },
  };
}
