import {
  AllStreamSubscription,
  CancelledError,
  DeadlineExceededError,
  EventStoreDBClient,
  excludeSystemEvents,
  NotLeaderError,
  START,
  UnavailableError,
} from '@eventstore/db-client';
import { RecordedEvent, SubscribeOptions, Subscription } from '../port';
import { Wakeup } from '../wakeup';
import { toReadPosition, toRecorded } from './mapping';
import { readAllEvents } from './reads';

const MAX_RETRY_MS = 5000;

/** Wraps what the caller's code threw, so it ends the subscription instead of being retried like a lost connection. */
class HandlerFailed {
  constructor(readonly error: unknown) {}
}

function isTransient(error: unknown): boolean {
  return [UnavailableError, CancelledError, DeadlineExceededError, NotLeaderError].some(
    (type) => error instanceof type,
  );
}

/**
 * Catch-up by paging $all ourselves (works on every server version, and tells us exactly when we are caught up),
 * then a live server subscription from the last delivered position, filtered to non-system events. A dropped
 * connection goes back to catch-up from the last delivered position; positions at or below it are skipped.
 */
export function subscribeToAll(client: EventStoreDBClient, options: SubscribeOptions, batchSize: number): Subscription {
  const wakeup = new Wakeup();
  let stopped = false;
  let live: AllStreamSubscription | null = null;
  let after = options.after ?? 0n;
  let caughtUp = false;

  async function deliver(event: RecordedEvent): Promise<void> {
    try {
      await options.onEvent(event);
    } catch (error) {
      throw new HandlerFailed(error);
    }
    after = event.globalPosition;
  }

  async function catchUp(): Promise<void> {
    for (;;) {
      const page = await readAllEvents(client, after, batchSize);
      for (const event of page) {
        if (stopped) return;
        await deliver(event);
      }
      if (page.length < batchSize) break;
    }
    if (caughtUp) return;
    caughtUp = true;
    try {
      options.onCaughtUp?.();
    } catch (error) {
      throw new HandlerFailed(error);
    }
  }

  async function follow(): Promise<void> {
    const subscription = client.subscribeToAll({
      fromPosition: after > 0n ? toReadPosition(after) : START,
      filter: excludeSystemEvents(),
    });
    live = subscription;
    try {
      for await (const resolved of subscription) {
        if (stopped) return;
        const event = toRecorded(resolved);
        if (event && event.globalPosition > after) await deliver(event);
      }
    } finally {
      live = null;
      await subscription.unsubscribe().catch(() => undefined);
    }
  }

  async function run(): Promise<void> {
    let delay = 100;
    while (!stopped) {
      try {
        await catchUp();
        if (stopped) return;
        await follow();
      } catch (error) {
        if (stopped) return;
        if (error instanceof HandlerFailed) throw error.error;
        if (!isTransient(error)) throw error;
      }
      // The live stream ended or broke: back off, then catch up from the last delivered position.
      await wakeup.wait(delay);
      delay = Math.min(delay * 2, MAX_RETRY_MS);
    }
  }

  const loop = run();
  const done = loop.then(() => undefined);
  done.catch(() => undefined);
  return {
    done,
    async stop() {
      stopped = true;
      wakeup.signal();
      const current = live;
      if (current) {
        await current.unsubscribe().catch(() => undefined);
        // A cancelled gRPC call does not end the readable; destroy it so the for-await loop finishes.
        current.destroy();
      }
      await loop.catch(() => undefined);
    },
  };
}
