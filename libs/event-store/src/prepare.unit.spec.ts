import { InvalidArgument, NewEvent } from '@cairn/contracts';
import { prepareEvents } from './prepare';

const probe = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  type: 'ProbeRecorded',
  data: { sequence: 1 },
  metadata: { actor: 'user:alice', correlationId: 'c-1' },
  ...overrides,
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgument) return error.code;
    throw error;
  }
  return undefined;
}

describe('prepareEvents', () => {
  const now = new Date('2026-11-23T10:00:00.000Z');

  it('fills in an id, null causation and traceparent, and the store clock', () => {
    const [event] = prepareEvents('probe-1', [probe()], now);
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.metadata).toEqual({ actor: 'user:alice', causationId: null, correlationId: 'c-1', traceparent: null });
    expect(event.occurredAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('normalises ids to lower case and occurredAt to UTC milliseconds', () => {
    const [event] = prepareEvents(
      'probe-1',
      [
        probe({
          id: 'AAAAAAAA-0000-4000-8000-000000000001',
          metadata: { actor: 'a', correlationId: 'c', occurredAt: '2026-11-23T12:00:00.123456+02:00' },
        }),
      ],
      now,
    );
    expect(event.id).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(event.occurredAt).toBe('2026-11-23T10:00:00.123Z');
  });

  it('stores the data as its schema parsed it, in canonical JSON', () => {
    const [event] = prepareEvents('probe-1', [probe({ data: { note: 'ü', sequence: 2, extra: 'dropped' } })], now);
    expect(event.data).toEqual({ note: 'ü', sequence: 2 });
    expect(event.dataJson).toBe('{"note":"ü","sequence":2}');
  });

  it.each<[string, () => unknown]>([
    ['CONTRACTS.UNKNOWN_EVENT_TYPE', () => prepareEvents('probe-1', [probe({ type: 'Exploded' })])],
    ['CONTRACTS.INVALID_EVENT_DATA', () => prepareEvents('probe-1', [probe(), probe({ data: { sequence: -1 } })])],
    ['EVENT_STORE.EMPTY_APPEND', () => prepareEvents('probe-1', [])],
    ['EVENT_STORE.INVALID_STREAM', () => prepareEvents('$system', [probe()])],
    ['EVENT_STORE.INVALID_STREAM', () => prepareEvents('ab', [probe()])],
    ['EVENT_STORE.INVALID_EVENT_ID', () => prepareEvents('probe-1', [probe({ id: 'not-a-uuid' })])],
    [
      'EVENT_STORE.INVALID_METADATA',
      () => prepareEvents('probe-1', [probe({ metadata: { actor: '', correlationId: 'c' } })]),
    ],
    [
      'EVENT_STORE.INVALID_METADATA',
      () =>
        prepareEvents('probe-1', [probe({ metadata: { actor: 'a', correlationId: 'c', occurredAt: 'yesterday' } })]),
    ],
    [
      'EVENT_STORE.UNSTORABLE_JSON',
      () => prepareEvents('probe-1', [probe({ data: { sequence: 1, note: 'nul\u0000' } })]),
    ],
    [
      'EVENT_STORE.DUPLICATE_EVENT_ID_IN_BATCH',
      () =>
        prepareEvents('probe-1', [
          probe({ id: 'aaaaaaaa-0000-4000-8000-000000000001' }),
          probe({ id: 'aaaaaaaa-0000-4000-8000-000000000001' }),
        ]),
    ],
  ])('refuses with %s', (code, run) => {
    expect(codeOf(run)).toBe(code);
  });
});
