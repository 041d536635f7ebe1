import { Pool, PoolClient } from 'pg';

/**
 * One active relay per name: a session advisory lock held on a dedicated connection. A second replica (or a
 * restarted process whose predecessor is not quite dead) waits as a standby instead of publishing alongside.
 * The lock goes with the connection, so a SIGKILLed relay releases it as soon as PostgreSQL sees the socket close.
 */
export interface RelayLock {
  /** Rejects if the connection holding the lock dies: the caller must stop relaying and reacquire. */
  readonly lost: Promise<never>;
  release(): Promise<void>;
}

export async function tryAcquireRelayLock(pool: Pool, name: string): Promise<RelayLock | undefined> {
  const client: PoolClient = await pool.connect();
  let lostReject: (error: Error) => void = () => undefined;
  const lost = new Promise<never>((_resolve, reject) => {
    lostReject = reject;
  });
  lost.catch(() => undefined); // observed by whoever races on it; never an unhandled rejection
  let dead = false;
  const onError = (error: Error) => {
    dead = true;
    lostReject(error);
  };
  client.on('error', onError);
  try {
    const result = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [`cairn.relay.${name}`],
    );
    if (result.rows[0]?.locked) {
      return {
        lost,
        async release() {
          if (dead) return client.release(true);
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`cairn.relay.${name}`]).catch(() => undefined);
          client.off('error', onError);
          client.release();
        },
      };
    }
  } catch (error) {
    client.off('error', onError);
    client.release(true);
    throw error;
  }
  client.off('error', onError);
  client.release();
  return undefined;
}
