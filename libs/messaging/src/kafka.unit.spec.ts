import { logLevel } from 'kafkajs';
import { kafkaConfig, kafkaLogCreator, parseBrokers } from './kafka';
import { Logger } from './logger';
import { withDeadLetterTopics } from './topics';

describe('kafka client settings', () => {
  it('brokers come from a comma list', () => {
    expect(parseBrokers(' 127.0.0.1:19092, k2:9092 ,')).toEqual(['127.0.0.1:19092', 'k2:9092']);
    expect(parseBrokers(['127.0.0.1:19092', ' k2:9092 '])).toEqual(['127.0.0.1:19092', 'k2:9092']);
    expect(() => parseBrokers(undefined)).toThrow(/KAFKA_BROKERS/);
    expect(() => parseBrokers([])).toThrow(/KAFKA_BROKERS/);
  });

  it('a client retries and logs warnings; a probe client neither retries nor logs, and gives up quickly', () => {
    const client = kafkaConfig({ clientId: 'cairn-x', brokers: 'k1:9092' });
    expect(client).toMatchObject({ clientId: 'cairn-x', brokers: ['k1:9092'], logLevel: logLevel.WARN, retry: { retries: 8 } });
    const probe = kafkaConfig({ clientId: 'cairn-x', brokers: ['k1:9092'], probe: true });
    expect(probe).toMatchObject({ logLevel: logLevel.NOTHING, retry: { retries: 0 } });
    expect(probe.connectionTimeout).toBeLessThan(2000); // the readiness check's time limit
  });

  it("kafkajs's log lines reach our logger at their level, with the namespace", () => {
    const lines: string[] = [];
    const logger: Logger = {
      info: (message) => lines.push(`info ${message}`),
      warn: (message, fields) => lines.push(`warn ${message} ${JSON.stringify(fields)}`),
      error: (message) => lines.push(`error ${message}`),
    };
    const log = kafkaLogCreator(logger)(logLevel.WARN);
    log({ namespace: 'Consumer', level: logLevel.WARN, label: 'WARN', log: { timestamp: 't', message: 'rebalancing', groupId: 'g' } });
    log({ namespace: 'Producer', level: logLevel.ERROR, label: 'ERROR', log: { timestamp: 't', message: 'boom' } });
    expect(lines).toEqual(['warn rebalancing {"kafka":"Consumer","groupId":"g"}', 'error boom']);
  });

  it('an error response kafkajs retries on its own (retriable) is a warning, any other stays an error', () => {
    const lines: string[] = [];
    const logger: Logger = {
      info: (message) => lines.push(`info ${message}`),
      warn: (message) => lines.push(`warn ${message}`),
      error: (message) => lines.push(`error ${message}`),
    };
    const log = kafkaLogCreator(logger)(logLevel.WARN);
    const response = (error: string) => ({
      namespace: 'Connection',
      level: logLevel.ERROR,
      label: 'ERROR',
      log: { timestamp: 't', message: `Response GroupCoordinator ${error}`, error },
    });
    log(response('The group coordinator is not available'));
    log(response('Not authorized to access topics: [Topic authorization failed]'));
    expect(lines).toEqual([
      'warn Response GroupCoordinator The group coordinator is not available',
      'error Response GroupCoordinator Not authorized to access topics: [Topic authorization failed]',
    ]);
  });
});

describe('topics to create', () => {
  it('each topic comes with its dead-letter twin, once', () => {
    expect(withDeadLetterTopics(['a', 'b', 'a', 'b.dlq'])).toEqual(['a', 'a.dlq', 'b', 'b.dlq']);
  });
});
