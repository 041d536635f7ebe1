import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '../errors';
import { parseEvent, parseEventData } from '.';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: 'ProbeRecorded',
  stream: 'probe-e2e',
  version: 1,
  position: '42',
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: 'user:alice',
  causationId: null,
  correlationId: 'c-1',
  traceparent: null,
  data: { sequence: 3 },
  ...overrides,
});

describe('parseEvent', () => {
  it('accepts a well-formed envelope with valid data', () => {
    const event = parseEvent(envelope());
    expect(event.type).toBe('ProbeRecorded');
    expect(event.data).toEqual({ sequence: 3 });
  });

  it('rejects an envelope with a missing id, naming the field', () => {
    const { id: _id, ...withoutId } = envelope();
    expect(() => parseEvent(withoutId)).toThrow(/id:/);
  });

  it('rejects data that does not match the type schema with INVALID_EVENT_DATA', () => {
    try {
      parseEvent(envelope({ data: { sequence: -1 } }));
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).code).toBe('CONTRACTS.INVALID_EVENT_DATA');
      expect((error as InvalidArgument).message).toMatch(/sequence/);
    }
  });

  it('rejects an unknown event type', () => {
    expect(() => parseEventData('Exploded', {})).toThrow(/unknown event type "Exploded"/);
  });
});
