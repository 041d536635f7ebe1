/**
 * Deterministic JSON text for hashing: object keys sorted by UTF-16 code units, no whitespace, numbers and
 * strings written as JSON.stringify writes them (the same rules as RFC 8785 for the values we store).
 *
 * The event store hashes the canonical text of a value before insert and again after reading it back from jsonb.
 * Both sides agree because jsonb keeps every key and string exactly and keeps numbers as exact decimals, and a
 * finite double survives "shortest decimal → numeric → text → JSON.parse" unchanged. Values jsonb cannot hold
 * (NUL characters, lone surrogates, non-finite numbers) are refused here rather than altered by the database.
 */
export class NotCanonicalizable extends TypeError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'NotCanonicalizable';
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkString(value: string, path: string): string {
  if (value.includes('\u0000')) throw new NotCanonicalizable(path, 'strings must not contain NUL (\\u0000)');
  if (LONE_SURROGATE.test(value)) throw new NotCanonicalizable(path, 'strings must be well-formed Unicode');
  return JSON.stringify(value);
}

function write(value: unknown, path: string): string | undefined {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  switch (typeof value) {
    case 'string':
      return checkString(value, path);
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalizable(path, `${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      // Skipped in objects and null in arrays, as JSON.stringify does.
      return undefined;
    case 'bigint':
      throw new NotCanonicalizable(path, 'bigint has no JSON form; send it as a string');
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        return `[${value.map((item, index) => write(item, `${path}[${index}]`) ?? 'null').join(',')}]`;
      }
      const parts: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const text = write((value as Record<string, unknown>)[key], `${path}.${key}`);
        if (text !== undefined) parts.push(`${checkString(key, `${path}.${key}`)}:${text}`);
      }
      return `{${parts.join(',')}}`;
    }
  }
}

/** The canonical JSON text of `value`; throws NotCanonicalizable for values JSON or jsonb cannot represent. */
export function canonicalJson(value: unknown): string {
  const text = write(value, '$');
  if (text === undefined) throw new NotCanonicalizable('$', `${typeof value} has no JSON form`);
  return text;
}
