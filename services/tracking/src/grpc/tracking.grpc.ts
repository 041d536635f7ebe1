import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { loadProto } from '@cairn/contracts';
import { GrpcServer, Logger, LOGGER, lookupService } from '@cairn/platform';
import { TrackingStore } from '../application/tracking-store';
import { LoggedModelsStore } from '../application/logged-models-store';
import { LOGGED_MODELS_STORE, TRACKING_STORE } from '../tokens';
import { TRACKING_PROTO, TRACKING_SERVICE } from './names';
import type { TrackingServiceHandlers } from './generated/cairn/tracking/v1/TrackingService';
import { experimentHandlers } from './experiments.grpc';
import { loggedModelHandlers } from './logged-models.grpc';
import { runHandlers } from './runs.grpc';
import { Wrap, wrapWith } from './wrap';

/** Every TrackingService RPC over the protocol-neutral stores (the REST controllers' cores). */
export function trackingHandlers(store: TrackingStore, models: LoggedModelsStore, wrap: Wrap): TrackingServiceHandlers {
  return { ...experimentHandlers(store, wrap), ...runHandlers(store, wrap), ...loggedModelHandlers(models, wrap) };
}

/** Adds `cairn.tracking.v1.TrackingService` to the platform's gRPC server before it starts listening. */
@Injectable()
export class TrackingGrpcService implements OnModuleInit {
  constructor(
    @Inject(TRACKING_STORE) private readonly store: TrackingStore,
    @Inject(LOGGED_MODELS_STORE) private readonly models: LoggedModelsStore,
    private readonly grpc: GrpcServer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Errors the table does not know become INTERNAL for the caller; the details go to our log only.
    const wrap = wrapWith((error, call) => this.logger.error({ err: error, grpc_method: call.getPath() }, 'gRPC call failed'));
    this.grpc.addService(lookupService(loadProto(TRACKING_PROTO), TRACKING_SERVICE), trackingHandlers(this.store, this.models, wrap));
  }
}
