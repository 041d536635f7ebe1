import { randomUUID } from 'node:crypto';
import { CairnError } from '@cairn/contracts';
import { decodeMessage } from './decode-message';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof CairnError ? `${error.kind} ${error.code}` : 'not a CairnError';
  }
}

const envelope = {
  id: randomUUID(),
  type: 'ProbeRecorded',
  stream: 'probe-a',
  version: 1,
  position: '7',
  occurredAt: '2025-01-01T00:00:00.000Z',
  actor: 'test',
  causationId: null,
  correlationId: 'c',
  traceparent: null,
  data: { sequence: 0 },
};

describe('decoding a Kafka message', () => {
  it('a valid envelope decodes to the event', () => {
    expect(decodeMessage(Buffer.from(JSON.stringify(envelope)))).toEqual(envelope);
  });

  it.each([
    ['not JSON', Buffer.from('{not json'), 'INVALID_ARGUMENT MESSAGING.MALFORMED_JSON'],
    ['no value (tombstone)', null, 'INVALID_ARGUMENT MESSAGING.EMPTY_MESSAGE'],
    ['not an envelope', Buffer.from('{"hello":1}'), 'INVALID_ARGUMENT CONTRACTS.INVALID_ENVELOPE'],
    ['an unknown type', Buffer.from(JSON.stringify({ ...envelope, type: 'NeverHeardOf' })), 'INVALID_ARGUMENT CONTRACTS.UNKNOWN_EVENT_TYPE'],
    ['bad data', Buffer.from(JSON.stringify({ ...envelope, data: { sequence: -1 } })), 'INVALID_ARGUMENT CONTRACTS.INVALID_EVENT_DATA'],
  ])('%s is %s', (_name, value, expected) => {
    expect(codeOf(() => decodeMessage(value))).toBe(expected);
  });
});
