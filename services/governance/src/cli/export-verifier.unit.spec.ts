import { generateKeyPairSync } from 'node:crypto';
import { eventHash } from '@cairn/event-store';
import type { ExportedEvent } from '../audit/export-lines';
import { eventLine, headLine } from '../audit/export-lines';
import { HEAD_FORMAT, signHead } from '../audit/signing';
import { ExportVerifier } from './export-verifier';
import { parseArgs } from './verify-audit';

/** A hand-built three-event chain hashed with the event store's own function, exported and signed. */
const keys = generateKeyPairSync('ed25519');
const otherKeys = generateKeyPairSync('ed25519');

function chain(): ExportedEvent[] {
  let prev: Buffer | null = null;
  return [1, 2, 3].map((n) => {
    const fields = {
      position: BigInt(n),
      id: `00000000-0000-4000-8000-00000000000${n}`,
      stream: n === 2 ? 'decision-d1' : 'model-fraud',
      version: n === 3 ? 2 : 1,
      type: ['ModelVersionRegistered', 'PolicyEvaluated', 'AliasAssigned'][n - 1],
      data: { name: 'fraud', note: 'ünïcödé', n },
      metadata: { actor: 'user:alice', correlationId: `c${n}` },
      occurredAt: `2026-11-23T10:00:0${n}.000Z`,
    };
    const hash = eventHash(prev, fields);
    const row: ExportedEvent = {
      position: String(n),
      id: fields.id,
      stream: fields.stream,
      version: fields.version,
      type: fields.type,
      data: fields.data,
      metadata: fields.metadata,
      occurred_at: fields.occurredAt,
      prev_hash: prev ? prev.toString('hex') : null,
      hash: hash.toString('hex'),
    };
    prev = hash;
    return row;
  });
}

function exportOf(rows: ExportedEvent[], sign = true): string[] {
  const last = rows[rows.length - 1];
  const head = signHead({ position: BigInt(last.position), hash: last.hash }, sign ? keys.privateKey : undefined);
  return [...rows.map(eventLine), headLine(head, rows.length, HEAD_FORMAT)].map((l) => l.trimEnd());
}

function verify(lines: string[], publicKey = keys.publicKey) {
  const verifier = new ExportVerifier();
  for (const line of lines) verifier.push(line);
  return verifier.finish(publicKey);
}

describe('ExportVerifier (npm run audit:verify)', () => {
  it('an intact, signed export verifies', () => {
    expect(verify(exportOf(chain()))).toMatchObject({ ok: true, checked: 3, headPosition: '3' });
  });

  it('a tampered row is reported at its position as edited', () => {
    const rows = chain();
    rows[1] = { ...rows[1], data: { ...(rows[1].data as object), n: 42 } };
    expect(verify(exportOf(rows))).toEqual({ ok: false, checked: 1, position: '2', reason: expect.stringMatching(/edited/) });
  });

  it('a row re-hashed after tampering breaks the next link', () => {
    const rows = chain();
    const fields = { ...rows[1], position: 2n, occurredAt: rows[1].occurred_at, data: { n: 42 } };
    rows[1] = { ...rows[1], data: { n: 42 }, hash: eventHash(Buffer.from(rows[0].hash, 'hex'), fields).toString('hex') };
    expect(verify(exportOf(rows))).toMatchObject({ ok: false, position: '3', reason: expect.stringMatching(/prev_hash/) });
  });

  it('a missing row is reported at the missing position', () => {
    const rows = chain();
    expect(verify(exportOf([rows[0], rows[2]]))).toMatchObject({ ok: false, position: '2', reason: expect.stringMatching(/missing/) });
  });

  it('a bad signature, another key, an unsigned or a missing head fail', () => {
    const lines = exportOf(chain());
    const head = JSON.parse(lines[3]);
    head.head.signature = Buffer.from('x'.repeat(64)).toString('base64');
    expect(verify([...lines.slice(0, 3), JSON.stringify(head)])).toMatchObject({ ok: false, reason: expect.stringMatching(/signature does not verify/) });
    expect(verify(lines, otherKeys.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/signature does not verify/) });
    expect(verify(exportOf(chain(), false))).toMatchObject({ ok: false, reason: expect.stringMatching(/not signed/) });
    expect(verify(lines.slice(0, 3))).toMatchObject({ ok: false, reason: expect.stringMatching(/no head line/) });
  });

  it('a head that is not the last exported event fails (rows cut off the end)', () => {
    const rows = chain();
    const lines = exportOf(rows);
    expect(verify([...lines.slice(0, 2), lines[3]])).toMatchObject({ ok: false, reason: expect.stringMatching(/not the last exported event/) });
  });

  it('usage: one export file and --public-key', () => {
    expect(parseArgs(['--public-key', 'pub.pem', 'export.jsonl'])).toEqual({ publicKey: 'pub.pem', file: 'export.jsonl' });
    expect(parseArgs(['export.jsonl'])).toBeUndefined();
    expect(parseArgs(['--public-key', 'pub.pem'])).toBeUndefined();
    expect(parseArgs(['--verbose', '--public-key', 'pub.pem', 'x'])).toBeUndefined();
  });
});
