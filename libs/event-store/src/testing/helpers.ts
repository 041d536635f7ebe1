import { randomUUID } from 'node:crypto';
import { CairnError, NewEvent } from '@cairn/contracts';
import { EventStore, RecordedEvent } from '../port';

/** Every test writes to its own streams, so the suite also runs against a shared, non-empty store. */
export function newStream(label = 'contract'): string {
  return `probe-${label}-${randomUUID()}`;
}

export function probe(sequence: number, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type: 'ProbeRecorded',
    data: { sequence },
    metadata: { actor: 'user:contract', correlationId: `corr-${sequence}` },
    ...overrides,
  };
}

export const sequenceOf = (event: RecordedEvent) => (event.data as { sequence: number }).sequence;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined; fails with the last error after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError ?? new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}

/** The position to read after: a fresh event's, so later reads see only what the test appends next. */
export async function marker(store: EventStore): Promise<bigint> {
  return (await store.append(newStream('marker'), [probe(0)], 'no_stream')).lastPosition;
}

/**
 * readAll from `after` until `count` events of `streams` are visible (a store may hold back events committed
 * after an older transaction that is still open, so visibility is eventual), paging through everything else.
 */
export async function readAllOf(
  store: EventStore,
  after: bigint,
  streams: string[],
  count: number,
): Promise<RecordedEvent[]> {
  const wanted = new Set(streams);
  return eventually(async () => {
    const found: RecordedEvent[] = [];
    for (let cursor = after; ;) {
      const page = await store.readAll({ after: cursor, maxCount: 500 });
      found.push(...page.filter((event) => wanted.has(event.stream)));
      if (page.length < 500) break;
      cursor = page[page.length - 1].globalPosition;
    }
    return found.length >= count ? found : undefined;
  });
}

/** Runs `work` expecting a CairnError; returns it for assertions on code and context. */
export async function failure(work: () => Promise<unknown>): Promise<CairnError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof CairnError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
