import { CairnError, NewEvent, Unavailable } from '@cairn/contracts';
import { EventStoreDBClient, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { assertValidExpectedVersion, wrongExpectedVersion } from '../expected-version';
import { checkRetry, StoredId } from '../idempotency';
import {
  AppendResult,
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  VerifyResult,
} from '../port';
import { prepareEvents } from '../prepare';
import { afterOption, DEFAULT_READ_ALL_COUNT, intOption } from '../read-options';
import { toEventData, toExpectedRevision, toVersion } from './mapping';
import { lastPosition, lastVersion, readAllEvents, readStreamEvents } from './reads';
import { subscribeToAll } from './subscribe';

export interface EventStoreDBEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false`; or pass a client the caller owns. */
  connectionString?: string;
  client?: EventStoreDBClient;
  /** Events read per catch-up page in subscriptions (default 500). */
  batchSize?: number;
}

const VERIFY_NOTE =
  'EventStoreDB keeps no hash chain: positions are assigned by the server at write time, so a hash covering them ' +
  'cannot be computed before the write, and a chain kept by one adapter instance would fork as soon as a second ' +
  'writer appends. Its log is append-only (events cannot be edited, only deleted or scavenged). verify() only ' +
  'walked $all and read every event back.';

function failed(message: string, cause: unknown): CairnError {
  if (cause instanceof CairnError) return cause;
  if (cause instanceof UnavailableError) {
    return new Unavailable('EVENT_STORE.UNAVAILABLE', `EventStoreDB is unavailable: ${message}`, {}, { cause });
  }
  const text = cause instanceof Error ? cause.message : String(cause);
  return new CairnError('INTERNAL', 'EVENT_STORE.INTERNAL', `${message}: ${text}`, {}, { cause });
}

export function createEventStoreDBEventStore(options: EventStoreDBEventStoreOptions): EventStore {
  if (!options.client === !options.connectionString) {
    throw new Error('createEventStoreDBEventStore needs exactly one of connectionString or client');
  }
  const ownsClient = !options.client;
  const client = options.client ?? EventStoreDBClient.connectionString(options.connectionString!);
  const batchSize = options.batchSize ?? 500;
  const subscriptions = new Set<Subscription>();

  /** Where the given ids already sit in `stream` (scans the stream: only on the conflict path). */
  async function findIds(stream: string, ids: string[]): Promise<StoredId[]> {
    const wanted = new Set(ids);
    const found: StoredId[] = [];
    for (let from = 1; ; from += batchSize) {
      const page = await readStreamEvents(client, stream, from, batchSize);
      for (const event of page) if (wanted.has(event.id)) found.push({ id: event.id, stream, version: event.version });
      if (page.length < batchSize) return found;
    }
  }

  async function eventsAt(stream: string, fromVersion: number, count: number): Promise<AppendResult> {
    const events = await readStreamEvents(client, stream, fromVersion, count);
    if (events.length !== count) {
      throw new CairnError(
        'INTERNAL',
        'EVENT_STORE.INTERNAL',
        'appended events did not read back with positions (EventStoreDB >= 22.6 is required)',
      );
    }
    const last = events[events.length - 1];
    return { nextExpectedVersion: last.version, lastPosition: last.globalPosition, events };
  }

  async function append(stream: string, events: NewEvent[], expected: ExpectedVersion): Promise<AppendResult> {
    assertValidExpectedVersion(expected);
    const prepared = prepareEvents(stream, events);
    const ids = prepared.map((event) => event.id);
    let written;
    try {
      written = await client.appendToStream(stream, prepared.map(toEventData), {
        expectedRevision: toExpectedRevision(expected),
      });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw failed(`append to "${stream}" failed`, error);
      const original = await retried(stream, ids);
      if (original) return original;
      throw wrongExpectedVersion(stream, expected, toVersion(error.actualVersion));
    }
    // EventStoreDB also answers some retries with success without writing; read back what is stored there.
    const next = toVersion(written.nextExpectedRevision);
    const result = await eventsAt(stream, next - ids.length + 1, ids.length);
    if (result.events.every((event, index) => event.id === ids[index])) return result;
    const original = await retried(stream, ids);
    if (original) return original;
    throw new CairnError('INTERNAL', 'EVENT_STORE.INTERNAL', `append to "${stream}" read back other events`);
  }

  /** The original result if `ids` are a stored append in `stream`; throws DUPLICATE_EVENT_ID on partial reuse. */
  async function retried(stream: string, ids: string[]): Promise<AppendResult | undefined> {
    const stored = await findIds(stream, ids);
    const retry = checkRetry(stream, ids, stored);
    if (retry.kind === 'duplicate') throw retry.error;
    return retry.kind === 'retry' ? eventsAt(stream, stored[0].version, ids.length) : undefined;
  }

  /** No chain to check (see VERIFY_NOTE): walks $all so every event is read back and counted. */
  async function verify(): Promise<VerifyResult> {
    let checked = 0;
    let last: bigint | null = null;
    for (;;) {
      const page = await readAllEvents(client, last ?? 0n, 1000);
      checked += page.length;
      if (page.length > 0) last = page[page.length - 1].globalPosition;
      if (page.length < 1000) break;
    }
    return { ok: true, checked, headHash: null, headPosition: last, note: VERIFY_NOTE };
  }

  return {
    append,
    async readStream(stream: string, readOptions: ReadStreamOptions = {}) {
      const fromVersion = intOption(readOptions.fromVersion, 1, 'fromVersion', 1);
      const maxCount = intOption(readOptions.maxCount, Number.MAX_SAFE_INTEGER, 'maxCount', 0);
      return readStreamEvents(client, stream, fromVersion, maxCount).catch((error) => {
        throw failed(`read of "${stream}" failed`, error);
      });
    },
    streamVersion: (stream: string) =>
      lastVersion(client, stream).catch((error) => {
        throw failed(`read of "${stream}" failed`, error);
      }),
    async readAll(readOptions: ReadAllOptions = {}) {
      const maxCount = intOption(readOptions.maxCount, DEFAULT_READ_ALL_COUNT, 'maxCount', 0);
      if (maxCount === 0) return [];
      return readAllEvents(client, afterOption(readOptions.after), maxCount).catch((error) => {
        throw failed('read of $all failed', error);
      });
    },
    headPosition: () =>
      lastPosition(client).catch((error) => {
        throw failed('read of $all failed', error);
      }),
    subscribeToAll(subscribeOptions: SubscribeOptions) {
      const subscription = subscribeToAll(client, subscribeOptions, batchSize);
      subscriptions.add(subscription);
      void subscription.done.catch(() => undefined).finally(() => subscriptions.delete(subscription));
      return subscription;
    },
    verify,
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      if (ownsClient) await client.dispose();
    },
  };
}
