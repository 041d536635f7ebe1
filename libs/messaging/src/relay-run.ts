import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { EventStore, RecordedEvent, Subscription } from '@cairn/event-store';
import { Kafka, Producer } from 'kafkajs';
import { Pool } from 'pg';
import { IDEMPOTENT_PRODUCER_RETRY } from './kafka';
import { Pump } from './pump';
import { saveCheckpoint } from './relay-checkpoints';
import {
  BatchPlan,
  eventHeaders,
  planBatch,
  RoutingOptions,
  splitByBytes,
  toEnvelope,
  toTopicMessages,
} from './relay-messages';
import { contextFromTraceparent, endSpan, injectTraceHeaders, startProducerSpan } from './trace-context';

/** Half the broker's default `message.max.bytes`, leaving room for headers and framing. */
const MAX_REQUEST_BYTES = 512 * 1024;

export interface RelayRunOptions extends RoutingOptions {
  name: string;
  store: EventStore;
  kafka: Kafka;
  pool: Pool;
  schema: string;
  /** Publish events strictly after this position (the checkpoint); from the beginning when undefined. */
  after: bigint | undefined;
  maxBatchSize: number;
  lingerMs: number;
  onSeen(position: bigint): void;
  onCaughtUp(): void;
  onBatch(plan: BatchPlan): void;
}

/**
 * One subscription's worth of relaying, from a checkpoint until it is stopped or fails; the relay starts a
 * new run (new producer, from the last checkpoint) after a failure, so a failed batch is simply sent again.
 *
 * Three stages, each one loop at a time: the subscription fills a buffer (and waits while it is full); the
 * sender sends it in position order, up to `maxBatchSize` per `sendBatch`, awaiting each; the checkpointer
 * stores the last acknowledged position. Batches form on their own while the previous one is in flight
 * (`lingerMs` can also hold the first event back to fill one).
 */
export class RelayRun {
  private buffer: RecordedEvent[] = [];
  /** Batches Kafka acknowledged whose checkpoint is not stored yet. */
  private unsaved: BatchPlan[] = [];
  private readonly sender = new Pump(
    () => this.drain(),
    () => this.buffer.length > 0 && !this.failure,
    (error) => this.fail(error),
  );
  private readonly checkpointer = new Pump(
    () => this.storeCheckpoints(),
    () => this.unsaved.length > 0 && !this.failure,
    (error) => this.fail(error),
  );
  private failure: { error: unknown } | undefined;
  private signalFailure: () => void = () => undefined;
  private readonly failed = new Promise<void>((resolve) => {
    this.signalFailure = resolve;
  });
  private roomWaiters: Array<() => void> = [];
  private subscription: Subscription | undefined;
  private producer: Producer | undefined;
  private stopped = false;
  private finished: Promise<void> | undefined;

  constructor(private readonly options: RelayRunOptions) {}

  /** Resolves when stopped (after flushing what it buffered); rejects when publishing or the store failed. */
  run(): Promise<void> {
    this.finished ??= this.execute();
    return this.finished;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop().catch(() => undefined);
    await this.finished?.catch(() => undefined);
  }

  private async execute(): Promise<void> {
    // Idempotent + one request in flight: the broker drops retried duplicates and never reorders a partition.
    const producer = this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: IDEMPOTENT_PRODUCER_RETRY });
    this.producer = producer;
    await producer.connect();
    try {
      if (this.stopped) return;
      const subscription = this.options.store.subscribeToAll({
        after: this.options.after,
        onEvent: (event) => this.accept(event),
        onCaughtUp: () => this.options.onCaughtUp(),
      });
      this.subscription = subscription;
      if (this.stopped) await subscription.stop();
      await Promise.race([subscription.done, this.failed]);
    } finally {
      await this.subscription?.stop().catch(() => undefined);
      await this.drained();
      await producer.disconnect().catch(() => undefined);
    }
    this.throwIfFailed();
  }

  private async accept(event: RecordedEvent): Promise<void> {
    this.throwIfFailed();
    this.buffer.push(event);
    this.options.onSeen(event.globalPosition);
    this.sender.kick();
    while (this.buffer.length >= this.options.maxBatchSize && !this.failure) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    // Failing the subscription's handler ends the subscription; the relay restarts from the checkpoint.
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }

  private async drain(): Promise<void> {
    // Let the events the subscription is handing over in this turn join the first batch.
    await (this.options.lingerMs > 0 ? sleep(this.options.lingerMs) : nextTurn());
    while (this.buffer.length > 0 && !this.failure) {
      const batch = this.buffer.splice(0, this.options.maxBatchSize);
      this.wakeWaiters();
      await this.publish(batch);
    }
  }

  private wakeWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Waits until nothing is being sent and the last checkpoint is stored (or it failed). */
  private async drained(): Promise<void> {
    await this.sender.idle();
    await this.checkpointer.idle();
  }

  private async publish(batch: RecordedEvent[]): Promise<void> {
    const plan = planBatch(batch, this.options);
    if (plan.publish.length > 0) {
      const spans = plan.publish.map(({ event, topic, key }) =>
        startProducerSpan(topic, contextFromTraceparent(event.traceparent), {
          'messaging.kafka.message.key': key,
          'messaging.message.id': event.id,
        }),
      );
      const messages = plan.publish.map(({ event, topic, key }, index) => ({
        topic,
        message: {
          key,
          value: JSON.stringify(toEnvelope(event)),
          headers: injectTraceHeaders(eventHeaders(event), spans[index]),
        },
      }));
      try {
        // In order, each awaited: a later group never overtakes an earlier one.
        for (const group of splitByBytes(messages, MAX_REQUEST_BYTES)) {
          await this.producer!.sendBatch({ acks: -1, topicMessages: toTopicMessages(group) });
        }
      } catch (error) {
        for (const span of spans) endSpan(span, error);
        throw error;
      }
      for (const span of spans) endSpan(span);
    }
    // Only after Kafka acknowledged the batch: a crash before it is stored re-sends the batch (at-least-once).
    this.unsaved.push(plan);
    this.checkpointer.kick();
  }

  /**
   * Stores the newest acknowledged position while the next batch is being sent, so checkpoints cost no
   * latency; batches acknowledged during one write are covered by the next (one write, in order).
   */
  private async storeCheckpoints(): Promise<void> {
    while (this.unsaved.length > 0 && !this.failure) {
      const plans = this.unsaved.splice(0);
      await saveCheckpoint(this.options.pool, this.options.schema, this.options.name, plans[plans.length - 1].lastPosition);
      for (const plan of plans) this.options.onBatch(plan);
    }
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    this.signalFailure();
    this.wakeWaiters();
  }
}
