import type { PostgresEventStore } from '@cairn/event-store';
import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { Registry } from 'prom-client';
import { HttpErrorFilter } from './errors/http-error.filter';
import { GrpcServer } from './grpc/grpc-server';
import { KafkaProbe } from './health/checks';
import { HealthController } from './health/health.controller';
import { Readiness } from './health/readiness';
import type { Logger } from './logger';
import { MetricsController } from './metrics';
import { ServiceRelay } from './relay/service-relay';
import { CONFIG, EVENT_STORE, KAFKA, LOGGER, METRICS_REGISTRY, PG_POOL, SERVICE_NAME } from './tokens';

/** What `runService` builds before Nest starts (config and database are checked first) and hands to the app. */
export interface PlatformResources {
  service: string;
  config: unknown;
  logger: Logger;
  pool: Pool;
  store: PostgresEventStore;
  kafka: Kafka;
  kafkaProbe: KafkaProbe;
  readiness: Readiness;
  grpc: GrpcServer;
  metrics: Registry;
  /** Present when the service relays its categories (`ServiceDefinition.relay`). */
  relay?: ServiceRelay;
}

/** The platform's own handle on the relay, for shutdown; not offered to services. */
const RELAY = Symbol('cairn.relay');

/**
 * Closes the shared clients last, in `onApplicationShutdown`, after every module's `onModuleDestroy` has stopped
 * its consumers and flushed its producers: first the relay (it sends what it has read and stores its checkpoint;
 * the next start relays the rest), then the event store, then the pool both run on.
 */
@Injectable()
class PlatformLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(RELAY) private readonly relay: ServiceRelay | null,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly kafkaProbe: KafkaProbe,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop().catch((error: unknown) => this.logger.error({ err: error }, 'relay did not stop cleanly'));
    await this.store.close().catch(() => undefined);
    await Promise.allSettled([this.kafkaProbe.close(), this.pool.end()]);
  }
}

/**
 * Global, so a service's modules inject CONFIG, LOGGER, PG_POOL, EVENT_STORE, KAFKA, METRICS_REGISTRY, Readiness
 * and GrpcServer without importing anything. Serves /healthz, /readyz and /metrics, and renders HTTP errors.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(resources: PlatformResources): DynamicModule {
    const providers = [
      { provide: SERVICE_NAME, useValue: resources.service },
      { provide: CONFIG, useValue: resources.config },
      { provide: LOGGER, useValue: resources.logger },
      { provide: PG_POOL, useValue: resources.pool },
      { provide: EVENT_STORE, useValue: resources.store },
      { provide: KAFKA, useValue: resources.kafka },
      { provide: METRICS_REGISTRY, useValue: resources.metrics },
      { provide: KafkaProbe, useValue: resources.kafkaProbe },
      { provide: Readiness, useValue: resources.readiness },
      { provide: GrpcServer, useValue: resources.grpc },
    ];
    return {
      module: PlatformModule,
      controllers: [HealthController, MetricsController],
      providers: [
        ...providers,
        { provide: RELAY, useValue: resources.relay ?? null },
        PlatformLifecycle,
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: providers.map((provider) => provider.provide),
    };
  }
}
