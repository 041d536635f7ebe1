import { Kafka, logCreator, logLevel } from 'kafkajs';
import type { Logger } from './logger';

const LEVELS: Partial<Record<logLevel, 'error' | 'warn' | 'info'>> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
};

/** kafkajs logs through pino, so its lines are JSON with the service and trace ids like every other line. */
function pinoLogCreator(logger: Logger): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, timestamp: _timestamp, logger: _kafkaLogger, ...fields } = log;
      const target = LEVELS[level] ?? 'debug';
      logger[target]({ kafka: namespace, ...fields }, message);
    };
}

export interface KafkaOptions {
  service: string;
  brokers: string[];
  logger: Logger;
  /**
   * For the readiness probe: no logging and no retries, so a failure is reported at once, through the probe's
   * answer, instead of being retried with back-off and logged on every attempt.
   */
  probe?: boolean;
}

export function createKafka(options: KafkaOptions): Kafka {
  return new Kafka({
    clientId: `cairn-${options.service}`,
    brokers: options.brokers,
    connectionTimeout: 2_000,
    logLevel: options.probe ? logLevel.NOTHING : logLevel.WARN,
    logCreator: pinoLogCreator(options.logger),
    ...(options.probe ? { retry: { retries: 0 } } : {}),
  });
}
