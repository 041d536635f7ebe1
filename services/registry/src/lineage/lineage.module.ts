import { InjectionToken, Module, Provider } from '@nestjs/common';
import { CONFIG, KAFKA, LOGGER, Logger, messagingLogger, PG_POOL } from '@cairn/platform';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { RegistryConfig } from '../config';
import {
  LINEAGE_CONSUMER,
  LINEAGE_CONSUMER_SETTINGS,
  LineageConsumerHost,
  LineageConsumerSettings,
} from './lineage-consumer-host';
import { LINEAGE_GROUP_ID, LINEAGE_TOPIC, LineageConsumer } from './lineage.consumer';
import { LineageService } from './lineage-service';
import { LineageQueries } from './postgres/lineage-queries';
import { VersionLineageReader } from './ports';

/**
 * The registry's lineage (issue: "the registry consumes cairn.tracking.events for lineage"): consumes tracking's
 * events into `registry.lineage_*` (migration 003_lineage) from bootstrap to shutdown, and exports `LineageQueries`
 * to read them. Needs only the platform's global KAFKA, PG_POOL and LOGGER, so AppModule just imports it.
 */
@Module({
  providers: [
    {
      provide: LINEAGE_CONSUMER_SETTINGS,
      // CONFIG is optional so the module still runs on KAFKA, PG_POOL and LOGGER alone (its own tests).
      inject: [{ token: CONFIG, optional: true }],
      useFactory: (config?: RegistryConfig): LineageConsumerSettings => ({
        groupId: config?.CAIRN_REGISTRY_LINEAGE_GROUP ?? LINEAGE_GROUP_ID,
        topics: [config?.CAIRN_REGISTRY_LINEAGE_TOPIC ?? LINEAGE_TOPIC],
        restartDelayMs: 5_000,
      }),
    },
    {
      provide: LINEAGE_CONSUMER,
      inject: [KAFKA, PG_POOL, LOGGER, LINEAGE_CONSUMER_SETTINGS],
      useFactory: (kafka: Kafka, pool: Pool, logger: Logger, { groupId, topics }: LineageConsumerSettings) =>
        new LineageConsumer({ kafka, pool, groupId, topics, logger: messagingLogger(logger) }),
    },
    LineageConsumerHost,
    { provide: LineageQueries, inject: [PG_POOL], useFactory: (pool: Pool) => new LineageQueries(pool) },
  ],
  exports: [LineageQueries],
})
export class LineageModule {}

/**
 * GetLineage's core for the module that holds the registry's read model (which LineageModule cannot import without a
 * cycle): `providers: [lineageServiceProvider(REGISTRY_READS)]`, with LineageModule imported for LineageQueries.
 * The deployments reader joins when the serving issue brings deployments.
 */
export function lineageServiceProvider(versions: InjectionToken): Provider {
  return {
    provide: LineageService,
    inject: [versions, LineageQueries],
    useFactory: (reader: VersionLineageReader, queries: LineageQueries) => new LineageService(reader, queries),
  };
}
