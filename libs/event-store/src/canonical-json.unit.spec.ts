import { canonicalJson, NotCanonicalizable } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    const value = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('sorts keys by UTF-16 code units, so non-ASCII keys have one order', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '😀': 4, '': 5 })).toBe('{"":5,"Z":3,"z":2,"é":1,"😀":4}');
  });

  it('writes numbers as JavaScript does, so a round trip through JSON.parse is stable', () => {
    const numbers = [
      0,
      -0,
      1,
      -1.5,
      0.1,
      1e21,
      1e-7,
      5e-324,
      Number.MAX_SAFE_INTEGER,
      1.7976931348623157e308,
      123456789.123456789,
    ];
    const text = canonicalJson(numbers);
    expect(text).toBe('[0,0,1,-1.5,0.1,1e+21,1e-7,5e-324,9007199254740991,1.7976931348623157e+308,123456789.12345679]');
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  it('keeps unicode as is and escapes what JSON requires', () => {
    const text = canonicalJson({ s: 'naïve 日本 😀 "q" \\ \n \u2028 \u0007' });
    expect(text).toBe('{"s":"naïve 日本 😀 \\"q\\" \\\\ \\n \u2028 \\u0007"}');
    expect(JSON.parse(text)).toEqual({ s: 'naïve 日本 😀 "q" \\ \n \u2028 \u0007' });
  });

  it('drops undefined properties and writes undefined array items as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('uses toJSON, so a Date becomes its ISO string', () => {
    expect(canonicalJson({ at: new Date('2026-01-02T03:04:05.678Z') })).toBe('{"at":"2026-01-02T03:04:05.678Z"}');
  });

  it.each([
    ['NaN', { n: Number.NaN }],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['a bigint', { n: 1n }],
    ['a NUL character', { s: 'a\u0000b' }],
    ['a lone surrogate', { s: '\ud800x' }],
    ['a lone surrogate in a key', { ['\udc00']: 1 }],
    ['undefined at the top', undefined],
  ])('refuses %s, which jsonb cannot store unchanged', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(NotCanonicalizable);
  });
});
