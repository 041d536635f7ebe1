import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { LOGGER, Logger } from '@cairn/platform';

/** Where the consumer reads; a provider so tests can point it at their own topic and group. */
export interface LineageConsumerSettings {
  groupId: string;
  topics: string[];
  /** Pause before trying to start again after a failed start (Kafka unreachable). */
  restartDelayMs: number;
}

export const LINEAGE_CONSUMER_SETTINGS = Symbol('registry.lineage.consumer-settings');
export const LINEAGE_CONSUMER = Symbol('registry.lineage.consumer');

/** What the host needs of the consumer (a LineageConsumer in the app). */
export interface StartableConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the lineage consumer for the app's lifetime. Starting never holds up the service (as with the platform's
 * relay): lineage only enriches GetLineage, so the registry serves while Kafka is unreachable and the consumer
 * keeps trying to start in the background. Stops in onModuleDestroy, before the platform closes the pool and Kafka
 * in onApplicationShutdown.
 */
@Injectable()
export class LineageConsumerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly abort = new AbortController();

  constructor(
    @Inject(LINEAGE_CONSUMER) readonly consumer: StartableConsumer,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(LINEAGE_CONSUMER_SETTINGS) private readonly settings: LineageConsumerSettings,
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
        this.logger.info({ group: groupId, topics }, 'lineage consumer started');
        return;
      } catch (error) {
        this.logger.warn({ group: groupId, topics, err: error }, 'lineage consumer could not start; trying again');
        // Back to a clean slate: start() refuses while a half-started consumer is still set.
        await this.consumer.stop().catch(() => undefined);
      }
      await sleep(restartDelayMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
    }
  }
}
