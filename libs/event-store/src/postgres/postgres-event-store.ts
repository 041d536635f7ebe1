import * as path from 'node:path';
import { NewEvent } from '@cairn/contracts';
import { createPool, loadMigrations, migrate, Pool } from '@cairn/postgres';
import {
  EventStore,
  ExpectedVersion,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../port';
import { GroupAppender } from './group-append';
import { AppendNotifier } from './notifier';
import { committedHead, readAll, readAllPage } from './read-all';
import { readStream, streamVersion } from './read-stream';
import { subscribe } from './subscribe';
import { verify } from './verify';

export const EVENT_STORE_SCHEMA = 'eventstore';
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export interface PostgresEventStoreOptions {
  /** Either a connection string (the store owns and ends its pool) or a pool the caller owns. */
  connectionString?: string;
  pool?: Pool;
  /** Apply the `eventstore` migrations in init() (default true). Turn off when a deploy step runs them. */
  migrate?: boolean;
  applicationName?: string;
  subscriptions?: {
    /** Events read per catch-up query (default 500). */
    batchSize?: number;
    /** Fallback poll when no notification arrives (default 1000 ms). */
    pollIntervalMs?: number;
    /** LISTEN for append notifications (default true); without it subscriptions only poll. */
    listen?: boolean;
  };
}

export interface PostgresEventStore extends EventStore {
  /** Applies migrations (once; later calls share the first). Every other method calls it first. */
  init(): Promise<void>;
  readonly pool: Pool;
  /** @internal the shared LISTEN connection, for tests. */
  readonly notifier: AppendNotifier;
}

export function createPostgresEventStore(options: PostgresEventStoreOptions): PostgresEventStore {
  if (!options.pool === !options.connectionString) {
    throw new Error('createPostgresEventStore needs exactly one of connectionString or pool');
  }
  const ownsPool = !options.pool;
  const pool = options.pool ?? createPool(options.connectionString!, options.applicationName ?? 'cairn-event-store');
  const notifier = new AppendNotifier(pool);
  const appender = new GroupAppender(pool);
  const settings = {
    batchSize: options.subscriptions?.batchSize ?? 500,
    pollIntervalMs: options.subscriptions?.pollIntervalMs ?? 1000,
  };
  const listen = options.subscriptions?.listen ?? true;
  const subscriptions = new Set<Subscription>();
  let initialised: Promise<void> | undefined;

  const init = () => {
    initialised ??= (async () => {
      if (options.migrate ?? true) await migrate(pool, EVENT_STORE_SCHEMA, loadMigrations(MIGRATIONS_DIR));
    })();
    // A failed init may be retried (e.g. the database was not up yet).
    initialised.catch(() => (initialised = undefined));
    return initialised;
  };

  return {
    pool,
    notifier,
    init,
    async append(stream: string, events: NewEvent[], expectedVersion: ExpectedVersion) {
      await init();
      return appender.append(stream, events, expectedVersion);
    },
    async readStream(stream: string, readOptions?: ReadStreamOptions) {
      await init();
      return readStream(pool, stream, readOptions);
    },
    async streamVersion(stream: string) {
      await init();
      return streamVersion(pool, stream);
    },
    async readAll(readOptions?: ReadAllOptions) {
      await init();
      return readAll(pool, readOptions);
    },
    async headPosition() {
      await init();
      return committedHead(pool);
    },
    subscribeToAll(subscribeOptions: SubscribeOptions) {
      const subscription = subscribe(
        {
          headPosition: async () => {
            await init();
            return committedHead(pool);
          },
          readAll: (after, maxCount) => readAllPage(pool, after, maxCount),
          listen: listen ? (wake) => notifier.listen(wake) : undefined,
        },
        subscribeOptions,
        settings,
      );
      subscriptions.add(subscription);
      void subscription.done.catch(() => undefined).finally(() => subscriptions.delete(subscription));
      return subscription;
    },
    async verify() {
      await init();
      return verify(pool);
    },
    async close() {
      await Promise.all([...subscriptions].map((subscription) => subscription.stop()));
      await notifier.close();
      if (ownsPool) await pool.end();
    },
  };
}
