import { Module } from '@nestjs/common';
import { CONFIG, KAFKA, LOGGER, Logger, messagingLogger, PG_POOL } from '@cairn/platform';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { RegistryService } from '../application/registry-service';
import type { RegistryConfig } from '../config';
import { RegistryModule } from '../registry.module';
import { REGISTRY_SERVICE } from '../tokens';
import { PROMOTIONS_GROUP_ID, PROMOTIONS_TOPIC, PromotionDecisionsConsumer } from './promotion-decisions.consumer';
import {
  PROMOTIONS_CONSUMER,
  PROMOTIONS_CONSUMER_SETTINGS,
  PromotionsConsumerHost,
  PromotionsConsumerSettings,
} from './promotions-consumer-host';

/**
 * Governed promotions finished by governance (issue 6): the `registry.promotions` consumer of
 * `cairn.governance.events` completes or rejects promotions awaiting approval through the RegistryService, from
 * bootstrap to shutdown. Imports RegistryModule for the core (the same instance AppModule imports).
 */
@Module({
  imports: [RegistryModule],
  providers: [
    {
      provide: PROMOTIONS_CONSUMER_SETTINGS,
      inject: [{ token: CONFIG, optional: true }],
      useFactory: (config?: RegistryConfig): PromotionsConsumerSettings => ({
        groupId: config?.CAIRN_REGISTRY_PROMOTIONS_GROUP ?? PROMOTIONS_GROUP_ID,
        topics: [config?.CAIRN_REGISTRY_PROMOTIONS_TOPIC ?? PROMOTIONS_TOPIC],
        restartDelayMs: 5_000,
      }),
    },
    {
      provide: PROMOTIONS_CONSUMER,
      inject: [KAFKA, PG_POOL, LOGGER, PROMOTIONS_CONSUMER_SETTINGS, REGISTRY_SERVICE],
      useFactory: (kafka: Kafka, pool: Pool, logger: Logger, { groupId, topics }: PromotionsConsumerSettings, registry: RegistryService) =>
        new PromotionDecisionsConsumer({ kafka, pool, groupId, topics, promotions: registry.promotions, logger: messagingLogger(logger) }),
    },
    PromotionsConsumerHost,
  ],
})
export class PromotionsModule {}
