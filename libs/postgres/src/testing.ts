import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * Integration tests get a throwaway database on the real PostgreSQL started by deploy/local/setup.sh.
 * Needs CAIRN_PG_ADMIN_URL (a role allowed to CREATE DATABASE), set by deploy/local/env.sh.
 */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export function adminUrl(): string {
  const url = process.env.CAIRN_PG_ADMIN_URL;
  if (!url) {
    throw new Error('CAIRN_PG_ADMIN_URL is not set: run integration tests through `npm test` (deploy/local/test.sh)');
  }
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createTestDatabase(prefix = 'cairn_test'): Promise<TestDatabase> {
  const admin = adminUrl();
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return {
    name,
    url: withDatabase(admin, name),
    async drop() {
      const dropper = new Client({ connectionString: admin });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
