import { setTimeout as sleep } from 'node:timers/promises';
import { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from './logger';

/** Where a service's consumer reads; a provider so tests can point it at their own topic and group. */
export interface BackgroundConsumerSettings {
  groupId: string;
  topics: string[];
  /** Pause before trying to start again after a failed start (Kafka unreachable). */
  restartDelayMs: number;
}

/** What the host needs of the consumer (an IdempotentConsumer in the app). */
export interface StartableConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs one of a service's Kafka consumers for the app's lifetime. Starting never holds up the service (as with the
 * platform's relay): the service answers while Kafka is unreachable, Kafka keeps the events, and the consumer keeps
 * trying to start in the background. Stops in onModuleDestroy, before the platform closes the pool and Kafka in
 * onApplicationShutdown. Each service subclasses it with its own injection tokens and the name its logs use.
 */
export abstract class BackgroundConsumerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly abort = new AbortController();

  protected constructor(
    /** As the log lines name it, e.g. `lineage consumer`. */
    private readonly name: string,
    readonly consumer: StartableConsumer,
    private readonly logger: Logger,
    private readonly settings: BackgroundConsumerSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    // A start in progress finishes first (it may be connecting); then the consumer leaves its group cleanly.
    await this.running;
    await this.consumer.stop();
  }

  private async run(): Promise<void> {
    const { groupId, topics, restartDelayMs } = this.settings;
    while (!this.stopping) {
      try {
        await this.consumer.start();
        this.logger.info({ group: groupId, topics }, `${this.name} started`);
        return;
      } catch (error) {
        this.logger.warn({ group: groupId, topics, err: error }, `${this.name} could not start; trying again`);
        // Back to a clean slate: start() refuses while a half-started consumer is still set.
        await this.consumer.stop().catch(() => undefined);
      }
      await sleep(restartDelayMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
    }
  }
}
