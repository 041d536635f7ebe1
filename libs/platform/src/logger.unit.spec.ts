import { Writable } from 'node:stream';
import { kafkaLogCreator } from '@cairn/messaging';
import { trace } from '@opentelemetry/api';
import { node } from '@opentelemetry/sdk-node';
import { logLevel } from 'kafkajs';
import { createLogger, NestLogger } from './logger';
import { messagingLogger } from './messaging-logger';

/** Collects each JSON line the logger writes. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe('the JSON logger', () => {
  const provider = new node.NodeTracerProvider();
  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
  });

  it('names the service and the level on every line', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'tracking', destination }).info({ run_id: 'r1' }, 'run created');
    expect(lines[0]).toMatchObject({ level: 'info', service: 'tracking', run_id: 'r1', msg: 'run created' });
    expect(lines[0].time).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  });

  it('outside a span writes no trace ids', () => {
    const { lines, destination } = capture();
    createLogger({ service: 'tracking', destination }).info('idle');
    expect(lines[0]).not.toHaveProperty('trace_id');
  });

  it('inside an active span adds its trace_id and span_id', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'registry', destination });
    const tracer = trace.getTracer('test');
    const ids = tracer.startActiveSpan('promote', (span) => {
      logger.info('promoting');
      span.end();
      return span.spanContext();
    });
    expect(lines[0]).toMatchObject({ trace_id: ids.traceId, span_id: ids.spanId });
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('inside an async continuation of the span still has its ids', async () => {
    const { lines, destination } = capture();
    const logger = createLogger({ service: 'registry', destination });
    const ids = await trace.getTracer('test').startActiveSpan('async', async (span) => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.info('after await');
      span.end();
      return span.spanContext();
    });
    expect(lines[0]).toMatchObject({ trace_id: ids.traceId, span_id: ids.spanId });
  });
});

describe('the Nest logger adapter', () => {
  it('writes Nest\'s context as a field and its error stack', () => {
    const { lines, destination } = capture();
    const nest = new NestLogger(createLogger({ service: 'governance', level: 'debug', destination }));
    nest.log('mapped', 'RoutesResolver');
    nest.warn('slow', 'Scheduler');
    nest.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'debug', context: 'RoutesResolver', msg: 'mapped' }),
      expect.objectContaining({ level: 'warn', context: 'Scheduler', msg: 'slow' }),
      expect.objectContaining({ level: 'error', context: 'ExceptionsHandler', stack: 'Error: boom\n    at x', msg: 'boom' }),
    ]);
  });
});

describe('the messaging logger adapter', () => {
  it("writes messaging's (message, fields) lines, kafkajs's included, as the service's JSON lines", () => {
    const { lines, destination } = capture();
    const logger = messagingLogger(createLogger({ service: 'registry', destination }));
    logger.error('relay failed; restarting from its checkpoint', { relay: 'registry', err: 'boom' });
    logger.info('relay started');
    kafkaLogCreator(logger)(logLevel.WARN)({
      namespace: 'Producer',
      level: logLevel.WARN,
      label: 'WARN',
      log: { timestamp: 't', message: 'retrying', retryCount: 1 },
    });
    expect(lines).toEqual([
      expect.objectContaining({ level: 'error', service: 'registry', relay: 'registry', err: 'boom', msg: 'relay failed; restarting from its checkpoint' }),
      expect.objectContaining({ level: 'info', msg: 'relay started' }),
      expect.objectContaining({ level: 'warn', kafka: 'Producer', retryCount: 1, msg: 'retrying' }),
    ]);
  });
});
