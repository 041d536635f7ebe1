import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Pool } from 'pg';
import { loadMigrations, migrate, Migration, MigrationChecksumMismatch } from './migrations';
import { createPool } from './pool';
import { createTestDatabase, TestDatabase } from './testing';

const T = 30_000;

const first: Migration = { name: '001_widgets', sql: 'CREATE TABLE demo.widgets (id int PRIMARY KEY);' };
const second: Migration = { name: '002_gadgets', sql: 'CREATE TABLE demo.gadgets (id int PRIMARY KEY);' };

describe('migrate', () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeEach(async () => {
    db = await createTestDatabase('cairn_migrate_test');
    pool = createPool(db.url, 'migrations-test', { max: 12 });
  }, T);

  afterEach(async () => {
    await pool.end();
    await db.drop();
  }, T);

  const applied = async (schema = 'demo') =>
    (await pool.query<{ name: string }>(`SELECT name FROM ${schema}.schema_migrations ORDER BY name`)).rows.map(
      (row) => row.name,
    );

  it(
    'applies each migration once, in name order, and records it',
    async () => {
      expect(await migrate(pool, 'demo', [first, second])).toEqual(['001_widgets', '002_gadgets']);
      expect(await applied()).toEqual(['001_widgets', '002_gadgets']);
      await pool.query('INSERT INTO demo.widgets VALUES (1)');
    },
    T,
  );

  it(
    'a second run is a no-op, and a later run applies only the new migration',
    async () => {
      await migrate(pool, 'demo', [first]);
      expect(await migrate(pool, 'demo', [first])).toEqual([]);
      expect(await migrate(pool, 'demo', [first, second])).toEqual(['002_gadgets']);
      expect(await applied()).toEqual(['001_widgets', '002_gadgets']);
    },
    T,
  );

  it(
    'an applied migration that was edited is refused, and nothing of that run is applied',
    async () => {
      await migrate(pool, 'demo', [first]);
      const edited = { ...first, sql: `${first.sql} -- changed` };
      await expect(migrate(pool, 'demo', [edited, second])).rejects.toBeInstanceOf(MigrationChecksumMismatch);
      expect(await applied()).toEqual(['001_widgets']);
      const gadgets = await pool.query(`SELECT to_regclass('demo.gadgets') AS table`);
      expect(gadgets.rows[0].table).toBeNull();
    },
    T,
  );

  it(
    'a failing migration rolls the whole run back',
    async () => {
      const broken: Migration = {
        name: '002_broken',
        sql: 'CREATE TABLE demo.ok (id int); SELECT no_such_function();',
      };
      await expect(migrate(pool, 'demo', [first, broken])).rejects.toThrow(/no_such_function/);
      const schema = await pool.query(`SELECT to_regnamespace('demo') AS schema`);
      expect(schema.rows[0].schema).toBeNull();
      expect(await migrate(pool, 'demo', [first])).toEqual(['001_widgets']);
    },
    T,
  );

  it(
    'concurrent migrators on a new database: one applies, the others find it done',
    async () => {
      const results = await Promise.all(Array.from({ length: 6 }, () => migrate(pool, 'demo', [first, second])));
      expect(results.filter((ran) => ran.length > 0)).toEqual([['001_widgets', '002_gadgets']]);
      expect(results.filter((ran) => ran.length === 0)).toHaveLength(5);
      expect(await applied()).toEqual(['001_widgets', '002_gadgets']);
    },
    T,
  );

  it(
    'schemas are migrated independently',
    async () => {
      await migrate(pool, 'demo', [first]);
      await migrate(pool, 'other', [{ name: '001_widgets', sql: 'CREATE TABLE other.widgets (id int);' }]);
      expect(await applied('other')).toEqual(['001_widgets']);
    },
    T,
  );

  it(
    'refuses a schema name that is not a plain identifier',
    async () => {
      await expect(migrate(pool, 'demo; DROP TABLE x', [first])).rejects.toThrow(/bad schema name/);
    },
    T,
  );
});

describe('loadMigrations', () => {
  it('reads <dir>/<name>/up.sql in name order and ignores loose files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cairn-migrations-'));
    for (const name of ['010_later', '002_second', '001_first']) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'up.sql'), `-- ${name}`);
    }
    writeFileSync(path.join(dir, 'README.md'), 'not a migration');
    expect(loadMigrations(dir)).toEqual([
      { name: '001_first', sql: '-- 001_first' },
      { name: '002_second', sql: '-- 002_second' },
      { name: '010_later', sql: '-- 010_later' },
    ]);
  });
});
