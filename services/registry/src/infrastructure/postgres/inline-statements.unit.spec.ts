import { inlineBatch, inlineStatement } from './inline-statements';

describe('inlining a statement\'s values as literals', () => {
  it('quotes every value, numbers too, and escapes quotes and backslashes', () => {
    expect(inlineStatement({ text: 'UPDATE t SET a = $2, b = $3 WHERE n = $1', values: ["it's", 42, 'back\\slash'] })).toBe(
      "UPDATE t SET a = '42', b =  E'back\\\\slash' WHERE n = 'it''s'", // escapeLiteral's own " E'" form
    );
  });

  it('writes arrays as array literals, objects as JSON and null/undefined as NULL', () => {
    expect(inlineStatement({ text: 'SELECT $1::text[], $2::jsonb, $3, $4', values: [['a', 'b"c'], { k: [1] }, null, undefined] })).toBe(
      `SELECT  E'{"a","b\\\\"c"}'::text[], '{"k":[1]}'::jsonb, NULL, NULL`,
    );
  });

  it('tells $1 from $10 and never rescans a value that looks like a placeholder', () => {
    const values = ['$2', 'two', 3, 4, 5, 6, 7, 8, 9, 'ten'];
    expect(inlineStatement({ text: 'SELECT $10, $1, $2', values })).toBe("SELECT 'ten', '$2', 'two'");
  });

  it('joins a batch with semicolons', () => {
    expect(inlineBatch([{ text: 'SELECT $1', values: [1] }, { text: 'SELECT 2', values: [] }])).toBe("SELECT '1';\nSELECT 2");
  });
});
