import { Inject, Injectable } from '@nestjs/common';
import { BackgroundConsumerHost, BackgroundConsumerSettings, LOGGER, Logger, StartableConsumer } from '@cairn/platform';

export type AuditConsumerSettings = BackgroundConsumerSettings;
export const AUDIT_CONSUMER_SETTINGS = Symbol('governance.audit.consumer-settings');
export const AUDIT_CONSUMER = Symbol('governance.audit.consumer');

/** Runs the audit consumer (decisions must be answered while Kafka is unreachable; the audit of other services' events catches up from its committed offsets). */
@Injectable()
export class AuditConsumerHost extends BackgroundConsumerHost {
  constructor(
    @Inject(AUDIT_CONSUMER) consumer: StartableConsumer,
    @Inject(LOGGER) logger: Logger,
    @Inject(AUDIT_CONSUMER_SETTINGS) settings: AuditConsumerSettings,
  ) {
    super('audit consumer', consumer, logger, settings);
  }
}
