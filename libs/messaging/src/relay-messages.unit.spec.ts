import { randomUUID } from 'node:crypto';
import { EVENT_HEADERS, TOPICS } from '@cairn/contracts';
import type { RecordedEvent } from '@cairn/event-store';
import { eventHeaders, planBatch, routeEvent, splitByBytes, toEnvelope, toTopicMessages } from './relay-messages';

function recorded(stream: string, position: bigint, sequence = 0): RecordedEvent {
  return {
    id: randomUUID(),
    type: 'ProbeRecorded',
    stream,
    version: 1,
    position: position.toString(),
    globalPosition: position,
    occurredAt: '2025-01-01T00:00:00.000Z',
    actor: 'test',
    causationId: null,
    correlationId: 'c',
    traceparent: null,
    data: { sequence },
  };
}

describe('routing a stored event', () => {
  it('goes to its category topic, keyed by aggregate id', () => {
    expect(routeEvent('model-fraud-detector')).toEqual({ kind: 'publish', topic: TOPICS.registryEvents, key: 'fraud-detector' });
  });

  it('a stream of no known category is unrouted', () => {
    expect(routeEvent('scratch-1')).toEqual({ kind: 'unrouted' });
    expect(routeEvent('nodash')).toEqual({ kind: 'unrouted' });
  });

  it('a relay restricted to some categories filters the others out', () => {
    const options = { categories: ['model', 'probe'] as const };
    expect(routeEvent('probe-1', options).kind).toBe('publish');
    expect(routeEvent('deployment-a', options)).toEqual({ kind: 'filtered' });
    expect(routeEvent('scratch-1', options)).toEqual({ kind: 'filtered' });
  });

  it('a topic override keeps the aggregate key', () => {
    expect(routeEvent('probe-7', { topicFor: () => 'cairn.test.x' })).toEqual({ kind: 'publish', topic: 'cairn.test.x', key: '7' });
  });
});

describe('the message a stored event becomes', () => {
  it('is the envelope with the position as a decimal string and no bigint', () => {
    const event = recorded('probe-a', 12345678901234567890n);
    const envelope = toEnvelope(event);
    expect(envelope).not.toHaveProperty('globalPosition');
    expect(JSON.parse(JSON.stringify(envelope))).toMatchObject({ position: '12345678901234567890', stream: 'probe-a' });
  });

  it('carries event id, type and stream in headers', () => {
    const event = recorded('probe-a', 1n);
    expect(eventHeaders(event)).toEqual({
      [EVENT_HEADERS.eventId]: event.id,
      [EVENT_HEADERS.eventType]: 'ProbeRecorded',
      [EVENT_HEADERS.stream]: 'probe-a',
    });
  });
});

describe('planning a batch', () => {
  it('publishes routed events in position order and checkpoints past skipped ones', () => {
    const events = [recorded('probe-a', 1n), recorded('probe-x', 2n), recorded('deployment-d', 3n), recorded('probe-b', 4n), recorded('probe-y', 5n)];
    const topicFor = (stream: string) => (['probe-x', 'probe-y'].includes(stream) ? undefined : 't');
    const plan = planBatch(events, { categories: ['probe'], topicFor });
    expect(plan.publish.map((item) => item.event.globalPosition)).toEqual([1n, 4n]);
    expect(plan.filtered).toBe(1);
    expect(plan.unrouted.map((event) => event.stream)).toEqual(['probe-x', 'probe-y']);
    expect(plan.lastPosition).toBe(5n);
  });

  it('refuses events out of position order', () => {
    expect(() => planBatch([recorded('probe-a', 2n), recorded('probe-a', 1n)])).toThrow(/out of order/);
  });

  it('groups by topic keeping each topic in input order', () => {
    const message = (n: number) => ({ key: 'k', value: String(n) });
    const grouped = toTopicMessages([
      { topic: 'a', message: message(1) },
      { topic: 'b', message: message(2) },
      { topic: 'a', message: message(3) },
      { topic: 'b', message: message(4) },
      { topic: 'a', message: message(5) },
    ]);
    expect(grouped.map((group) => [group.topic, group.messages.map((m) => m.value)])).toEqual([
      ['a', ['1', '3', '5']],
      ['b', ['2', '4']],
    ]);
  });
});

describe('keeping a send under the broker limit', () => {
  const outgoing = (n: number, size: number) => ({ topic: 't', message: { key: String(n), value: 'x'.repeat(size) } });

  it('splits in order once a group would pass the byte limit; an oversized message goes alone', () => {
    const groups = splitByBytes([outgoing(1, 40), outgoing(2, 40), outgoing(3, 40), outgoing(4, 500), outgoing(5, 10)], 100);
    expect(groups.map((group) => group.map((m) => m.message.key))).toEqual([['1', '2'], ['3'], ['4'], ['5']]);
  });

  it('small batches stay one send', () => {
    expect(splitByBytes([outgoing(1, 10), outgoing(2, 10)], 100)).toHaveLength(1);
  });
});
