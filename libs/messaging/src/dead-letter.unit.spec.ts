import { CairnError, DLQ_HEADERS, InvalidArgument, Unavailable } from '@cairn/contracts';
import { deadLetterHeaders, FailedMessage } from './dead-letter';

const failed: FailedMessage = {
  topic: 'cairn.registry.events',
  partition: 2,
  offset: '41',
  key: 'fraud',
  value: Buffer.from('{}'),
  headers: {},
  consumerGroup: 'serving.registry-events',
  attempts: 1,
};
const at = new Date('2025-01-02T03:04:05.000Z');

describe('error → dead-letter headers', () => {
  it('a CairnError gives its stable code and message, and where the message came from', () => {
    const headers = deadLetterHeaders(new InvalidArgument('REGISTRY.BAD_ALIAS', 'alias "" is empty'), failed, at);
    expect(headers).toEqual({
      [DLQ_HEADERS.errorCode]: 'REGISTRY.BAD_ALIAS',
      [DLQ_HEADERS.errorMessage]: 'alias "" is empty',
      [DLQ_HEADERS.sourceTopic]: 'cairn.registry.events',
      [DLQ_HEADERS.sourcePartition]: '2',
      [DLQ_HEADERS.sourceOffset]: '41',
      [DLQ_HEADERS.consumerGroup]: 'serving.registry-events',
      [DLQ_HEADERS.failedAt]: '2025-01-02T03:04:05.000Z',
    });
  });

  it('an unknown error is INTERNAL with its message', () => {
    const headers = deadLetterHeaders(new TypeError('x is undefined'), failed, at);
    expect(headers[DLQ_HEADERS.errorCode]).toBe('INTERNAL');
    expect(headers[DLQ_HEADERS.errorMessage]).toBe('x is undefined');
  });

  it('a retried failure says how many attempts were made', () => {
    const error = new Unavailable('SERVING.ONNX_LOAD', 'artifact store unreachable');
    const headers = deadLetterHeaders(error, { ...failed, attempts: 5 }, at);
    expect(headers[DLQ_HEADERS.errorCode]).toBe('SERVING.ONNX_LOAD');
    expect(headers[DLQ_HEADERS.errorMessage]).toBe('gave up after 5 attempts: artifact store unreachable');
  });

  it('a huge message is cut to 1000 characters', () => {
    const headers = deadLetterHeaders(new CairnError('INTERNAL', 'X', 'y'.repeat(5000)), failed, at);
    expect(headers[DLQ_HEADERS.errorMessage]).toHaveLength(1000);
  });
});
