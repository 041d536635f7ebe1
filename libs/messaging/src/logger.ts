/**
 * The logging surface messaging needs. Deliberately plain so this lib does not depend on pino;
 * libs/platform adapts its pino logger to it.
 */
export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function line(level: string, message: string, fields?: LogFields): string {
  return JSON.stringify({ level, time: new Date().toISOString(), msg: message, ...fields });
}

/** JSON lines on stderr: the default until a service plugs its own logger in. */
export const consoleLogger: Logger = {
  info: (message, fields) => process.stderr.write(`${line('info', message, fields)}\n`),
  warn: (message, fields) => process.stderr.write(`${line('warn', message, fields)}\n`),
  error: (message, fields) => process.stderr.write(`${line('error', message, fields)}\n`),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function errorFields(error: unknown): LogFields {
  return error instanceof Error ? { err: error.message, errName: error.name } : { err: String(error) };
}
