import { setTimeout as sleep } from 'node:timers/promises';
import { CairnError, CairnEvent, deadLetterTopic } from '@cairn/contracts';
import { withTransaction } from '@cairn/postgres';
import { Context } from '@opentelemetry/api';
import { Consumer, EachBatchPayload, IHeaders, Kafka } from 'kafkajs';
import { Pool, PoolClient } from 'pg';
import { createDeadLetterPublisher, DeadLetterPublisher } from './dead-letter';
import { DEFAULT_RETRY_POLICY, dispositionOf, retryDelayMs, RetryPolicy } from './error-policy';
import { consoleLogger, errorFields, Logger } from './logger';
import { migrateConsumer } from './migrations';
import { markProcessed, markProcessedMany } from './processed-events';
import { planSteps, ReceivedMessage, receiveMessage, toFailedMessage } from './received-message';
import { ensureTopics } from './topics';
import { recordSpanError, withConsumerSpan } from './trace-context';

export interface MessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: IHeaders;
  /** The message's Kafka timestamp (ms since the epoch, as a string): when the relay produced it. */
  timestamp: string;
  /** 1 on the first try, then 2, 3… while retrying a transient failure. */
  attempt: number;
  /** The consumer span's context (also `context.active()` when a context manager is registered). */
  traceContext: Context;
}

export interface IdempotentConsumerOptions {
  kafka: Kafka;
  /** Where `processed_events` and the handler's own tables live. */
  pool: Pool;
  schema: string;
  groupId: string;
  topics: readonly string[];
  /** Dedupe identity in `processed_events`; defaults to the group id. */
  consumerName?: string;
  /** Where a new group starts; default true, so a new consumer sees the topic's whole retained history. */
  fromBeginning?: boolean;
  retry?: Partial<RetryPolicy>;
  /**
   * Consecutive messages of one partition handled in one transaction when all succeed (default 50; 1 = one
   * transaction per message). Each message's dedupe row and handler writes still commit together.
   */
  messagesPerTransaction?: number;
  /** Partitions handled in parallel (each still strictly in order); default 3. */
  partitionsConsumedConcurrently?: number;
  /** Create missing `<topic>.dlq` topics at start (default true): a dead letter must have somewhere to go. */
  ensureDeadLetterTopics?: boolean;
  /**
   * Skip (log, do not dead-letter) events whose type this build's contracts do not know yet: for consumers of a
   * topic other services add event types to, so a rolling deploy of the producer does not fill the dead letters.
   * Default false: an unknown type is a bad message.
   */
  skipUnknownEventTypes?: boolean;
  /** Shared publisher; by default the consumer creates and owns one. */
  deadLetters?: DeadLetterPublisher;
  logger?: Logger;
}

export interface ConsumerStats {
  handled: number;
  duplicates: number;
  deadLettered: number;
  retries: number;
  /** Unknown event types passed over (only with `skipUnknownEventTypes`). */
  skipped: number;
}

type Outcome = 'done' | 'abandoned';

/**
 * The base of every Kafka consumer in Cairn (DESIGN.md principle 3). Per message: decode and validate the
 * envelope; in ONE transaction record the event id in `processed_events` and run `handle`, so the handler's
 * writes and the dedupe mark commit together; only then mark the offset for commit. A redelivered event finds
 * its id and is skipped. Bad messages go to `<topic>.dlq` at once, transient failures after bounded retries.
 *
 * For throughput, consecutive messages of a partition share that transaction (`messagesPerTransaction`); if
 * anything in it fails, it is rolled back whole and the messages are redone one per transaction, so the
 * retry / dead-letter policy applies to exactly the message that failed. Handlers must therefore keep any
 * effect outside `tx` idempotent (they may run again), as they must for retries anyway.
 */
export abstract class IdempotentConsumer {
  readonly stats: ConsumerStats = { handled: 0, duplicates: 0, deadLettered: 0, retries: 0, skipped: 0 };
  protected readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private readonly consumerName: string;
  private readonly messagesPerTransaction: number;
  private consumer: Consumer | undefined;
  private deadLetters: DeadLetterPublisher | undefined;
  private markJoined: () => void = () => undefined;
  /** Resolves when the group first assigned this member its partitions. */
  readonly joined = new Promise<void>((resolve) => {
    this.markJoined = resolve;
  });

  constructor(protected readonly options: IdempotentConsumerOptions) {
    this.logger = options.logger ?? consoleLogger;
    this.retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.consumerName = options.consumerName ?? options.groupId;
    this.messagesPerTransaction = Math.max(1, options.messagesPerTransaction ?? 50);
  }

  /** Handles one new event inside `tx`. Throw a CairnError: its kind decides dead-letter or retry. */
  protected abstract handle(event: CairnEvent, tx: PoolClient, meta: MessageMeta): Promise<void>;

  async start(): Promise<void> {
    if (this.consumer) throw new Error(`consumer ${this.options.groupId} is already started`);
    await migrateConsumer(this.options.pool, this.options.schema);
    if (this.options.ensureDeadLetterTopics ?? true) await this.ensureDeadLetterTopics();
    if (!this.deadLetters) {
      this.deadLetters = this.options.deadLetters ?? createDeadLetterPublisher(this.options.kafka);
      if (!this.options.deadLetters) await this.deadLetters.connect();
    }
    const consumer = this.options.kafka.consumer({ groupId: this.options.groupId, maxWaitTimeInMs: 500 });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => this.markJoined());
    consumer.on(consumer.events.CRASH, ({ payload }) =>
      this.logger.error('consumer crashed', { group: payload.groupId, restart: payload.restart, ...errorFields(payload.error) }),
    );
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 1000,
      autoCommitThreshold: 100,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  private async ensureDeadLetterTopics(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, this.options.topics.map(deadLetterTopic));
    } finally {
      await admin.disconnect();
    }
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
    if (this.deadLetters && !this.options.deadLetters) await this.deadLetters.disconnect();
    this.deadLetters = undefined;
  }

  private skipsUnknownType(item: ReceivedMessage): boolean {
    return (
      this.options.skipUnknownEventTypes === true &&
      item.decodeError instanceof CairnError &&
      item.decodeError.code === 'CONTRACTS.UNKNOWN_EVENT_TYPE'
    );
  }

  private async eachBatch(payload: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = payload.batch;
    const received = messages.map((message) => receiveMessage(topic, partition, message));
    for (const step of planSteps(received, (one) => one.event !== undefined, this.messagesPerTransaction)) {
      if (!payload.isRunning() || payload.isStale()) return;
      if (step.kind === 'unreadable' && this.skipsUnknownType(step.item)) {
        this.logger.info('skipped an event of a type this build does not know', {
          topic,
          partition,
          offset: step.item.message.offset,
          type: step.item.headers['cairn-event-type']?.toString(),
        });
        this.stats.skipped += 1;
      } else if (step.kind === 'unreadable') {
        const { item } = step;
        await withConsumerSpan(topic, item.headers, item.attributes, (ctx) => this.deadLetter(item, 1, item.decodeError, ctx));
      } else if (step.items.length === 1 || !(await this.handleTogether(step.items))) {
        for (const one of step.items) {
          if ((await this.handleAlone(one, payload)) === 'abandoned') return;
          payload.resolveOffset(one.message.offset);
        }
      }
      // Offsets only move past messages whose transaction committed (or that reached the dead letters).
      const last = step.kind === 'unreadable' ? step.item : step.items[step.items.length - 1];
      payload.resolveOffset(last.message.offset);
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    }
  }

  /**
   * Fast path: several messages in one transaction (each still marked and handled together with its dedupe
   * row). Any failure rolls all of it back and returns false; the caller then handles them one by one, where
   * the retry / dead-letter policy applies to the message that failed.
   */
  private async handleTogether(chunk: ReceivedMessage[]): Promise<boolean> {
    try {
      const outcomes = await withTransaction(this.options.pool, async (tx) => {
        // One dedupe statement for the chunk; an event twice in the chunk is handled the first time only.
        const ids = chunk.map((received) => received.event!.id.toLowerCase());
        const fresh = await markProcessedMany(tx, this.options.schema, this.consumerName, ids);
        const handled: boolean[] = [];
        for (const [index, received] of chunk.entries()) {
          const isNew = fresh.delete(ids[index]);
          if (isNew) {
            await withConsumerSpan(received.topic, received.headers, received.attributes, (ctx) =>
              this.handle(received.event!, tx, this.meta(received, 1, ctx)),
            );
          }
          handled.push(isNew);
        }
        return handled;
      });
      for (const outcome of outcomes) this.count(outcome);
      return true;
    } catch (error) {
      this.logger.info('a shared transaction failed; handling its messages one by one', {
        messages: chunk.length,
        ...errorFields(error),
      });
      return false;
    }
  }

  /** One message, one transaction, with bounded retries for transient failures, then the dead letters. */
  private handleAlone(received: ReceivedMessage, payload: EachBatchPayload): Promise<Outcome> {
    const { topic, partition, message } = received;
    return withConsumerSpan(topic, received.headers, received.attributes, async (ctx): Promise<Outcome> => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          this.count(await withTransaction(this.options.pool, (tx) => this.markAndHandle(received, tx, attempt, ctx)));
          return 'done';
        } catch (error) {
          if (dispositionOf(error) === 'dead-letter' || attempt >= this.retry.maxAttempts) {
            await this.deadLetter(received, attempt, error, ctx);
            return 'done';
          }
          this.stats.retries += 1;
          this.logger.warn('handler failed; retrying', { topic, partition, offset: message.offset, attempt, ...errorFields(error) });
          await sleep(retryDelayMs(this.retry, attempt));
          // Stopping or rebalancing mid-retry: leave the offset where it is; the next owner starts here.
          if (!payload.isRunning() || payload.isStale()) return 'abandoned';
          await payload.heartbeat();
        }
      }
    });
  }

  /** True if handled now, false if this consumer had already handled the event (a duplicate). */
  private async markAndHandle(received: ReceivedMessage, tx: PoolClient, attempt: number, traceContext: Context): Promise<boolean> {
    const event = received.event!;
    if (!(await markProcessed(tx, this.options.schema, this.consumerName, event.id))) return false;
    await this.handle(event, tx, this.meta(received, attempt, traceContext));
    return true;
  }

  private meta(received: ReceivedMessage, attempt: number, traceContext: Context): MessageMeta {
    const { topic, partition, key, headers } = received;
    const { offset, timestamp } = received.message;
    return { topic, partition, offset, timestamp, key, headers, attempt, traceContext };
  }

  private count(handled: boolean): void {
    if (handled) this.stats.handled += 1;
    else this.stats.duplicates += 1;
  }

  private async deadLetter(received: ReceivedMessage, attempts: number, error: unknown, traceContext: Context): Promise<void> {
    recordSpanError(traceContext, error);
    const failed = toFailedMessage(received, this.options.groupId, attempts);
    // If this rejects, the batch fails and Kafka redelivers: a message is never dropped silently.
    await this.deadLetters!.publish(failed, error);
    this.stats.deadLettered += 1;
    this.logger.warn('message dead-lettered', {
      topic: failed.topic,
      partition: failed.partition,
      offset: failed.offset,
      attempts,
      ...errorFields(error),
    });
  }
}
