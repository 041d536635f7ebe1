import { RecordedEvent, SubscribeOptions, Subscription } from '../port';
import { Wakeup } from '../wakeup';
import { isTransientPgError } from './transient';

export interface SubscriptionSource {
  /** A page after `after`; `heldBack` says more events are committed but not yet safe to hand out. */
  readAll(after: bigint, maxCount: number): Promise<{ events: RecordedEvent[]; heldBack: boolean }>;
  headPosition(): Promise<bigint>;
  /** Wakes the subscription early when something was appended; returns the function that stops it. */
  listen?(wake: () => void): () => void;
}

export interface SubscriptionSettings {
  batchSize: number;
  /** The fallback: how long an idle subscription waits for a wake-up before it reads anyway. */
  pollIntervalMs: number;
}

const MAX_RETRY_MS = 5000;
const FIRST_HELD_BACK_MS = 10;

/**
 * Catch-up then live, one loop: read a batch after the last delivered position, hand each event to the handler
 * and wait for it, and when a batch comes back short, sleep until an append notification or the poll interval.
 * Read failures that a reconnect can cure are retried; a handler failure ends the subscription.
 */
export function subscribe(
  source: SubscriptionSource,
  options: SubscribeOptions,
  settings: SubscriptionSettings,
): Subscription {
  const wakeup = new Wakeup();
  let stopped = false;

  async function retrying<T>(read: () => Promise<T>): Promise<T | undefined> {
    for (let delay = 100; !stopped; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
      try {
        return await read();
      } catch (error) {
        if (!isTransientPgError(error)) throw error;
        await wakeup.wait(delay);
      }
    }
    return undefined;
  }

  async function run(): Promise<void> {
    const stopListening = source.listen?.(() => wakeup.signal());
    try {
      let after = options.after ?? 0n;
      const head = await retrying(() => source.headPosition());
      if (head === undefined) return;
      let caughtUp = false;
      const checkCaughtUp = () => {
        if (!caughtUp && after >= head) {
          caughtUp = true;
          options.onCaughtUp?.();
        }
      };
      checkCaughtUp();
      let heldBackMs = FIRST_HELD_BACK_MS;
      while (!stopped) {
        const page = await retrying(() => source.readAll(after, settings.batchSize));
        if (page === undefined) return;
        for (const event of page.events) {
          if (stopped) return;
          await options.onEvent(event);
          after = event.globalPosition;
          checkCaughtUp();
        }
        if (page.events.length > 0) heldBackMs = FIRST_HELD_BACK_MS;
        if (page.heldBack) {
          // The notification for these events has come and gone: look again soon, backing off while an old
          // transaction elsewhere keeps them held.
          await wakeup.wait(Math.min(heldBackMs, settings.pollIntervalMs));
          heldBackMs = Math.min(heldBackMs * 2, 1000);
        } else if (page.events.length < settings.batchSize) {
          await wakeup.wait(settings.pollIntervalMs);
        }
      }
    } finally {
      stopListening?.();
    }
  }

  const loop = run();
  const done = loop.then(() => undefined);
  // The caller may never look at `done`; a failed subscription must not crash the process as an unhandled rejection.
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopped = true;
      wakeup.signal();
      await loop.catch(() => undefined);
    },
  };
}
