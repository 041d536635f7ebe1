import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';

/**
 * A throwaway database owned by the application role (CAIRN_DATABASE_URL's user, not a superuser), as in local
 * development: the store runs and migrates as that role. `adminUrl` connects to it as the superuser.
 */
export interface AppTestDatabase extends TestDatabase {
  appUrl: string;
  adminUrl: string;
  appRole: string;
}

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createAppTestDatabase(prefix = 'cairn_es_test'): Promise<AppTestDatabase> {
  const appBase = process.env.CAIRN_DATABASE_URL;
  if (!appBase) throw new Error('CAIRN_DATABASE_URL is not set: source deploy/local/env.sh');
  const database = await createTestDatabase(prefix);
  const appRole = decodeURIComponent(new URL(appBase).username);
  const adminUrl = urlFor(process.env.CAIRN_PG_ADMIN_URL!, database.name);
  await runAs(adminUrl, `ALTER DATABASE ${database.name} OWNER TO "${appRole.replace(/"/g, '""')}"`);
  return { ...database, appUrl: urlFor(appBase, database.name), adminUrl, appRole };
}

/** One statement on a short-lived connection. */
export async function runAs<T extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
