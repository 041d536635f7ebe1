import { RecordedEvent } from '../port';
import { subscribe, SubscriptionSource } from './subscribe';

const event = (position: number): RecordedEvent => ({
  id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
  type: 'ProbeRecorded',
  stream: 'probe-unit',
  version: position,
  position: String(position),
  globalPosition: BigInt(position),
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: 'a',
  causationId: null,
  correlationId: 'c',
  traceparent: null,
  data: { sequence: position },
});

/** An in-memory log; `fail` makes the next reads throw. */
function memorySource(count: number) {
  const log = Array.from({ length: count }, (_, i) => event(i + 1));
  const wakers = new Set<() => void>();
  const state = { failures: [] as unknown[], reads: 0, settledUpTo: Number.MAX_SAFE_INTEGER };
  const source: SubscriptionSource = {
    headPosition: async () => BigInt(log.length),
    readAll: async (after, maxCount) => {
      state.reads += 1;
      const failure = state.failures.shift();
      if (failure) throw failure;
      const events = log.filter((e) => e.globalPosition > after && e.globalPosition <= state.settledUpTo);
      return {
        events: events.slice(0, maxCount),
        heldBack: log.length > state.settledUpTo && events.length < maxCount,
      };
    },
    listen: (wake) => {
      wakers.add(wake);
      return () => wakers.delete(wake);
    },
  };
  const append = () => {
    log.push(event(log.length + 1));
    for (const wake of wakers) wake();
  };
  return { source, append, state, wakers };
}

const settings = { batchSize: 2, pollIntervalMs: 60_000 };
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('subscribe loop', () => {
  it('catches up in batches, reports caught up once, then delivers woken appends in order', async () => {
    const { source, append } = memorySource(5);
    const seen: number[] = [];
    const caughtUp: number[] = [];
    const subscription = subscribe(
      source,
      { onEvent: (e) => void seen.push(e.version), onCaughtUp: () => caughtUp.push(seen.length) },
      settings,
    );
    await until(() => seen.length === 5);
    append();
    append();
    await until(() => seen.length === 7);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(caughtUp).toEqual([5]);
    await subscription.stop();
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('starts after the given position and reports caught up at once when nothing is newer', async () => {
    const { source } = memorySource(3);
    const seen: number[] = [];
    let caughtUp = false;
    const subscription = subscribe(
      source,
      { after: 3n, onEvent: (e) => void seen.push(e.version), onCaughtUp: () => (caughtUp = true) },
      settings,
    );
    await until(() => caughtUp);
    expect(seen).toEqual([]);
    await subscription.stop();
  });

  it('rereads soon, without a notification, while appended events are held back', async () => {
    const { source, append, state } = memorySource(2);
    state.settledUpTo = 2;
    const seen: number[] = [];
    const subscription = subscribe(source, { onEvent: (e) => void seen.push(e.version) }, settings);
    await until(() => seen.length === 2);
    append(); // the wake-up arrives while event 3 is still held back
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual([1, 2]);
    state.settledUpTo = 3; // settles with no further notification; the poll interval is a minute
    await until(() => seen.length === 3);
    await subscription.stop();
  });

  it('retries reads that fail for connection reasons and still delivers everything once', async () => {
    const { source, state } = memorySource(3);
    state.failures.push(
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    );
    const seen: number[] = [];
    const subscription = subscribe(source, { onEvent: (e) => void seen.push(e.version) }, settings);
    await until(() => seen.length === 3);
    expect(seen).toEqual([1, 2, 3]);
    await subscription.stop();
  });

  it('ends with done rejecting on a read error that a retry cannot cure', async () => {
    const { source, state } = memorySource(3);
    state.failures.push(Object.assign(new Error('relation "eventstore.events" does not exist'), { code: '42P01' }));
    const subscription = subscribe(source, { onEvent: () => undefined }, settings);
    await expect(subscription.done).rejects.toThrow(/does not exist/);
  });

  it('a handler error ends it: done rejects, no later event is delivered, and it stops listening', async () => {
    const { source, wakers } = memorySource(4);
    const seen: number[] = [];
    const subscription = subscribe(
      source,
      {
        onEvent: (e) => {
          if (e.version === 2) throw new Error('boom');
          seen.push(e.version);
        },
      },
      settings,
    );
    await expect(subscription.done).rejects.toThrow('boom');
    expect(seen).toEqual([1]);
    expect(wakers.size).toBe(0);
  });

  it('stop() resolves only after the running handler finishes, and nothing is delivered after', async () => {
    const { source } = memorySource(3);
    const seen: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const subscription = subscribe(
      source,
      {
        onEvent: async (e) => {
          await gate;
          seen.push(e.version);
        },
      },
      settings,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    let stopped = false;
    const stopping = subscription.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(seen).toEqual([1]);
  });
});
