import {
  Attributes,
  Context,
  context,
  propagation,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  SpanStatusCode,
  TextMapGetter,
  TextMapSetter,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { IHeaders } from 'kafkajs';

/**
 * W3C trace context across Kafka (DESIGN.md principle 3 + observability): `traceparent`/`tracestate` headers.
 * We run the global propagator (whatever the SDK registered, if it started) AND a W3C one, so the W3C headers
 * are there with or without the SDK, and extra formats (B3, baggage) ride along when the SDK asks for them.
 */
const w3c = new W3CTraceContextPropagator();
const tracer = trace.getTracer('@cairn/messaging');

function headerText(value: IHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

const headerGetter: TextMapGetter<IHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => headerText(carrier[key]),
};

const headerSetter: TextMapSetter<IHeaders> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

/** Writes the context's trace headers into `headers` (mutates and returns it). */
export function injectTraceHeaders(headers: IHeaders, ctx: Context = context.active()): IHeaders {
  propagation.inject(ctx, headers, headerSetter);
  w3c.inject(ctx, headers, headerSetter);
  return headers;
}

/** The remote context carried by `headers`, on top of `base` (a fresh root by default). */
export function extractTraceContext(headers: IHeaders | undefined, base: Context = ROOT_CONTEXT): Context {
  if (!headers) return base;
  return w3c.extract(propagation.extract(base, headers, headerGetter), headers, headerGetter);
}

/** The context an event's stored `traceparent` describes (events keep it in their envelope). */
export function contextFromTraceparent(traceparent: string | null | undefined): Context {
  return traceparent ? extractTraceContext({ traceparent }) : ROOT_CONTEXT;
}

export function traceparentOf(ctx: Context = context.active()): string | undefined {
  return headerText(injectTraceHeaders({}, ctx).traceparent);
}

/** A PRODUCER span child of `parent`; inject its context into the message headers, end it once Kafka acked. */
export function startProducerSpan(topic: string, parent: Context, attributes: Attributes = {}): Context {
  const span = tracer.startSpan(
    `kafka.produce ${topic}`,
    { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes } },
    parent,
  );
  return trace.setSpan(parent, span);
}

export function endSpan(ctx: Context, error?: unknown): void {
  const span = trace.getSpan(ctx);
  if (!span) return;
  if (error !== undefined) recordError(span, error);
  span.end();
}

/** Marks the span active in `ctx` as failed without ending it (e.g. a message that went to the dead letters). */
export function recordSpanError(ctx: Context, error: unknown): void {
  const span = trace.getSpan(ctx);
  if (span) recordError(span, error);
}

function recordError(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/**
 * Runs `work` inside a CONSUMER span whose parent is the context in the message headers, with that span's
 * context active, so whatever the handler does (SQL, gRPC, appends) joins the producer's trace.
 */
export async function withConsumerSpan<T>(
  topic: string,
  headers: IHeaders | undefined,
  attributes: Attributes,
  work: (ctx: Context) => Promise<T>,
): Promise<T> {
  const parent = extractTraceContext(headers);
  const span = tracer.startSpan(
    `kafka.consume ${topic}`,
    { kind: SpanKind.CONSUMER, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, ...attributes } },
    parent,
  );
  const ctx = trace.setSpan(parent, span);
  try {
    return await context.with(ctx, () => work(ctx));
  } catch (error) {
    recordError(span, error);
    throw error;
  } finally {
    span.end();
  }
}
