import type { Logger as MessagingLogger } from '@cairn/messaging';
import type { Logger } from './logger';

/**
 * @cairn/messaging logs as `(message, fields)` so it need not depend on pino; pino takes `(fields, message)`.
 * This is the one place the two meet, so kafkajs, relay and consumer lines come out as the service's JSON lines.
 */
export function messagingLogger(logger: Logger): MessagingLogger {
  return {
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
