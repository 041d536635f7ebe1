import { Pool, PoolClient } from '@cairn/postgres';
import { APPENDED_CHANNEL } from './append';

const MIN_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5000;

/**
 * One LISTEN connection shared by a store's subscriptions. It wakes every subscriber on each append notification
 * and after every (re)connect, since notifications sent while it was disconnected are lost. Subscribers also poll,
 * so a wake-up is only ever a shortcut, never the sole way an event is found.
 */
export class AppendNotifier {
  private readonly wakers = new Set<() => void>();
  private current: { client: PoolClient; release: (error?: Error) => void } | null = null;
  private connecting = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private backoffMs = MIN_BACKOFF_MS;
  private closed = false;

  constructor(private readonly pool: Pool) {}

  /** Calls `wake` on appends; returns the function that stops it. */
  listen(wake: () => void): () => void {
    this.wakers.add(wake);
    this.ensureConnected();
    return () => {
      this.wakers.delete(wake);
      if (this.wakers.size === 0) this.disconnect();
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.disconnect();
  }

  /** The backend pid of the LISTEN connection, for tests that cut it. */
  get listenerPid(): number | null {
    return (this.current?.client as unknown as { processID?: number } | undefined)?.processID ?? null;
  }

  private wakeAll(): void {
    for (const wake of this.wakers) wake();
  }

  private ensureConnected(): void {
    if (this.current || this.connecting || this.retryTimer || this.closed) return;
    this.connecting = true;
    void this.connect().finally(() => {
      this.connecting = false;
    });
  }

  private async connect(): Promise<void> {
    let client: PoolClient | undefined;
    let released = false;
    // Destroy rather than return to the pool: this connection is LISTENing (or broken). Once only.
    const release = (error?: Error) => {
      if (!client || released) return;
      released = true;
      if (this.current?.client === client) this.current = null;
      client.release(error ?? true);
    };
    try {
      client = await this.pool.connect();
      const lost = (error?: Error) => {
        if (released) return; // we let it go ourselves
        release(error ?? new Error('LISTEN connection ended'));
        this.scheduleReconnect();
      };
      client.on('error', lost);
      client.on('end', () => lost());
      client.on('notification', (message) => {
        if (message.channel === APPENDED_CHANNEL) this.wakeAll();
      });
      await client.query(`LISTEN ${APPENDED_CHANNEL}`);
      if (released) return;
      if (this.closed || this.wakers.size === 0) return release();
      this.current = { client, release };
      this.backoffMs = MIN_BACKOFF_MS;
      // Anything appended while we were not listening has sent its notification into the void.
      this.wakeAll();
    } catch (error) {
      release(error as Error);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect(): void {
    if (this.closed || this.wakers.size === 0 || this.retryTimer) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureConnected();
    }, delay);
    this.retryTimer.unref();
  }

  private disconnect(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.current?.release();
  }
}
