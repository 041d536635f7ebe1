import { canonicalJson } from './canonical-json';
import { eventBytes, eventBytesFromCanonical, eventHash, HashedFields } from './hash';

const fields = (overrides: Partial<HashedFields> = {}): HashedFields => ({
  position: 1n,
  id: '0b0e7a34-3f7e-4a7e-9c55-6f7d0c2a1b01',
  stream: 'probe-hash',
  version: 1,
  type: 'ProbeRecorded',
  data: { sequence: 1, note: 'ünïcödé' },
  metadata: { actor: 'user:alice', causationId: null, correlationId: 'c-1', traceparent: null },
  occurredAt: '2026-11-23T10:00:00.000Z',
  ...overrides,
});

describe('eventHash', () => {
  it('is a 32-byte sha256 and stable for the same fields', () => {
    const hash = eventHash(null, fields());
    expect(hash).toHaveLength(32);
    expect(eventHash(null, fields()).equals(hash)).toBe(true);
  });

  it('does not depend on key order in data or metadata (jsonb reorders keys)', () => {
    const reordered = fields({
      data: { note: 'ünïcödé', sequence: 1 },
      metadata: { traceparent: null, correlationId: 'c-1', causationId: null, actor: 'user:alice' },
    });
    expect(eventHash(null, reordered).equals(eventHash(null, fields()))).toBe(true);
  });

  it.each<[string, Partial<HashedFields>]>([
    ['position', { position: 2n }],
    ['id', { id: '0b0e7a34-3f7e-4a7e-9c55-6f7d0c2a1b02' }],
    ['stream', { stream: 'probe-other' }],
    ['version', { version: 2 }],
    ['type', { type: 'RunCreated' }],
    ['data', { data: { sequence: 2, note: 'ünïcödé' } }],
    ['metadata', { metadata: { actor: 'user:mallory', causationId: null, correlationId: 'c-1', traceparent: null } }],
    ['occurredAt', { occurredAt: '2026-11-23T10:00:00.001Z' }],
  ])('changes when %s changes', (_field, change) => {
    expect(eventHash(null, fields(change)).equals(eventHash(null, fields()))).toBe(false);
  });

  it('chains: the same event after a different predecessor has a different hash', () => {
    const first = eventHash(null, fields());
    const second = eventHash(first, fields({ position: 2n }));
    const forged = eventHash(Buffer.alloc(32), fields({ position: 2n }));
    expect(second.equals(forged)).toBe(false);
  });

  it('treats an upper-case id like the lower-case one PostgreSQL returns', () => {
    const upper = fields({ id: '0B0E7A34-3F7E-4A7E-9C55-6F7D0C2A1B01' });
    expect(eventBytes(upper).equals(eventBytes(fields()))).toBe(true);
  });

  it('writes the position as a decimal string, so positions past 2^53 are exact', () => {
    const big = eventBytes(fields({ position: 9007199254740993n })).toString('utf8');
    expect(big).toContain('"position":"9007199254740993"');
  });

  it.each<[string, Partial<HashedFields>]>([
    ['plain fields', {}],
    [
      'unicode and quotes in stream and data',
      { stream: 'probe-"ü"\\😀', data: { z: [1.5, { b: 'ç', a: null }], a: 'x' } },
    ],
    ['large numbers', { version: 2147483647, position: 123456789012345678n, data: { n: 1e21, m: -5e-324 } }],
  ])(
    'the append path (from canonical text) gives the same bytes as the verify path (from values): %s',
    (_name, change) => {
      const value = fields(change);
      const fromText = eventBytesFromCanonical({
        ...value,
        dataJson: canonicalJson(value.data),
        metadataJson: canonicalJson(value.metadata),
      });
      expect(fromText.toString('utf8')).toBe(eventBytes(value).toString('utf8'));
    },
  );
});
