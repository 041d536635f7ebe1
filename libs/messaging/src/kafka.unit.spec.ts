import { logLevel } from 'kafkajs';
import { kafkaLogCreator, parseBrokers } from './kafka';
import { Logger } from './logger';
import { withDeadLetterTopics } from './topics';

describe('kafka client settings', () => {
  it('brokers come from a comma list', () => {
    expect(parseBrokers(' 127.0.0.1:19092, k2:9092 ,')).toEqual(['127.0.0.1:19092', 'k2:9092']);
    expect(() => parseBrokers(undefined)).toThrow(/KAFKA_BROKERS/);
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
});

describe('topics to create', () => {
  it('each topic comes with its dead-letter twin, once', () => {
    expect(withDeadLetterTopics(['a', 'b', 'a', 'b.dlq'])).toEqual(['a', 'a.dlq', 'b', 'b.dlq']);
  });
});
