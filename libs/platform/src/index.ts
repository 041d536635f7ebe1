// The shared runtime of every Cairn service. `./process-start` (heap tuning + `./telemetry`) is reachable alone as
// `@cairn/platform/process-start` (and telemetry as `@cairn/platform/telemetry`),
// because it must load before anything this index pulls in (Nest, pg, kafkajs, grpc).
export * from './bootstrap';
export * from './config';
export * from './database';
export * from './errors';
export * from './exit-codes';
export * from './grpc/grpc-server';
export * from './request-context';
export * from './http/security';
export * from './grpc/lookup';
export * from './health/checks';
export * from './health/grpc-health';
export * from './health/readiness';
export * from './logger';
export * from './messaging-logger';
export * from './metrics';
export * from './platform.module';
export * from './telemetry';
export * from './tokens';
export * from './auth';
export * from './background-consumer-host';
