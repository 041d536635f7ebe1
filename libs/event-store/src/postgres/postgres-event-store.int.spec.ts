import { Client } from 'pg';
import { testEventStore } from '../testing';
import { eventually, marker, newStream, probe, readAllOf, sequenceOf, sleep } from '../testing/helpers';
import { RecordedEvent } from '../port';
import { createPool } from '@cairn/postgres';
import { appendInTransaction } from './append';
import { createPostgresEventStore, PostgresEventStore, PostgresEventStoreOptions } from './postgres-event-store';
import { AppTestDatabase, createAppTestDatabase, runAs } from './test-database';
import { chainBatches, verify } from './verify';

const T = 30_000;

async function freshStore(options: Partial<PostgresEventStoreOptions> = {}) {
  const db = await createAppTestDatabase();
  const store = createPostgresEventStore({ connectionString: db.appUrl, ...options });
  await store.init();
  return {
    db,
    store,
    async cleanup() {
      await store.close();
      await db.drop();
    },
  };
}

testEventStore('PostgreSQL', freshStore);

describe('PostgreSQL event store', () => {
  let db: AppTestDatabase;
  let store: PostgresEventStore;
  const cleanups: Array<() => Promise<void>> = [];

  async function use(options: Partial<PostgresEventStoreOptions> = {}) {
    const fresh = await freshStore(options);
    cleanups.push(fresh.cleanup);
    db = fresh.db;
    store = fresh.store;
    return fresh;
  }

  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  }, T);

  describe('global order', () => {
    it(
      'an append whose transaction is still open hides later appends until it commits, then both appear in order',
      async () => {
        await use();
        const start = await marker(store);
        const [first, second] = [newStream('first'), newStream('second')];
        const ours = new Set([first, second]);
        const streamed: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({
          after: start,
          onEvent: (event) => {
            if (ours.has(event.stream)) streamed.push(event);
          },
        });

        const holder = await store.pool.connect();
        await holder.query('BEGIN');
        const held = await appendInTransaction(holder, first, [probe(1)], 'no_stream');
        let secondDone = false;
        const secondAppend = store.append(second, [probe(2)], 'no_stream').finally(() => (secondDone = true));

        for (let poll = 0; poll < 20; poll++) {
          const visible = (await store.readAll({ after: start })).filter((event) => ours.has(event.stream));
          expect(visible).toEqual([]);
          await sleep(20);
        }
        expect(secondDone).toBe(false); // waiting for the append lock
        expect(streamed).toEqual([]);

        await holder.query('COMMIT');
        holder.release();
        const later = await secondAppend;
        expect(later.lastPosition).toBe(held.lastPosition + 1n);

        const all = await readAllOf(store, start, [first, second], 2);
        expect(all.map((event) => event.stream)).toEqual([first, second]);
        await eventually(() => (streamed.length === 2 ? true : undefined));
        expect(streamed.map((event) => event.stream)).toEqual([first, second]);
        await subscription.stop();
      },
      T,
    );

    it(
      'a transaction left open elsewhere does not hold back readAll or headPosition (positions commit in order under the append lock)',
      async () => {
        await use();
        const start = await marker(store);
        const blocker = new Client({ connectionString: db.appUrl });
        await blocker.connect();
        try {
          await blocker.query('BEGIN');
          await blocker.query('SELECT pg_current_xact_id()'); // an xid older than the append's, as a bulk load holds
          const stream = newStream();
          const appended = await store.append(stream, [probe(1)], 'no_stream');
          expect((await store.readAll({ after: start })).filter((event) => event.stream === stream).map(sequenceOf)).toEqual([1]);
          expect(await store.headPosition()).toBe(appended.lastPosition);
        } finally {
          await blocker.query('ROLLBACK');
          await blocker.end();
        }
      },
      T,
    );

    it(
      'headPosition of an empty store is 0',
      async () => {
        await use();
        expect(await store.headPosition()).toBe(0n);
      },
      T,
    );

    it(
      'positions stay gapless through concurrent appends, conflicts and rolled-back transactions',
      async () => {
        await use();
        const stream = newStream();
        await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => store.append(stream, [probe(i)], i % 3 === 0 ? 'any' : 1)),
        );
        const rolledBack = await store.pool.connect();
        await rolledBack.query('BEGIN');
        await appendInTransaction(rolledBack, newStream(), [probe(1), probe(2)], 'no_stream');
        await rolledBack.query('ROLLBACK');
        rolledBack.release();
        await store.append(newStream(), [probe(3)], 'no_stream');
        const [row] = await runAs<{ count: string; max: string }>(
          db.adminUrl,
          'SELECT count(*)::text AS count, max(global_position)::text AS max FROM eventstore.events',
        );
        expect(row.max).toBe(row.count);
        expect((await store.verify()).ok).toBe(true);
      },
      T,
    );
  });

  describe('group commit', () => {
    it(
      'concurrent appends share transactions yet each gets its own outcome, and the chain holds',
      async () => {
        await use();
        const streams = Array.from({ length: 10 }, (_, i) => newStream(`g${i}`));
        const outcomes = await Promise.allSettled(
          streams.flatMap((stream) => [store.append(stream, [probe(1)], 0), store.append(stream, [probe(2)], 0)]),
        );
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(10);
        const [row] = await runAs<{ transactions: string }>(
          db.adminUrl,
          'SELECT count(DISTINCT transaction_id)::text AS transactions FROM eventstore.events',
        );
        expect(Number(row.transactions)).toBeLessThan(10);
        expect(await store.verify()).toMatchObject({ ok: true, checked: 10 });
      },
      T,
    );

    it(
      'a writer that bypasses the append lock cannot slip in a duplicate position: the clash fails that append only',
      async () => {
        await use();
        await store.append(newStream(), [probe(1)], 'no_stream');
        const rogue = new Client({ connectionString: db.adminUrl });
        await rogue.connect();
        try {
          await rogue.query('BEGIN');
          await rogue.query(
            `INSERT INTO eventstore.events (global_position, id, stream, version, type, data, metadata, occurred_at, hash)
           VALUES (2, gen_random_uuid(), 'probe-rogue', 1, 'ProbeRecorded', '{"sequence":0}', '{}', now(), '\\x00')`,
          );
          const clashing = store.append(newStream(), [probe(2)], 'no_stream');
          await sleep(200); // it now waits on the rogue row's unique-index entry
          const queued = [
            store.append(newStream(), [probe(3)], 'no_stream'),
            store.append(newStream(), [probe(4)], 'no_stream'),
          ];
          await rogue.query('COMMIT');
          await expect(clashing).rejects.toMatchObject({ code: 'EVENT_STORE.CONCURRENT_APPEND' });
          expect((await Promise.all(queued)).map((result) => result.lastPosition)).toEqual([3n, 4n]);
          expect((await store.verify()).firstBroken?.position).toBe(2n);
        } finally {
          await rogue.end();
        }
      },
      T,
    );
  });

  describe('append-only guard', () => {
    const changes = [
      ['UPDATE', "UPDATE eventstore.events SET type = 'RunCreated'"],
      ['UPDATE of no row', "UPDATE eventstore.events SET type = 'RunCreated' WHERE false"],
      ['DELETE', 'DELETE FROM eventstore.events'],
      ['TRUNCATE', 'TRUNCATE eventstore.events'],
    ];

    it.each(changes)(
      '%s is refused by the trigger even for the owning app role',
      async (_name, sql) => {
        await use();
        await store.append(newStream(), [probe(1)], 'no_stream');
        await expect(runAs(db.appUrl, sql)).rejects.toThrow(/append-only/);
        expect((await store.verify()).checked).toBe(1);
      },
      T,
    );

    it(
      'a service role that does not own the table has no UPDATE, DELETE or TRUNCATE right at all',
      async () => {
        await use();
        await store.append(newStream(), [probe(1)], 'no_stream');
        // Production shape: a migrator role owns the table; the service role may only read and insert.
        await runAs(db.adminUrl, 'ALTER TABLE eventstore.events OWNER TO CURRENT_USER');
        await runAs(db.adminUrl, `GRANT SELECT, INSERT ON eventstore.events TO "${db.appRole}"`);
        for (const [, sql] of changes) await expect(runAs(db.appUrl, sql)).rejects.toThrow(/permission denied/);
        await expect(
          runAs(db.appUrl, 'ALTER TABLE eventstore.events DISABLE TRIGGER events_append_only'),
        ).rejects.toThrow(/must be owner/);
        await store.append(newStream(), [probe(2)], 'no_stream');
      },
      T,
    );

    it(
      'a superuser is refused too unless it deliberately disables the trigger',
      async () => {
        await use();
        await store.append(newStream(), [probe(1)], 'no_stream');
        await expect(runAs(db.adminUrl, 'DELETE FROM eventstore.events')).rejects.toThrow(/append-only/);
      },
      T,
    );
  });

  describe('tamper detection', () => {
    /** As superuser, with triggers off for this statement's session: what an attacker with DBA rights could do. */
    const tamper = (sql: string) =>
      runAs(db.adminUrl, `SET session_replication_role = replica; ${sql}; SET session_replication_role = origin`);

    async function storeWithEvents() {
      await use();
      const stream = newStream();
      await store.append(stream, [probe(1), probe(2)], 'no_stream');
      await store.append(
        newStream(),
        [
          {
            type: 'RunCreated',
            data: { runId: 'r-😀', experimentId: 'e-日本', startTime: Number.MAX_SAFE_INTEGER },
            metadata: { actor: 'user:zoë', correlationId: 'c' },
          },
        ],
        'no_stream',
      );
      await store.append(stream, [probe(4, { data: { sequence: 4, note: 'ünïcödé \u2028 "q"' } }), probe(5)], 2);
      return stream;
    }

    it(
      'an untouched store verifies and reports its head',
      async () => {
        await storeWithEvents();
        const result = await store.verify();
        expect(result).toMatchObject({ ok: true, checked: 5, headPosition: 5n });
        expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
      },
      T,
    );

    it(
      'an edited row is reported at its position',
      async () => {
        await storeWithEvents();
        await tamper(
          `UPDATE eventstore.events SET data = jsonb_set(data, '{sequence}', '42') WHERE global_position = 3`,
        );
        expect(await store.verify()).toMatchObject({
          ok: false,
          checked: 2,
          firstBroken: { position: 3n, reason: expect.stringMatching(/edited/) },
        });
      },
      T,
    );

    it(
      'edited metadata is reported too',
      async () => {
        await storeWithEvents();
        await tamper(
          `UPDATE eventstore.events SET metadata = metadata || '{"actor":"user:mallory"}' WHERE global_position = 2`,
        );
        expect((await store.verify()).firstBroken?.position).toBe(2n);
      },
      T,
    );

    it(
      'batches of two: verify() and chainBatches walk across batch boundaries; upTo bounds the walk',
      async () => {
        await storeWithEvents();
        const pool = createPool(db.appUrl, 'chain-batches-test');
        try {
          expect(await verify(pool, 2)).toMatchObject({ ok: true, checked: 5, headPosition: 5n });
          const batches: string[][] = [];
          for await (const rows of chainBatches(pool, { upTo: 4n, batchSize: 2 })) batches.push(rows.map((r) => r.global_position));
          expect(batches).toEqual([['1', '2'], ['3', '4']]);
          await tamper('DELETE FROM eventstore.events WHERE global_position = 3');
          expect(await verify(pool, 2)).toMatchObject({ ok: false, checked: 2, firstBroken: { position: 3n } });
        } finally {
          await pool.end();
        }
      },
      T,
    );

    it(
      'a deleted row is reported as the missing position',
      async () => {
        await storeWithEvents();
        await tamper('DELETE FROM eventstore.events WHERE global_position = 4');
        expect(await store.verify()).toMatchObject({
          ok: false,
          checked: 3,
          firstBroken: { position: 4n, reason: expect.stringMatching(/missing/) },
        });
      },
      T,
    );

    it(
      'deleting a row and renumbering the rest is caught by the broken link',
      async () => {
        await storeWithEvents();
        await tamper('DELETE FROM eventstore.events WHERE global_position = 2');
        await tamper('UPDATE eventstore.events SET global_position = global_position - 1 WHERE global_position > 2');
        expect((await store.verify()).firstBroken).toMatchObject({
          position: 2n,
          reason: expect.stringMatching(/prev_hash/),
        });
      },
      T,
    );

    it(
      'swapped rows are reported at the first moved position',
      async () => {
        await storeWithEvents();
        await tamper(
          'UPDATE eventstore.events SET global_position = global_position + 1000 WHERE global_position IN (2, 3)',
        );
        await tamper(
          'UPDATE eventstore.events SET global_position = CASE global_position WHEN 1002 THEN 3 ELSE 2 END WHERE global_position > 1000',
        );
        expect((await store.verify()).firstBroken?.position).toBe(2n);
      },
      T,
    );
  });

  describe('canonical JSON through jsonb', () => {
    it(
      'nested objects, unicode, large numbers and floats hash the same after a round trip through jsonb',
      async () => {
        const { canonicalJson } = await import('../canonical-json');
        const values = [
          { b: { d: { f: [1, { h: 'deep', g: null }], e: true }, c: [] }, a: {}, aa: '', aaa: 'x' },
          { text: 'naïve café 日本語 עברית 😀👍🏽 e\u0301 \u2028\u2029 \t "quote" \\ / \u001f' },
          {
            big: [
              Number.MAX_SAFE_INTEGER,
              -Number.MAX_SAFE_INTEGER,
              2 ** 63,
              1e21,
              1.7976931348623157e308,
              12345678901234567890,
            ],
          },
          { floats: [0.1, 0.2 + 0.3, 1 / 3, -0, 1e-7, 5e-324, 2.5e-300, 123.456, -9.87654321e-12, 100, 1.5e300] },
          [{ 'key with spaces': 1, k: 2, kk: 3, K: 4, ü: 5, '😀': 6 }],
        ];
        await use();
        await runAs(db.appUrl, 'CREATE TABLE roundtrip (n int, doc jsonb)');
        const texts = values.map((value) => canonicalJson(value));
        const client = new Client({ connectionString: db.appUrl });
        await client.connect();
        try {
          for (const [n, text] of texts.entries())
            await client.query('INSERT INTO roundtrip VALUES ($1, $2::jsonb)', [n, text]);
          const rows = (await client.query<{ n: number; doc: unknown }>('SELECT n, doc FROM roundtrip ORDER BY n'))
            .rows;
          expect(rows.map((row) => canonicalJson(row.doc))).toEqual(texts);
        } finally {
          await client.end();
        }
      },
      T,
    );
  });

  describe('live delivery', () => {
    it(
      'a subscription keeps getting events promptly after its LISTEN connection is killed',
      async () => {
        await use({ subscriptions: { pollIntervalMs: 60_000 } });
        const stream = newStream();
        const received: number[] = [];
        const subscription = store.subscribeToAll({
          onEvent: (event) => void (event.stream === stream && received.push(sequenceOf(event))),
        });
        const pid = await eventually(() => store.notifier.listenerPid ?? undefined);
        await store.append(stream, [probe(1)], 'no_stream');
        await eventually(() => (received.length === 1 ? true : undefined), 3000);

        await runAs(db.adminUrl, 'SELECT pg_terminate_backend($1)', [pid]);
        const newPid = await eventually(() => {
          const current = store.notifier.listenerPid;
          return current !== null && current !== pid ? current : undefined;
        }, 10_000);
        expect(newPid).not.toBe(pid);
        await store.append(stream, [probe(2)], 1);
        // The poll interval is a minute: only the re-established LISTEN can deliver this in time.
        await eventually(() => (received.length === 2 ? true : undefined), 3000);
        expect(received).toEqual([1, 2]);
        await subscription.stop();
      },
      T,
    );

    it(
      'without notifications, the poll alone still delivers every event',
      async () => {
        await use({ subscriptions: { listen: false, pollIntervalMs: 50 } });
        const stream = newStream();
        const received: number[] = [];
        const subscription = store.subscribeToAll({
          onEvent: (event) => void (event.stream === stream && received.push(sequenceOf(event))),
        });
        await store.append(stream, [probe(1), probe(2)], 'no_stream');
        await store.append(stream, [probe(3)], 2);
        await eventually(() => (received.length === 3 ? true : undefined), 5000);
        expect(received).toEqual([1, 2, 3]);
        expect(store.notifier.listenerPid).toBeNull();
        await subscription.stop();
      },
      T,
    );
  });

  describe('init', () => {
    it(
      'stores starting together on a new database migrate it once',
      async () => {
        const fresh = await createAppTestDatabase();
        cleanups.push(() => fresh.drop());
        const others = [1, 2, 3].map(() => createPostgresEventStore({ connectionString: fresh.appUrl }));
        try {
          await Promise.all(others.map((other) => other.init()));
          await Promise.all(others.map((other) => other.init()));
          const rows = await runAs<{ name: string }>(fresh.adminUrl, 'SELECT name FROM eventstore.schema_migrations');
          expect(rows.map((row) => row.name)).toEqual(['001_events']);
          await others[0].append(newStream(), [probe(1)], 'no_stream');
        } finally {
          await Promise.all(others.map((other) => other.close()));
        }
      },
      T,
    );
  });
});
