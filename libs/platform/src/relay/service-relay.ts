import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamCategory } from '@cairn/contracts';
import type { EventStore } from '@cairn/event-store';
import { ensureTopics, errorFields, EventRelay, Logger, relayTopics } from '@cairn/messaging';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { Registry } from 'prom-client';
import { registerRelayMetrics } from './relay-metrics';

export interface ServiceRelayOptions {
  /** The service's name: names the relay's checkpoint row, its single-active lock and its metrics label. */
  name: string;
  /** The service's own schema, where the checkpoint table lives. */
  schema: string;
  categories: readonly StreamCategory[];
  store: EventStore;
  kafka: Kafka;
  pool: Pool;
  metrics: Registry;
  logger: Logger;
  /** Pause before trying again when the topics cannot be created or the relay cannot start (default 5000). */
  retryMs?: number;
}

/**
 * The relay of a service's own stream categories (ARCHITECTURE.md "Services"). Starting it never holds up the
 * service: its topics are created in the background, retried while Kafka is unreachable, and the relay starts
 * once they exist. Its readiness check fails until then, and while the relay is down between a failure and its
 * restart.
 */
export class ServiceRelay {
  readonly relay: EventRelay;
  private readonly topics: string[];
  private starting: Promise<void> | undefined;
  private relayStarting: Promise<void> | undefined;
  private started = false;
  private stopping = false;
  private startError: string | undefined;
  private readonly abort = new AbortController();
  private firstAttemptDone: () => void = () => undefined;
  private readonly firstAttempt = new Promise<void>((resolve) => (this.firstAttemptDone = resolve));

  constructor(private readonly options: ServiceRelayOptions) {
    const { name, store, kafka, pool, schema, categories, logger } = options;
    this.relay = new EventRelay({ name, store, kafka, pool, schema, categories, logger });
    this.topics = relayTopics(categories, '');
    registerRelayMetrics(options.metrics, this.relay, name);
  }

  /**
   * Starts the relay in the background (see the class comment). The promise settles after the first attempt,
   * successful or not, and never rejects: a caller may wait a bounded moment for it, never for Kafka.
   */
  start(): Promise<void> {
    this.starting ??= this.run();
    return this.firstAttempt;
  }

  /** The readiness check `relay`. */
  async check(): Promise<void> {
    if (!this.started) throw new Error(this.startError ? `not started: ${this.startError}` : 'starting');
    const status = this.relay.status();
    if (status.failed) throw new Error(`failed, restarting from its checkpoint: ${status.lastError}`);
  }

  /** Stops relaying and stores the checkpoint; call before the pool closes. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    this.firstAttemptDone();
    // Creating topics may be stuck retrying an unreachable Kafka: that is simply abandoned. A relay that has
    // begun starting is stopped properly, so its lock and checkpoint are released and stored.
    if (this.relayStarting) {
      await this.relayStarting.catch(() => undefined);
      await this.relay.stop();
      const lastPosition = this.relay.lastPosition?.toString();
      this.options.logger.info('relay stopped', { relay: this.options.name, lastPosition });
    }
  }

  private async run(): Promise<void> {
    const { name, categories, logger } = this.options;
    while (!this.stopping) {
      try {
        await this.createTopics();
        if (this.stopping) return;
        this.relayStarting = this.relay.start();
        await this.relayStarting;
        this.started = true;
        logger.info('relay started', { relay: name, categories, topics: this.topics });
        return;
      } catch (error) {
        this.relayStarting = undefined;
        this.startError = error instanceof Error ? error.message : String(error);
        logger.warn('relay could not start; trying again', { relay: name, topics: this.topics, ...errorFields(error) });
      } finally {
        this.firstAttemptDone();
      }
      await sleep(this.options.retryMs ?? 5000, undefined, { signal: this.abort.signal }).catch(() => undefined);
    }
  }

  /** Auto-creation is off on our brokers, so the relay's topics (and their `.dlq`) are created before it sends. */
  private async createTopics(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, this.topics);
    } finally {
      await admin.disconnect();
    }
  }
}
