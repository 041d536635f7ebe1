import { Inject, Injectable } from '@nestjs/common';
import { BackgroundConsumerHost, BackgroundConsumerSettings, LOGGER, Logger, StartableConsumer } from '@cairn/platform';

export type LineageConsumerSettings = BackgroundConsumerSettings;
export const LINEAGE_CONSUMER_SETTINGS = Symbol('registry.lineage.consumer-settings');
export const LINEAGE_CONSUMER = Symbol('registry.lineage.consumer');

/** Runs the lineage consumer (it only enriches GetLineage, so the registry serves while Kafka is unreachable). */
@Injectable()
export class LineageConsumerHost extends BackgroundConsumerHost {
  constructor(
    @Inject(LINEAGE_CONSUMER) consumer: StartableConsumer,
    @Inject(LOGGER) logger: Logger,
    @Inject(LINEAGE_CONSUMER_SETTINGS) settings: LineageConsumerSettings,
  ) {
    super('lineage consumer', consumer, logger, settings);
  }
}
