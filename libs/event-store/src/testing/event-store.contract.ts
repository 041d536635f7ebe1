import { randomUUID } from 'node:crypto';
import { ExpectedVersion, EventStore, RecordedEvent } from '../port';
import { deferred, eventually, failure, marker, newStream, probe, readAllOf, sequenceOf, sleep } from './helpers';

export type EventStoreFactory = () => Promise<{ store: EventStore; cleanup(): Promise<void> }>;

export interface ContractOptions {
  /**
   * The store refuses an event id already used anywhere else (default true). EventStoreDB keeps no index of event
   * ids across streams, so its adapter can only refuse reuse it meets while checking a retry.
   */
  uniqueIdsAcrossStreams?: boolean;
}

const T = 30_000;

/** The one suite every EventStore adapter must pass (STYLE.md 9). Register it from an adapter's *.int.spec.ts. */
export function testEventStore(name: string, factory: EventStoreFactory, options: ContractOptions = {}): void {
  describe(`${name} meets the event store contract`, () => {
    let store: EventStore;
    let cleanup: (() => Promise<void>) | undefined;

    beforeAll(async () => {
      ({ store, cleanup } = await factory());
    }, T);
    afterAll(async () => {
      await cleanup?.();
    }, T);

    describe('append and read back', () => {
      it(
        'returns the events as stored: ids, versions from 1, positions, metadata and data',
        async () => {
          const stream = newStream();
          const id = randomUUID();
          const result = await store.append(
            stream,
            [
              probe(1, {
                id,
                metadata: {
                  actor: 'user:zoë',
                  correlationId: 'corr-ü',
                  causationId: 'cause-1',
                  traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
                  occurredAt: '2026-11-23T12:00:00.123+02:00',
                },
              }),
              probe(2, { data: { sequence: 2, note: 'naïve 日本語 😀 \u2028 "quoted" \\' } }),
            ],
            'no_stream',
          );
          expect(result.nextExpectedVersion).toBe(2);
          expect(result.events.map((event) => event.version)).toEqual([1, 2]);
          expect(result.events[1].globalPosition).toBeGreaterThan(result.events[0].globalPosition);
          expect(result.lastPosition).toBe(result.events[1].globalPosition);
          expect(result.events[0]).toMatchObject({
            id,
            type: 'ProbeRecorded',
            stream,
            actor: 'user:zoë',
            correlationId: 'corr-ü',
            causationId: 'cause-1',
            traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
            occurredAt: '2026-11-23T10:00:00.123Z',
            position: result.events[0].globalPosition.toString(),
          });
          expect(result.events[1]).toMatchObject({ causationId: null, traceparent: null });

          const read = await store.readStream(stream);
          expect(read).toEqual(result.events);
          expect(await store.streamVersion(stream)).toBe(2);
        },
        T,
      );

      it(
        'readStream honours fromVersion and maxCount; a missing stream reads as empty at version 0',
        async () => {
          const stream = newStream();
          await store.append(
            stream,
            [1, 2, 3, 4, 5].map((n) => probe(n)),
            'no_stream',
          );
          expect((await store.readStream(stream, { fromVersion: 2, maxCount: 2 })).map((e) => e.version)).toEqual([
            2, 3,
          ]);
          expect((await store.readStream(stream, { fromVersion: 4 })).map(sequenceOf)).toEqual([4, 5]);
          expect(await store.readStream(stream, { fromVersion: 6 })).toEqual([]);
          expect(await store.readStream(newStream('missing'))).toEqual([]);
          expect(await store.streamVersion(newStream('missing'))).toBe(0);
        },
        T,
      );

      it(
        'readAll returns events after a position in global order, and maxCount pages them',
        async () => {
          const start = await marker(store);
          const [a, b] = [newStream('a'), newStream('b')];
          const first = await store.append(a, [probe(1), probe(2)], 'no_stream');
          await store.append(b, [probe(3)], 'no_stream');
          await store.append(a, [probe(4)], 2);

          const all = await readAllOf(store, start, [a, b], 4);
          expect(all.map(sequenceOf)).toEqual([1, 2, 3, 4]);
          const positions = all.map((event) => event.globalPosition);
          expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
          expect(new Set(positions).size).toBe(4);

          const afterFirst = await readAllOf(store, first.lastPosition, [a, b], 2);
          expect(afterFirst.map(sequenceOf)).toEqual([3, 4]);
          const page = await eventually(async () => {
            const events = await store.readAll({ after: start, maxCount: 2 });
            return events.length === 2 ? events : undefined;
          });
          expect(page.map(sequenceOf)).toEqual([1, 2]);
        },
        T,
      );
    });

    describe('headPosition', () => {
      it(
        'is the position of the newest event readers see, and reaches an append once it is readable',
        async () => {
          const start = await marker(store);
          expect(await store.headPosition()).toBeGreaterThanOrEqual(start);
          const stream = newStream();
          const appended = await store.append(stream, [probe(1), probe(2)], 'no_stream');
          const [, last] = await readAllOf(store, start, [stream], 2);
          expect(last.globalPosition).toBe(appended.lastPosition);
          const head = await store.headPosition();
          // Exactly a readable event's position: ours, or one another writer appended since (on a shared store).
          const since = await store.readAll({ after: last.globalPosition });
          expect([last.globalPosition, ...since.map((event) => event.globalPosition)]).toContain(head);
        },
        T,
      );
    });

    describe('expected version', () => {
      async function conflict(stream: string, expected: ExpectedVersion, actual: number): Promise<void> {
        const error = await failure(() => store.append(stream, [probe(99)], expected));
        expect(error.code).toBe('EVENT_STORE.WRONG_EXPECTED_VERSION');
        expect(error.context).toEqual({ stream, expected, actual });
      }

      it(
        "'no_stream' succeeds on a new stream and conflicts once it exists",
        async () => {
          const stream = newStream();
          await store.append(stream, [probe(1)], 'no_stream');
          await conflict(stream, 'no_stream', 1);
        },
        T,
      );

      it(
        "'stream_exists' conflicts on a new stream and succeeds once it exists",
        async () => {
          const stream = newStream();
          await conflict(stream, 'stream_exists', 0);
          await store.append(stream, [probe(1)], 'any');
          expect((await store.append(stream, [probe(2)], 'stream_exists')).nextExpectedVersion).toBe(2);
        },
        T,
      );

      it(
        'a number must equal the current version: 0 for a new stream, stale or ahead conflicts',
        async () => {
          const stream = newStream();
          expect((await store.append(stream, [probe(1)], 0)).nextExpectedVersion).toBe(1);
          await conflict(stream, 0, 1);
          expect((await store.append(stream, [probe(2), probe(3)], 1)).nextExpectedVersion).toBe(3);
          await conflict(stream, 1, 3);
          await conflict(stream, 7, 3);
        },
        T,
      );

      it(
        "'any' appends whatever the version",
        async () => {
          const stream = newStream();
          expect((await store.append(stream, [probe(1)], 'any')).nextExpectedVersion).toBe(1);
          expect((await store.append(stream, [probe(2)], 'any')).nextExpectedVersion).toBe(2);
        },
        T,
      );

      it(
        'a conflicting append writes nothing',
        async () => {
          const stream = newStream();
          await store.append(stream, [probe(1)], 'no_stream');
          await failure(() => store.append(stream, [probe(2), probe(3)], 0));
          expect((await store.readStream(stream)).map(sequenceOf)).toEqual([1]);
        },
        T,
      );

      it(
        'concurrent appenders to one stream: exactly one wins each version',
        async () => {
          const stream = newStream();
          const contenders = 8;
          const race = async (expected: number) =>
            Promise.allSettled(
              Array.from({ length: contenders }, (_, i) => store.append(stream, [probe(i)], expected)),
            );

          for (const expected of [0, 1, 2]) {
            const outcomes = await race(expected);
            const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
            const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
            expect(won).toHaveLength(1);
            for (const outcome of lost)
              expect(outcome.reason).toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
          }
          const anyResults = await Promise.all(
            Array.from({ length: contenders }, (_, i) => store.append(stream, [probe(i)], 'any')),
          );
          expect(anyResults.map((result) => result.nextExpectedVersion).sort((x, y) => x - y)).toEqual([
            4, 5, 6, 7, 8, 9, 10, 11,
          ]);
          expect((await store.readStream(stream)).map((event) => event.version)).toEqual([
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
          ]);
        },
        T,
      );
    });

    describe('idempotency by event id', () => {
      it(
        'retrying an append returns the original result and stores nothing twice',
        async () => {
          const stream = newStream();
          const start = await marker(store);
          const events = [probe(1, { id: randomUUID() }), probe(2, { id: randomUUID() })];
          const first = await store.append(stream, events, 'no_stream');
          const again = await store.append(stream, events, 'no_stream');
          expect(again).toEqual(first);

          const single = [probe(3, { id: randomUUID() })];
          const third = await store.append(stream, single, 2);
          expect(await store.append(stream, single, 2)).toEqual(third);

          expect((await store.readStream(stream)).map(sequenceOf)).toEqual([1, 2, 3]);
          expect((await readAllOf(store, start, [stream], 3)).map(sequenceOf)).toEqual([1, 2, 3]);
        },
        T,
      );

      it(
        'a retry that changes the batch (a known id with a new one) is refused as DUPLICATE_EVENT_ID',
        async () => {
          const stream = newStream();
          const id = randomUUID();
          await store.append(stream, [probe(1, { id })], 'no_stream');
          const error = await failure(() => store.append(stream, [probe(1, { id }), probe(2)], 'no_stream'));
          expect(error.code).toBe('EVENT_STORE.DUPLICATE_EVENT_ID');
          expect(await store.streamVersion(stream)).toBe(1);
        },
        T,
      );

      (options.uniqueIdsAcrossStreams === false ? it.skip : it)(
        'an id already used in another stream is refused as DUPLICATE_EVENT_ID, writing nothing',
        async () => {
          const [first, second] = [newStream(), newStream()];
          const id = randomUUID();
          await store.append(first, [probe(1, { id })], 'no_stream');
          const error = await failure(() => store.append(second, [probe(2), probe(3, { id })], 'any'));
          expect(error.code).toBe('EVENT_STORE.DUPLICATE_EVENT_ID');
          expect(await store.streamVersion(second)).toBe(0);
          // Not a retry: the known id comes with a new one (the same id alone would be a retry of the first append).
          const reuse = await failure(() => store.append(first, [probe(4), probe(5, { id })], 1));
          expect(reuse.code).toBe('EVENT_STORE.DUPLICATE_EVENT_ID');
        },
        T,
      );
    });

    describe('validation', () => {
      it(
        'invalid data is refused with INVALID_ARGUMENT, nothing is written, and the next valid append succeeds',
        async () => {
          const stream = newStream();
          const bad = await failure(() =>
            store.append(stream, [probe(1), probe(2, { data: { sequence: -2 } })], 'any'),
          );
          expect(bad).toMatchObject({ kind: 'INVALID_ARGUMENT', code: 'CONTRACTS.INVALID_EVENT_DATA' });
          const unknown = await failure(() => store.append(stream, [probe(1, { type: 'Exploded' })], 'any'));
          expect(unknown).toMatchObject({ kind: 'INVALID_ARGUMENT', code: 'CONTRACTS.UNKNOWN_EVENT_TYPE' });
          const empty = await failure(() => store.append(stream, [], 'any'));
          expect(empty).toMatchObject({ kind: 'INVALID_ARGUMENT', code: 'EVENT_STORE.EMPTY_APPEND' });
          expect(await store.streamVersion(stream)).toBe(0);
          expect(await store.readStream(stream)).toEqual([]);

          expect((await store.append(stream, [probe(1)], 'no_stream')).nextExpectedVersion).toBe(1);
        },
        T,
      );
    });

    describe('readers and concurrent appends', () => {
      it(
        'a reader polling readAll while appends commit concurrently never skips an event',
        async () => {
          const start = await marker(store);
          const streams = Array.from({ length: 12 }, (_, i) => newStream(`c${i}`));
          const ours = new Set(streams);
          const polled: RecordedEvent[] = [];
          let cursor = start;
          let writing = true;
          const deadline = Date.now() + 20_000;
          const poller = (async () => {
            while ((writing || polled.length < 36) && Date.now() < deadline) {
              const page = await store.readAll({ after: cursor, maxCount: 50 });
              for (const event of page) {
                if (ours.has(event.stream)) polled.push(event);
                cursor = event.globalPosition;
              }
              if (page.length === 0) await sleep(1);
            }
          })();
          const streamed: RecordedEvent[] = [];
          const subscription = store.subscribeToAll({
            after: start,
            onEvent: (event) => {
              if (ours.has(event.stream)) streamed.push(event);
            },
          });

          await Promise.all(
            streams.map(async (stream, i) => {
              for (let n = 0; n < 3; n++) await store.append(stream, [probe(i * 10 + n)], n);
            }),
          );
          writing = false;
          await poller;
          await eventually(() => (streamed.length >= 36 ? true : undefined));
          await subscription.stop();

          const final = await readAllOf(store, start, streams, 36);
          const ids = (events: RecordedEvent[]) => events.map((event) => event.id);
          expect(ids(polled)).toEqual(ids(final));
          expect(ids(streamed)).toEqual(ids(final));
        },
        T,
      );
    });

    describe('subscribeToAll', () => {
      it(
        'catches up on existing events, reports caught up, then delivers live appends in order',
        async () => {
          const start = await marker(store);
          const stream = newStream();
          await store.append(stream, [probe(1), probe(2), probe(3)], 'no_stream');
          const received: number[] = [];
          const caughtUp = deferred();
          let receivedAtCaughtUp = -1;
          const subscription = store.subscribeToAll({
            after: start,
            onEvent: async (event) => {
              if (event.stream !== stream) return;
              await sleep(1); // the subscription must wait for each handler
              received.push(sequenceOf(event));
            },
            onCaughtUp: () => {
              receivedAtCaughtUp = received.length;
              caughtUp.resolve();
            },
          });
          await caughtUp.promise;
          expect(receivedAtCaughtUp).toBe(3);

          await store.append(stream, [probe(4)], 3);
          await store.append(stream, [probe(5), probe(6)], 4);
          await eventually(() => (received.length === 6 ? true : undefined));
          expect(received).toEqual([1, 2, 3, 4, 5, 6]);

          await subscription.stop();
          await expect(subscription.done).resolves.toBeUndefined();
          await store.append(stream, [probe(7)], 6);
          await sleep(300);
          expect(received).toEqual([1, 2, 3, 4, 5, 6]);
        },
        T,
      );

      it(
        'a handler error ends the subscription: done rejects with it and later events are not delivered',
        async () => {
          const start = await marker(store);
          const stream = newStream();
          const received: number[] = [];
          const subscription = store.subscribeToAll({
            after: start,
            onEvent: (event) => {
              if (event.stream !== stream) return;
              if (sequenceOf(event) === 2) throw new Error('handler broke on 2');
              received.push(sequenceOf(event));
            },
          });
          await store.append(stream, [probe(1), probe(2), probe(3)], 'no_stream');
          await expect(subscription.done).rejects.toThrow('handler broke on 2');
          expect(received).toEqual([1]);
          await expect(subscription.stop()).resolves.toBeUndefined();
        },
        T,
      );

      it(
        'stop() waits for the running handler to finish',
        async () => {
          const start = await marker(store);
          const stream = newStream();
          const started = deferred();
          let finished = false;
          const subscription = store.subscribeToAll({
            after: start,
            onEvent: async (event) => {
              if (event.stream !== stream) return;
              started.resolve();
              await sleep(300);
              finished = true;
            },
          });
          await store.append(stream, [probe(1)], 'no_stream');
          await started.promise;
          await subscription.stop();
          expect(finished).toBe(true);
        },
        T,
      );
    });

    describe('verify', () => {
      it(
        'an untouched store verifies',
        async () => {
          await store.append(newStream(), [probe(1), probe(2)], 'no_stream');
          const result = await store.verify();
          expect(result.ok).toBe(true);
          expect(result.firstBroken).toBeUndefined();
          expect(result.checked).toBeGreaterThan(0);
        },
        T,
      );
    });
  });
}
