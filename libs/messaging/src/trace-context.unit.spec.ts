import { ROOT_CONTEXT, trace } from '@opentelemetry/api';
import {
  contextFromTraceparent,
  endSpan,
  extractTraceContext,
  injectTraceHeaders,
  startProducerSpan,
  traceparentOf,
} from './trace-context';

// No SDK is started in this file: these pin the W3C fallback that keeps traces crossing Kafka without one.
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace context over Kafka headers, without an SDK', () => {
  it('inject then extract round-trips traceparent and tracestate', () => {
    const ctx = extractTraceContext({ traceparent: TRACEPARENT, tracestate: 'vendor=abc' });
    const headers = injectTraceHeaders({ 'cairn-event-id': 'x' }, ctx);
    expect(headers).toEqual({ 'cairn-event-id': 'x', traceparent: TRACEPARENT, tracestate: 'vendor=abc' });
    const back = trace.getSpanContext(extractTraceContext(headers));
    expect(back).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', isRemote: true });
  });

  it('reads headers as kafkajs delivers them (Buffers)', () => {
    const ctx = extractTraceContext({ traceparent: Buffer.from(TRACEPARENT) });
    expect(trace.getSpanContext(ctx)?.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('missing or garbled headers give a context without a span', () => {
    expect(trace.getSpanContext(extractTraceContext(undefined))).toBeUndefined();
    expect(trace.getSpanContext(extractTraceContext({ traceparent: 'nonsense' }))).toBeUndefined();
    expect(injectTraceHeaders({}, ROOT_CONTEXT)).toEqual({});
  });

  it("an event's stored traceparent becomes the producer span's parent and reaches the headers", () => {
    const span = startProducerSpan('cairn.diagnostics.events', contextFromTraceparent(TRACEPARENT));
    expect(traceparentOf(span)).toContain('4bf92f3577b34da6a3ce929d0e0e4736');
    endSpan(span);
  });

  it('an event without traceparent produces no trace headers', () => {
    const span = startProducerSpan('t', contextFromTraceparent(null));
    expect(traceparentOf(span)).toBeUndefined();
  });
});
