import { setTimeout as sleep } from 'node:timers/promises';
import { CairnError } from '@cairn/contracts';

/** PostgreSQL errors that mean "another writer got there first": re-reading and re-deciding settles them. */
const RACE_CODES = new Set(['23503', '23505', '40001', '40P01']);

/** A wrong expected version from the event store, or a row race in the same transaction's projection. */
export function isWriteRace(error: unknown): boolean {
  if (error instanceof CairnError) return error.code === 'EVENT_STORE.WRONG_EXPECTED_VERSION';
  return RACE_CODES.has((error as { code?: string }).code ?? '');
}

/**
 * Runs `attempt` (read, decide, write in one transaction) again while it loses a write race, up to `maxAttempts`;
 * then throws what `exhausted(tries)` makes (the caller's own CONFLICT). Other errors pass through at once.
 */
export async function retryOnWriteRace<T>(
  attempt: () => Promise<T>,
  maxAttempts: number,
  exhausted: (tries: number) => Error,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isWriteRace(error)) throw error;
      if (tries >= maxAttempts) throw exhausted(tries);
      // A little jitter so two writers that collided do not collide again in lockstep.
      await sleep(5 + Math.floor(Math.random() * 20 * tries));
    }
  }
}
