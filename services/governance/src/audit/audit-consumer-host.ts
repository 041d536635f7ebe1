import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { LOGGER, Logger } from '@cairn/platform';

export interface AuditConsumerSettings {
  groupId: string;
  topics: string[];
  /** Pause before trying to start again after a failed start (Kafka unreachable). */
  restartDelayMs: number;
}

export const AUDIT_CONSUMER_SETTINGS = Symbol('governance.audit.consumer-settings');
export const AUDIT_CONSUMER = Symbol('governance.audit.consumer');

export interface StartableConsumer {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the audit consumer for the app's lifetime. Starting never holds up the service: decisions must be answered
 * while Kafka is unreachable (the registry waits on Evaluate), so the consumer keeps trying in the background and
 * the audit of other services' events catches up from its committed offsets. Stops in onModuleDestroy, before the
 * platform closes the pool and Kafka.
 */
@Injectable()
export class AuditConsumerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private running: Promise<void> | undefined;
  private stopping = false;
  private readonly abort = new AbortController();

  constructor(
    @Inject(AUDIT_CONSUMER) readonly consumer: StartableConsumer,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(AUDIT_CONSUMER_SETTINGS) private readonly settings: AuditConsumerSettings,
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
        this.logger.info({ group: groupId, topics }, 'audit consumer started');
        return;
      } catch (error) {
        this.logger.warn({ group: groupId, topics, err: error }, 'audit consumer could not start; trying again');
        await this.consumer.stop().catch(() => undefined);
      }
      await sleep(restartDelayMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
    }
  }
}
