import { InvalidArgument } from '@cairn/contracts';

/**
 * MLflow's registry filter grammar (mlflow/utils/search_utils.py SearchModelUtils / SearchModelVersionUtils):
 * `clause (AND clause)*`, clause = `identifier comparator value`. Identifiers are `name`, `attribute.name`,
 * `tags.<key>` / `tag.<key>` with the key bare, in backticks or in double quotes; values are quoted strings,
 * numbers, or for IN / NOT IN a parenthesised list of strings. Which keys and comparators an entity allows is
 * checked by `queries.ts`. Pure; every mistake is INVALID_PARAMETER_VALUE naming the filter.
 */
export type Comparator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'LIKE' | 'ILIKE' | 'IN' | 'NOT IN';

export type FilterValue = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'list'; values: string[] };

export interface RawClause {
  /** 'attribute' for a bare or `attribute.` identifier, 'tag' for `tag.` / `tags.`. */
  entity: 'attribute' | 'tag';
  key: string;
  comparator: Comparator;
  value: FilterValue;
}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'identifier'; prefix: string | null; key: string; text: string }
  | { kind: 'string'; value: string; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'comparator'; value: Comparator; text: string }
  | { kind: 'punct'; value: '(' | ')' | ','; text: string };

export const filterError = (filter: string, why: string): InvalidArgument =>
  new InvalidArgument('REGISTRY.INVALID_FILTER', `Invalid filter '${filter}': ${why}`, { filter });

function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\' && i + 1 < text.length) {
      value += text[++i];
    } else if (text[i] === quote) {
      return { value, end: i + 1 };
    } else {
      value += text[i];
    }
  }
  throw filterError(text, `unterminated quoted text at position ${start}`);
}

const STICKY = {
  comparator: /!=|<>|<=|>=|=|<|>/y,
  number: /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y,
  word: /[A-Za-z_][\w]*/y,
  bareKey: /[\w\-/:.]+/y,
};

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch, text: ch });
      i += 1;
    } else if (ch === "'" || ch === '"') {
      const { value, end } = readQuoted(text, i);
      tokens.push({ kind: 'string', value, text: text.slice(i, end) });
      i = end;
    } else if (ch === '`') {
      const { value, end } = readQuoted(text, i);
      tokens.push({ kind: 'identifier', prefix: null, key: value, text: text.slice(i, end) });
      i = end;
    } else if (sticky(STICKY.comparator, text, i)) {
      const op = sticky(STICKY.comparator, text, i)!;
      tokens.push({ kind: 'comparator', value: op === '<>' ? '!=' : (op as Comparator), text: op });
      i += op.length;
    } else if (sticky(STICKY.number, text, i)) {
      const number = sticky(STICKY.number, text, i)!;
      tokens.push({ kind: 'number', value: Number(number), text: number });
      i += number.length;
    } else if (sticky(STICKY.word, text, i)) {
      const word = sticky(STICKY.word, text, i)!;
      const dot = i + word.length;
      if (text[dot] !== '.') {
        tokens.push({ kind: 'word', text: word });
        i = dot;
        continue;
      }
      const quoted = text[dot + 1] === '`' || text[dot + 1] === '"';
      const key = quoted ? readQuoted(text, dot + 1) : { value: sticky(STICKY.bareKey, text, dot + 1), end: 0 };
      if (!key.value) throw filterError(text, `missing key after '${word}.'`);
      const end = quoted ? key.end : dot + 1 + key.value.length;
      tokens.push({ kind: 'identifier', prefix: word.toLowerCase(), key: key.value, text: text.slice(i, end) });
      i = end;
    } else {
      throw filterError(text, `unexpected character '${ch}' at position ${i}`);
    }
  }
  return tokens;
}

class Cursor {
  private i = 0;
  constructor(private readonly tokens: Token[], readonly filter: string) {}
  next = (): Token | undefined => this.tokens[this.i++];
  peek = (): Token | undefined => this.tokens[this.i];
  done = (): boolean => this.i >= this.tokens.length;
  fail(why: string): never {
    throw filterError(this.filter, why);
  }
  isWord(word: string): boolean {
    const token = this.peek();
    return token?.kind === 'word' && token.text.toUpperCase() === word;
  }
}

function readIdentifier(cursor: Cursor): Pick<RawClause, 'entity' | 'key'> {
  const token = cursor.next();
  if (token?.kind === 'word') return { entity: 'attribute', key: token.text };
  if (token?.kind !== 'identifier') cursor.fail(`expected an identifier, got '${token?.text ?? 'the end'}'`);
  if (token.prefix === null || token.prefix === 'attribute') return { entity: 'attribute', key: token.key };
  if (token.prefix === 'tag' || token.prefix === 'tags') return { entity: 'tag', key: token.key };
  cursor.fail(`invalid entity type '${token.prefix}'. Valid entity types are ('attribute', 'tag', 'tags')`);
}

function readComparator(cursor: Cursor): Comparator {
  const token = cursor.next();
  if (token?.kind === 'comparator') return token.value;
  const word = token?.kind === 'word' ? token.text.toUpperCase() : '';
  if (word === 'LIKE' || word === 'ILIKE' || word === 'IN') return word;
  if (word === 'NOT' && cursor.isWord('IN')) {
    cursor.next();
    return 'NOT IN';
  }
  cursor.fail(`invalid comparator '${token?.text ?? 'the end'}'`);
}

function readValue(cursor: Cursor, comparator: Comparator): FilterValue {
  const token = cursor.next();
  if (comparator !== 'IN' && comparator !== 'NOT IN') {
    if (token?.kind === 'string') return { kind: 'string', value: token.value };
    if (token?.kind === 'number') return { kind: 'number', value: token.value };
    cursor.fail(`expected a quoted string or a number, got '${token?.text ?? 'the end'}'`);
  }
  if (token?.kind !== 'punct' || token.value !== '(') cursor.fail(`expected '(' after ${comparator}`);
  const values: string[] = [];
  for (;;) {
    const item = cursor.next();
    if (item?.kind !== 'string') cursor.fail(`${comparator} lists hold quoted strings, got '${item?.text ?? 'the end'}'`);
    values.push(item.value);
    const separator = cursor.next();
    if (separator?.kind === 'punct' && separator.value === ')') return { kind: 'list', values };
    if (separator?.kind !== 'punct' || separator.value !== ',') cursor.fail(`expected ',' or ')' in the ${comparator} list`);
  }
}

/** The clauses of a filter; empty for an absent or blank one. */
export function parseFilter(filter: string | undefined | null): RawClause[] {
  if (filter === undefined || filter === null || filter.trim() === '') return [];
  const cursor = new Cursor(tokenize(filter), filter);
  const clauses: RawClause[] = [];
  do {
    if (clauses.length > 0) {
      if (!cursor.isWord('AND')) cursor.fail(`expected 'AND' between clauses (only AND is supported), got '${cursor.peek()?.text}'`);
      cursor.next();
    }
    const identifier = readIdentifier(cursor);
    const comparator = readComparator(cursor);
    clauses.push({ ...identifier, comparator, value: readValue(cursor, comparator) });
  } while (!cursor.done());
  return clauses;
}
