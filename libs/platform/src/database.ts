import { createPostgresEventStore, EVENT_STORE_SCHEMA, PostgresEventStore } from '@cairn/event-store';
import { createPool, loadMigrations, migrate, Migration } from '@cairn/postgres';
import type { Pool } from 'pg';
import { EXIT } from './exit-codes';

/** A start-up failure an operator can fix: names the variable, and tells `runService` which exit code to use. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** PostgreSQL SQLSTATEs that mean "the URL is wrong", not "the server is down". */
const CONFIG_SQLSTATES = new Set(['28P01', '28000', '3D000']);

interface PgLikeError {
  code?: string;
  message?: string;
  errors?: PgLikeError[];
}

function where(url: string): { target: string; user: string } {
  try {
    const parsed = new URL(url);
    return { target: `${parsed.host}${parsed.pathname}`, user: decodeURIComponent(parsed.username) };
  } catch {
    return { target: '(unparseable URL)', user: '' };
  }
}

/** `CAIRN_DATABASE_URL: cannot connect to 127.0.0.1:1/cairn: ECONNREFUSED`, never echoing the password. */
export function describeDatabaseError(url: string, error: unknown): StartupError {
  const pg = (error ?? {}) as PgLikeError;
  // Node's happy-eyeballs connect reports an AggregateError whose members carry the code.
  const code = pg.code ?? pg.errors?.find((inner) => inner.code)?.code;
  const { target, user } = where(url);
  const reason = /^[A-Z]+$/.test(code ?? '')
    ? code
    : `${pg.message ?? String(error)}${code ? ` (${code})` : ''}`;
  const as = user ? ` as ${user}` : '';
  const exitCode = code && CONFIG_SQLSTATES.has(code) ? EXIT.config : EXIT.unavailable;
  return new StartupError(`CAIRN_DATABASE_URL: cannot connect to ${target}${as}: ${reason}`, exitCode, { cause: error });
}

export interface DatabaseOptions {
  url: string;
  service: string;
  /** The PostgreSQL schema the service owns (DESIGN.md principle 2). */
  schema: string;
  /** `<dir>/<NNN_name>/up.sql`, applied in order by `migrate()`. */
  migrationsDir: string;
  /** Library tables kept in the same schema, applied after the service's own (the relay's checkpoints). */
  libraryMigrations?: Migration[];
}

/**
 * Opens the service's pool, proves the database answers, and brings the service's schema up to date. Runs before
 * any port opens: a service whose database is wrong must not look half-alive.
 */
export async function openDatabase(options: DatabaseOptions): Promise<{ pool: Pool; applied: string[] }> {
  const pool = createPool(options.url, `cairn-${options.service}`, { connectionTimeoutMillis: 5_000 });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw describeDatabaseError(options.url, error);
  }
  try {
    const migrations = [...loadMigrations(options.migrationsDir), ...(options.libraryMigrations ?? [])];
    const applied = await migrate(pool, options.schema, migrations);
    return { pool, applied };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw migrationFailure(options.url, `schema ${options.schema}`, error);
  }
}

/**
 * The event store on the service's own pool, its `eventstore` schema brought up to date before any port opens
 * (every service appends to it and its relay reads it). The caller still owns the pool.
 */
export async function openEventStore(url: string, pool: Pool): Promise<PostgresEventStore> {
  const store = createPostgresEventStore({ pool });
  try {
    await store.init();
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw migrationFailure(url, `the event store (schema ${EVENT_STORE_SCHEMA})`, error);
  }
}

function migrationFailure(url: string, what: string, error: unknown): StartupError {
  const detail = error instanceof Error ? error.message : String(error);
  const message = `CAIRN_DATABASE_URL: cannot migrate ${what} on ${where(url).target}: ${detail}`;
  return new StartupError(message, EXIT.software, { cause: error });
}
