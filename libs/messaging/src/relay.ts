import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '@cairn/event-store';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { consoleLogger, errorFields, Logger } from './logger';
import { migrateRelay } from './migrations';
import { readCheckpoint } from './relay-checkpoints';
import { tryAcquireRelayLock } from './relay-lock';
import { BatchPlan, RoutingOptions } from './relay-messages';
import { RelayRun } from './relay-run';

export interface EventRelayOptions extends RoutingOptions {
  /** Names the checkpoint row and the single-active lock; one per relaying service. */
  name: string;
  store: EventStore;
  kafka: Kafka;
  /** Where the checkpoint table lives. */
  pool: Pool;
  schema: string;
  /** Most events per `sendBatch` (default 500). */
  maxBatchSize?: number;
  /** Hold the first event of an idle relay this long to fill a batch (default 0: batches form under load). */
  lingerMs?: number;
  /** Pause before restarting from the checkpoint after a failure (default 1000). */
  restartDelayMs?: number;
  /** How often a standby checks whether the active relay went away (default 1000). */
  standbyPollMs?: number;
  logger?: Logger;
}

export interface RelayStatus {
  name: string;
  /** Holds the lock and is relaying (false while a standby or restarting). */
  active: boolean;
  /** Delivered everything that was stored when the current run started. */
  caughtUp: boolean;
  /** Last position published and checkpointed. */
  lastPosition: bigint | undefined;
  /** Last position read from the store. */
  lastSeenPosition: bigint | undefined;
  published: number;
  /** Events of streams outside this relay's categories. */
  filtered: number;
  /** Events of streams with no topic: skipped and counted, not failed. */
  unrouted: number;
  restarts: number;
  lastError: string | undefined;
  /** The last attempt failed and no new run (or standby check) has started since: the relay is down. */
  failed: boolean;
}

/**
 * Publishes every stored event to its Kafka topic, in global order, keyed by aggregate id (DESIGN.md
 * principle 3). At-least-once: the checkpoint is written after Kafka acknowledged, so a crash re-sends what
 * was sent since the last stored checkpoint; consumers drop the duplicates by event id.
 */
export class EventRelay {
  private readonly maxBatchSize: number;
  private readonly lingerMs: number;
  private readonly logger: Logger;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: () => void = () => undefined;
  private current: RelayRun | undefined;
  private state: RelayStatus;

  constructor(private readonly options: EventRelayOptions) {
    this.maxBatchSize = options.maxBatchSize ?? 500;
    this.lingerMs = options.lingerMs ?? 0;
    this.logger = options.logger ?? consoleLogger;
    this.state = {
      name: options.name,
      active: false,
      caughtUp: false,
      lastPosition: undefined,
      lastSeenPosition: undefined,
      published: 0,
      filtered: 0,
      unrouted: 0,
      restarts: 0,
      lastError: undefined,
      failed: false,
    };
  }

  /** Applies the checkpoint migration, then relays in the background; resolves once that loop is running. */
  async start(): Promise<void> {
    if (this.loop) throw new Error(`relay ${this.options.name} is already started`);
    await migrateRelay(this.options.pool, this.options.schema);
    this.stopping = false;
    this.loop = this.supervise();
  }

  /** Stops reading, flushes what was read, stores the checkpoint and releases the lock. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.current?.stop();
    await this.loop;
    this.loop = undefined;
  }

  get lastPosition(): bigint | undefined {
    return this.state.lastPosition;
  }

  /**
   * Events not yet relayed: the store's head minus the last checkpointed position (events of other categories
   * count until the relay has passed them). Asks the store, so it costs one query.
   */
  async lag(): Promise<bigint> {
    const head = await this.options.store.headPosition();
    const done = this.state.lastPosition ?? 0n;
    return head > done ? head - done : 0n;
  }

  status(): RelayStatus {
    return { ...this.state };
  }

  private async supervise(): Promise<void> {
    while (!this.stopping) {
      const lock = await tryAcquireRelayLock(this.options.pool, this.options.name).catch((error: unknown) => {
        this.recordFailure(error);
        return null;
      });
      if (lock === null) {
        await this.pause(this.options.restartDelayMs ?? 1000);
        continue;
      }
      // The lock query answered: from here the relay either runs again or stands by, healthy either way.
      this.state.failed = false;
      if (!lock) {
        await this.pause(this.options.standbyPollMs ?? 1000);
        continue;
      }
      try {
        await this.runOnce(lock.lost);
      } catch (error) {
        this.recordFailure(error);
      } finally {
        this.state.active = false;
        await lock.release();
      }
      // Also when the subscription ended on its own: never spin.
      await this.pause(this.options.restartDelayMs ?? 1000);
    }
  }

  private async runOnce(lockLost: Promise<never>): Promise<void> {
    const after = await readCheckpoint(this.options.pool, this.options.schema, this.options.name);
    if (this.stopping) return;
    Object.assign(this.state, { lastPosition: after, lastSeenPosition: after, caughtUp: false, active: true });
    const run = new RelayRun({
      ...this.options,
      after,
      maxBatchSize: this.maxBatchSize,
      lingerMs: this.lingerMs,
      onSeen: (position) => {
        this.state.lastSeenPosition = position;
      },
      onCaughtUp: () => {
        this.state.caughtUp = true;
      },
      onBatch: (plan) => this.recordBatch(plan),
    });
    this.current = run;
    try {
      await Promise.race([run.run(), lockLost]);
    } finally {
      await run.stop();
      this.current = undefined;
    }
  }

  private recordBatch(plan: BatchPlan): void {
    this.state.lastPosition = plan.lastPosition;
    this.state.published += plan.publish.length;
    this.state.filtered += plan.filtered;
    this.state.unrouted += plan.unrouted.length;
    if (plan.unrouted.length > 0) {
      this.logger.warn('relay skipped events of streams with no topic', {
        relay: this.options.name,
        count: plan.unrouted.length,
        streams: [...new Set(plan.unrouted.map((event) => event.stream))].slice(0, 10),
      });
    }
  }

  private recordFailure(error: unknown): void {
    this.state.restarts += 1;
    this.state.failed = true;
    this.state.lastError = error instanceof Error ? error.message : String(error);
    this.logger.error('relay failed; restarting from its checkpoint', { relay: this.options.name, ...errorFields(error) });
  }

  private async pause(ms: number): Promise<void> {
    if (this.stopping) return;
    const controller = new AbortController();
    this.wake = () => controller.abort();
    await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    this.wake = () => undefined;
  }
}
