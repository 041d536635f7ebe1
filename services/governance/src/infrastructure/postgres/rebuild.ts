import { EventStore } from '@cairn/event-store';
import { Pool, PoolClient, withTransaction } from '@cairn/postgres';
import { auditRow, GOVERNANCE_CATEGORIES, isGovernanceStream, projection, run } from './projector';

/** Every read-model table; all but the audit table are truncated together (see rebuildReadModels). */
export const READ_MODEL_TABLES = [
  'governance.policies',
  'governance.decisions',
  'governance.audit',
  'governance.principals',
  'governance.tokens',
] as const;

/**
 * Drops the read models (governance's own audit rows only) and replays every governance stream from the event store through the same projector, in
 * one transaction (readers see the old tables until it commits). TRUNCATE's lock makes governance writers, which
 * project before they append, wait meanwhile. The replay follows `subscribeToAll` until it has caught up with the head
 * it saw at the start.
 */
export async function rebuildReadModels(pool: Pool, store: EventStore): Promise<{ events: number }> {
  return withTransaction(pool, async (client) => {
    await client.query(`TRUNCATE ${READ_MODEL_TABLES.filter((table) => table !== 'governance.audit').join(', ')}`);
    // The audit table also holds the audit consumer's rows (registry, serving: audit/audit.consumer.ts), which this
    // replay does not write and the consumer would not redeliver: only governance's own rows are dropped.
    await client.query('DELETE FROM governance.audit WHERE stream LIKE ANY ($1::text[])', [GOVERNANCE_CATEGORIES.map((c) => `${c}-%`)]);
    return { events: await replay(client, store) };
  });
}

async function replay(client: PoolClient, store: EventStore): Promise<number> {
  let count = 0;
  let caughtUp!: () => void;
  const reachedHead = new Promise<void>((resolve) => (caughtUp = resolve));
  const subscription = store.subscribeToAll({
    onEvent: async (event) => {
      if (!isGovernanceStream(event.stream)) return;
      await run(client, [...projection(event), auditRow(event)]);
      count += 1;
    },
    onCaughtUp: () => caughtUp(),
  });
  try {
    // A failing projection ends the subscription: its error wins the race and rolls the rebuild back.
    const ended = subscription.done.then(() => Promise.reject(new Error('the event subscription ended before catching up')));
    await Promise.race([reachedHead, ended]);
  } finally {
    await subscription.stop();
  }
  return count;
}
