import { filterError, Token, tokenize } from './tokenizer';

/**
 * MLflow's filter grammar, generic part: `clause (AND clause)*`, clause = `identifier comparator value`, where
 * comparator is one of = != < <= > >= LIKE ILIKE IN NOT IN and value is a number, a quoted string or, for IN,
 * a parenthesised list of strings. What each entity type allows is checked by run-filter / experiment-filter.
 */
export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

export type FilterValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'list'; values: string[] };

export interface RawClause {
  /** `metrics`, `tags`, … as written (lower-cased), or null when the identifier had no prefix. */
  prefix: string | null;
  key: string;
  comparator: Comparator;
  value: FilterValue;
}

class Cursor {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    readonly source: string,
  ) {}
  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  next(): Token | undefined {
    return this.tokens[this.i++];
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }
  isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'identifier' && token.prefix === null && token.raw.toUpperCase() === word;
  }
}

function fail(cursor: Cursor, message: string): never {
  throw filterError(`Invalid filter '${cursor.source}': ${message}`, cursor.source);
}

function readComparator(cursor: Cursor): Comparator {
  const token = cursor.next();
  if (!token) fail(cursor, 'expected a comparator at the end of the filter');
  if (token.kind === 'comparator') return token.value as Comparator;
  if (token.kind === 'identifier' && token.prefix === null) {
    const word = token.raw.toUpperCase();
    if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') return word;
    if (word === 'NOT' && cursor.isWord('IN')) {
      cursor.next();
      return 'NOT IN';
    }
  }
  fail(cursor, `invalid comparator '${token.raw}'`);
}

function readList(cursor: Cursor): FilterValue {
  const open = cursor.next();
  if (open?.kind !== 'punct' || open.value !== '(') fail(cursor, "expected '(' after IN");
  const values: string[] = [];
  for (;;) {
    const item = cursor.next();
    if (item?.kind !== 'string') fail(cursor, `IN lists must contain quoted strings, got '${item?.raw ?? 'end of filter'}'`);
    values.push(item.value);
    const separator = cursor.next();
    if (separator?.kind === 'punct' && separator.value === ')') break;
    if (separator?.kind !== 'punct' || separator.value !== ',') fail(cursor, "expected ',' or ')' in IN list");
  }
  return { kind: 'list', values };
}

function readValue(cursor: Cursor, comparator: Comparator): FilterValue {
  if (comparator === 'IN' || comparator === 'NOT IN') return readList(cursor);
  const token = cursor.next();
  if (!token) fail(cursor, 'expected a value at the end of the filter');
  if (token.kind === 'string') return { kind: 'string', value: token.value };
  if (token.kind === 'number') return { kind: 'number', value: token.value, raw: token.raw };
  fail(
    cursor,
    `value '${token.raw}' is either not quoted or unidentified quote types used for string value. Use either single or double quotes.`,
  );
}

function readClause(cursor: Cursor): RawClause {
  const identifier = cursor.next();
  if (identifier?.kind !== 'identifier') fail(cursor, `expected an identifier, got '${identifier?.raw ?? 'end of filter'}'`);
  const comparator = readComparator(cursor);
  const value = readValue(cursor, comparator);
  return { prefix: identifier.prefix?.toLowerCase() ?? null, key: identifier.key, comparator, value };
}

export function parseFilter(filter: string | undefined | null): RawClause[] {
  if (filter === undefined || filter === null || filter.trim() === '') return [];
  const cursor = new Cursor(tokenize(filter), filter);
  const clauses = [readClause(cursor)];
  while (!cursor.done()) {
    if (!cursor.isWord('AND')) {
      const token = cursor.peek()!;
      if (token.kind === 'identifier' && token.raw.toUpperCase() === 'OR') fail(cursor, "'OR' is not supported, only 'AND'");
      fail(cursor, `expected 'AND' between clauses, got '${token.raw}'`);
    }
    cursor.next();
    clauses.push(readClause(cursor));
  }
  return clauses;
}
