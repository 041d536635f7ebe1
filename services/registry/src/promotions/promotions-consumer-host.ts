import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { LOGGER, Logger } from '@cairn/platform';

/** Where the consumer reads; a provider so tests can point it at their own topic and group. */
export interface PromotionsConsumerSettings {
  groupId: string;
  topics: string[];
  /** Pause before trying to start again after a failed start (Kafka unreachable). */
  restartDelayMs: number;
}

export const PROMOTIONS_CONSUMER_SETTINGS = Symbol('registry.promotions.consumer-settings');
export const PROMOTIONS_CONSUMER = Symbol('registry.promotions.consumer');

export interface StartableConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the governance-decisions consumer for the app's lifetime, as LineageConsumerHost runs lineage's: starting never
 * holds up the service (a promotion awaiting approval simply waits longer while Kafka is unreachable, and Kafka
 * keeps the events), retries in the background, and leaves its group in onModuleDestroy, before the platform closes
 * the pool and Kafka in onApplicationShutdown.
 */
@Injectable()
export class PromotionsConsumerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly abort = new AbortController();

  constructor(
    @Inject(PROMOTIONS_CONSUMER) readonly consumer: StartableConsumer,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(PROMOTIONS_CONSUMER_SETTINGS) private readonly settings: PromotionsConsumerSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    await this.running;
    await this.consumer.stop();
  }

  private async run(): Promise<void> {
    const { groupId, topics, restartDelayMs } = this.settings;
    while (!this.stopping) {
      try {
        await this.consumer.start();
        this.logger.info({ group: groupId, topics }, 'governance decisions consumer started');
        return;
      } catch (error) {
        this.logger.warn({ group: groupId, topics, err: error }, 'governance decisions consumer could not start; trying again');
        await this.consumer.stop().catch(() => undefined);
      }
      await sleep(restartDelayMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
    }
  }
}
