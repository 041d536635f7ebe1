import { isSpanContextValid, trace } from '@opentelemetry/api';
import { LoggerService } from '@nestjs/common';
import pino from 'pino';

export type Logger = pino.Logger;

export interface LoggerOptions {
  service: string;
  level?: string;
  /** Defaults to stdout, written synchronously so the last line before `process.exit` is never lost. */
  destination?: pino.DestinationStream;
}

/** Adds the active span's ids to every line, so a log line leads to its trace and back. */
export function traceMixin(): Record<string, string> {
  const spanContext = trace.getActiveSpan()?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return {};
  return { trace_id: spanContext.traceId, span_id: spanContext.spanId };
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: traceMixin,
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Nest's start-up chatter (module loaded, route mapped) is useful only when debugging. */
const CHATTY_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** Lets Nest write its own logs through pino, so every line the process prints is one JSON object. */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  // Nest calls `log(message, context)` and `error(message, stack, context)`; the context is the last string.
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const params = [...rest];
    const last = params[params.length - 1];
    const context = params.length > 0 && typeof last === 'string' ? (params.pop() as string) : undefined;
    const stack = level === 'error' && typeof params[0] === 'string' ? (params.shift() as string) : undefined;
    const effective = level === 'info' && context && CHATTY_CONTEXTS.has(context) ? 'debug' : level;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      this.logger[effective]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[effective]({ ...fields, ...(message as Record<string, unknown>) });
    } else {
      this.logger[effective](fields, String(message));
    }
  }
}
