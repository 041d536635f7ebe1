/**
 * Event store vs raw PostgreSQL on a throwaway database (bounded: well under two minutes).
 *
 *   source deploy/local/env.sh && node -r @swc-node/register bench/event-store.bench.ts
 *
 * Peers use a table created `LIKE eventstore.events` (same columns, constraints and indexes, no trigger), the same
 * number of connections and the same row content, so the ratio is the price of what the store adds: the append
 * lock, the version and idempotency checks, the hash chain, validation and the notification.
 * Writes bench/results/event-store.json.
 */
import { createHash, randomUUID } from 'node:crypto';
import { NewEvent } from '@cairn/contracts';
import { createPool, Pool } from '@cairn/postgres';
import { createPostgresEventStore } from '@cairn/event-store';
import { createAppTestDatabase } from '../libs/event-store/src/postgres/test-database';
import { BenchRow, benchRow, writeBenchResults } from './bench-results';

const CONNECTIONS = 8;
const SINGLE_EVENTS = 4000;
const BATCH = 100;
const BATCHES = 200;
const PAGE = 1000;
/** Each measurement is repeated, store and peer interleaved, and the median kept: the machine is shared. */
const ROUNDS = 3;
const COMMAND = 'source deploy/local/env.sh && node -r @swc-node/register bench/event-store.bench.ts';

const event = (sequence: number): NewEvent => ({
  type: 'ProbeRecorded',
  data: { sequence, note: 'benchmark event with a short note' },
  metadata: { actor: 'user:bench', correlationId: randomUUID() },
});

/** Runs `total` operations over `workers` concurrent loops; returns operations per second. */
async function rate(
  total: number,
  workers: number,
  operation: (worker: number, index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let index = next++; index < total; index = next++) await operation(worker, index);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

/** The same row content the store writes, built without the store's checks. */
function rawRows(start: number, count: number, stream: string, firstVersion: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    position: String(start + i),
    id: randomUUID(),
    version: firstVersion + i,
    data: JSON.stringify({ note: 'benchmark event with a short note', sequence: start + i }),
    metadata: JSON.stringify({
      actor: 'user:bench',
      causationId: null,
      correlationId: randomUUID(),
      traceparent: null,
    }),
    hash: createHash('sha256')
      .update(String(start + i))
      .digest(),
  }));
  return [
    rows.map((r) => r.position),
    rows.map((r) => r.id),
    rows.map(() => stream),
    rows.map((r) => r.version),
    rows.map(() => 'ProbeRecorded'),
    rows.map((r) => r.data),
    rows.map((r) => r.metadata),
    rows.map(() => new Date().toISOString()),
    rows.map((r) => r.hash),
    rows.map((r) => r.hash),
  ];
}

const RAW_INSERT = `INSERT INTO raw.events (global_position, id, stream, version, type, data, metadata, occurred_at, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::jsonb[], $7::jsonb[],
                       $8::timestamptz[], $9::bytea[], $10::bytea[])`;

async function rawReadRate(pool: Pool, table: string): Promise<{ perSecond: number; count: number }> {
  let count = 0;
  const started = process.hrtime.bigint();
  for (let after = '0'; ;) {
    const { rows } = await pool.query<{ global_position: string }>(
      `SELECT global_position, id, stream, version, type, data, metadata, occurred_at FROM ${table}
        WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
      [after, PAGE],
    );
    count += rows.length;
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].global_position;
  }
  return { perSecond: count / (Number(process.hrtime.bigint() - started) / 1e9), count };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the store and peer measurements ROUNDS times, interleaved; returns the two medians. */
async function compare(
  store: (round: number) => Promise<number>,
  peer: (round: number) => Promise<number>,
): Promise<[number, number]> {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await store(round));
    theirs.push(await peer(round));
  }
  return [median(ours), median(theirs)];
}

async function storeReadRate(
  store: ReturnType<typeof createPostgresEventStore>,
): Promise<{ perSecond: number; count: number }> {
  let count = 0;
  const started = process.hrtime.bigint();
  for (let after = 0n; ;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    count += page.length;
    if (page.length < PAGE) break;
    after = page[page.length - 1].globalPosition;
  }
  return { perSecond: count / (Number(process.hrtime.bigint() - started) / 1e9), count };
}

async function main(): Promise<void> {
  const db = await createAppTestDatabase('cairn_bench');
  const store = createPostgresEventStore({ connectionString: db.appUrl, applicationName: 'bench-store' });
  const pool = createPool(db.appUrl, 'bench-raw', { max: CONNECTIONS });
  const results: BenchRow[] = [];
  const date = new Date().toISOString();
  const add = (workload: string, metric: string, cairn: number, peer: string, peerValue: number, unit: string) =>
    results.push(benchRow({ workload, metric, cairn, peer, peerValue, unit, higherIsBetter: true }, COMMAND, date));

  try {
    await store.init();
    await pool.query('CREATE SCHEMA raw; CREATE TABLE raw.events (LIKE eventstore.events INCLUDING ALL)');
    // Warm both paths (connections, plans) before timing.
    await rate(100, CONNECTIONS, async (w) => void (await store.append(`probe-warm-${w}`, [event(0)], 'any')));
    await rate(
      100,
      CONNECTIONS,
      async (_w, i) => void (await pool.query(RAW_INSERT, rawRows(1_000_000 + i, 1, 'probe-warm', i + 1))),
    );

    // (a)+(b) one event per call: each worker owns a stream and appends at the version it knows. The store may
    // share a transaction between concurrent calls (group commit); the peer commits every row on its own.
    const versions = new Map<string, number>();
    const appendOne = (stream: string, sequence: number) => {
      const version = versions.get(stream) ?? 0;
      versions.set(stream, version + 1);
      return store.append(stream, [event(sequence)], version);
    };
    let rawPosition = 10_000_000;
    const [storeSingle, rawSingle] = await compare(
      (round) =>
        rate(SINGLE_EVENTS, CONNECTIONS, async (w, i) => void (await appendOne(`probe-single-${round}-${w}`, i))),
      (round) =>
        rate(
          SINGLE_EVENTS,
          CONNECTIONS,
          async (w, i) =>
            void (await pool.query(RAW_INSERT, rawRows(rawPosition++, 1, `probe-single-${round}-${w}`, i + 1))),
        ),
    );
    add(
      `append 1 event per call, ${CONNECTIONS} concurrent callers`,
      'throughput',
      storeSingle,
      `postgres raw INSERT, 1 row per transaction, ${CONNECTIONS} connections`,
      rawSingle,
      'events/s',
    );

    const appendBatch = (stream: string, first: number) => {
      const version = versions.get(stream) ?? 0;
      versions.set(stream, version + BATCH);
      return store.append(
        stream,
        Array.from({ length: BATCH }, (_, n) => event(first + n)),
        version,
      );
    };
    const [storeBatch, rawBatch] = await compare(
      (round) =>
        rate(BATCHES, CONNECTIONS, async (w, i) => void (await appendBatch(`probe-batch-${round}-${w}`, i * BATCH))),
      (round) =>
        rate(BATCHES, CONNECTIONS, async (w, i) => {
          const start = rawPosition;
          rawPosition += BATCH;
          await pool.query(RAW_INSERT, rawRows(start, BATCH, `probe-batch-${round}-${w}`, i * BATCH + 1));
        }),
    );
    add(
      `append ${BATCH} events per call, ${CONNECTIONS} concurrent callers`,
      'throughput',
      storeBatch * BATCH,
      `postgres raw INSERT, ${BATCH} rows per statement, ${CONNECTIONS} connections`,
      rawBatch * BATCH,
      'events/s',
    );

    // (c) reading everything back in pages of PAGE: the store vs the same keyset query on the same rows.
    let total = 0;
    const [storeRead, rawRead] = await compare(
      async () => {
        const result = await storeReadRate(store);
        total = result.count;
        return result.perSecond;
      },
      async () => (await rawReadRate(pool, 'eventstore.events')).perSecond,
    );
    add(
      `readAll ${total} events, pages of ${PAGE}`,
      'throughput',
      storeRead,
      'postgres raw SELECT ... ORDER BY global_position, same pages',
      rawRead,
      'events/s',
    );

    const [verifyRate, rawForVerify] = await compare(
      async () => {
        const started = process.hrtime.bigint();
        const verified = await store.verify();
        if (!verified.ok)
          throw new Error(`verify failed at ${verified.firstBroken?.position}: ${verified.firstBroken?.reason}`);
        return verified.checked / (Number(process.hrtime.bigint() - started) / 1e9);
      },
      async () => (await rawReadRate(pool, 'eventstore.events')).perSecond,
    );
    add(
      `verify ${total} events (recompute the hash chain)`,
      'throughput',
      verifyRate,
      'postgres raw SELECT ... ORDER BY global_position, same pages',
      rawForVerify,
      'events/s',
    );
  } finally {
    await store.close();
    await pool.end();
    await db.drop();
  }

  writeBenchResults('event-store', results);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
