import { Kafka, KafkaConfig, logCreator, logLevel } from 'kafkajs';
import { consoleLogger, Logger } from './logger';

// kafkajs's table of protocol errors; it has no typings for this internal module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { errorCodes } = require('kafkajs/src/protocol/error') as {
  errorCodes: Array<{ message: string; retriable: boolean }>;
};

/**
 * kafkajs logs a broker's error response at ERROR even when the error is retriable and it retries it (e.g. "The
 * group coordinator is not available" while a fresh broker creates __consumer_offsets); those are WARN for us.
 */
const RETRIABLE_MESSAGES: ReadonlySet<string> = new Set(errorCodes.filter((e) => e.retriable).map((e) => e.message));

export interface KafkaClientOptions {
  clientId: string;
  /** A `host:port` list, or a comma-separated string of them; defaults to `KAFKA_BROKERS`. */
  brokers?: string | readonly string[];
  logger?: Logger;
  /**
   * For readiness probes: no retries, no logging and short timeouts, so a failure is reported at once through
   * the probe's answer instead of being retried with back-off and logged on every attempt.
   */
  probe?: boolean;
}

export function parseBrokers(value: string | readonly string[] | undefined): string[] {
  const entries = typeof value === 'string' || value === undefined ? (value ?? '').split(',') : value;
  const brokers = entries.map((broker) => broker.trim()).filter((broker) => broker.length > 0);
  if (brokers.length === 0) throw new Error('no Kafka brokers: set KAFKA_BROKERS (e.g. 127.0.0.1:19092)');
  return brokers;
}

/** Routes kafkajs's own log lines (WARN and above) to our logger, keeping its namespace as a field. */
export function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _kafkaLogger, ...extra } = log;
      const fields = { kafka: namespace, ...extra };
      const retriable = typeof extra.error === 'string' && RETRIABLE_MESSAGES.has(extra.error);
      if (level === logLevel.ERROR && !retriable) logger.error(message, fields);
      else if (level === logLevel.WARN || level === logLevel.ERROR) logger.warn(message, fields);
      else logger.info(message, fields);
    };
}

/**
 * Retry settings for our idempotent producers. kafkajs keeps an idempotent producer's sequence numbers (no
 * duplicates, no reordering) only while it retries on its own, and warns when retries are bounded; so these
 * producers retry retriable errors until Kafka is back, and only non-retriable errors reach the caller.
 */
export const IDEMPOTENT_PRODUCER_RETRY = { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10000 };

/** The settings behind `createKafka`, apart so they can be checked without a broker. */
export function kafkaConfig(options: KafkaClientOptions): KafkaConfig {
  const base = {
    clientId: options.clientId,
    brokers: parseBrokers(options.brokers ?? process.env.KAFKA_BROKERS),
    logCreator: kafkaLogCreator(options.logger ?? consoleLogger),
  };
  if (options.probe) {
    // Below the readiness check's own time limit (2 s), so the probe reports Kafka's error, not a timeout.
    return { ...base, connectionTimeout: 1000, requestTimeout: 1500, retry: { retries: 0 }, logLevel: logLevel.NOTHING };
  }
  return {
    ...base,
    connectionTimeout: 3000,
    requestTimeout: 30000,
    // Rides out a broker restart (about 30 s in total) before the caller sees an error.
    retry: { initialRetryTime: 300, maxRetryTime: 10000, retries: 8 },
    logLevel: logLevel.WARN,
  };
}

/** The one Kafka client factory: services (through the platform), relays, consumers, tests and benchmarks. */
export function createKafka(options: KafkaClientOptions): Kafka {
  return new Kafka(kafkaConfig(options));
}
