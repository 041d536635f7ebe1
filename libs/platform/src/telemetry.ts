import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { GrpcInstrumentation } from '@opentelemetry/instrumentation-grpc';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, NoopSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry for one service process. It patches http, Nest, gRPC and pg as they are required, so
 * it must start before any of them is loaded: a service's `main.ts` imports only this file, calls
 * `startTelemetry`, then requires the rest of the service.
 *
 * kafkajs is deliberately not instrumented: @cairn/messaging traces Kafka itself (a produce span per event, child
 * of the trace stored with the event; a consume span around the handler). The kafkajs instrumentation would
 * overwrite the relay's `traceparent` header with a `send` span of whatever context is active when a batch goes
 * out (none), so consumers would join a fresh trace instead of the event's.
 *
 * Express is not instrumented either: it made a span per middleware (a quarter of a log-batch request's CPU) and
 * the Nest instrumentation already names the route and the handler.
 *
 * Spans are always created (so trace ids reach log lines and Kafka headers); they are exported over OTLP only
 * when OTEL_EXPORTER_OTLP_ENDPOINT is set, by gRPC or http/protobuf per OTEL_EXPORTER_OTLP_PROTOCOL.
 */
let sdk: NodeSDK | undefined;

/** Probes hit these every few seconds; tracing them would bury the interesting spans. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function startTelemetry(service: string, env: NodeJS.ProcessEnv = process.env): void {
  if (sdk) return;
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const spanProcessor = endpoint ? new BatchSpanProcessor(createExporter(env)) : new NoopSpanProcessor();
  sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME?.trim() || `cairn-${service}`,
    spanProcessors: [spanProcessor],
    // Empty lists, not omitted: omitted means "read OTEL_*_EXPORTER", whose default would push to localhost:4318.
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new CompositePropagator({
      propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()],
    }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
      }),
      new NestInstrumentation(),
      new GrpcInstrumentation(),
      // Only queries inside a request or message; pool housekeeping and readiness probes stay out of traces.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
}

function createExporter(env: NodeJS.ProcessEnv): SpanExporter {
  const protocol = (env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '').trim();
  // Each exporter reads OTEL_EXPORTER_OTLP_ENDPOINT (and _HEADERS, _TIMEOUT) itself; required lazily so a
  // process without an endpoint never loads them.
  if (protocol === 'grpc') {
    type GrpcExporter = typeof import('@opentelemetry/exporter-trace-otlp-grpc');
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-grpc') as GrpcExporter;
    return new OTLPTraceExporter();
  }
  type ProtoExporter = typeof import('@opentelemetry/exporter-trace-otlp-proto');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-proto') as ProtoExporter;
  return new OTLPTraceExporter();
}

/** Flushes buffered spans; bounded so an unreachable collector cannot hold up the exit. */
export async function shutdownTelemetry(timeoutMs = 5_000): Promise<void> {
  const current = sdk;
  sdk = undefined;
  if (!current) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
    timer.unref();
  });
  await Promise.race([current.shutdown().catch(() => undefined), timeout]);
  clearTimeout(timer);
}
