import { Inject, Injectable } from '@nestjs/common';
import { BackgroundConsumerHost, BackgroundConsumerSettings, LOGGER, Logger, StartableConsumer } from '@cairn/platform';

export type PromotionsConsumerSettings = BackgroundConsumerSettings;
export const PROMOTIONS_CONSUMER_SETTINGS = Symbol('registry.promotions.consumer-settings');
export const PROMOTIONS_CONSUMER = Symbol('registry.promotions.consumer');

/** Runs the governance-decisions consumer (a promotion awaiting approval simply waits longer while Kafka is unreachable). */
@Injectable()
export class PromotionsConsumerHost extends BackgroundConsumerHost {
  constructor(
    @Inject(PROMOTIONS_CONSUMER) consumer: StartableConsumer,
    @Inject(LOGGER) logger: Logger,
    @Inject(PROMOTIONS_CONSUMER_SETTINGS) settings: PromotionsConsumerSettings,
  ) {
    super('governance decisions consumer', consumer, logger, settings);
  }
}
