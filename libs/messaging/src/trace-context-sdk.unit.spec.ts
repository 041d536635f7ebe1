import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { contextFromTraceparent, endSpan, injectTraceHeaders, startProducerSpan, withConsumerSpan } from './trace-context';

// With an SDK registered (as libs/platform does): real spans, new span ids, same trace id end to end.
const exporter = new InMemorySpanExporter();

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
});

describe('trace context over Kafka headers, with an SDK', () => {
  it('producer and consumer spans join the trace of the appended event', async () => {
    const appended = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const produce = startProducerSpan('cairn.test', contextFromTraceparent(appended));
    const headers = injectTraceHeaders({}, produce);
    endSpan(produce);
    const seen = await withConsumerSpan('cairn.test', headers, {}, async () => trace.getSpanContext(context.active()));
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => [span.name, span.kind])).toEqual([
      ['kafka.produce cairn.test', SpanKind.PRODUCER],
      ['kafka.consume cairn.test', SpanKind.CONSUMER],
    ]);
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set(['0af7651916cd43dd8448eb211c80319c']));
    expect(seen?.spanId).toBe(spans[1].spanContext().spanId);
    expect(spans[1].parentSpanContext?.spanId).toBe(spans[0].spanContext().spanId);
  });
});
