import { InvalidArgument } from '@cairn/contracts';

/**
 * Tokens of MLflow's search grammar. An identifier is `prefix.key` where the key may be bare (`metrics.acc`,
 * `tags.mlflow.runName`) or quoted with backticks or double quotes (`tags."my key"`, ``params.`a b` ``); a lone
 * word (`name`, `AND`) is an identifier or keyword. String values use single or double quotes.
 */
export type Token =
  | { kind: 'identifier'; prefix: string | null; key: string; raw: string }
  | { kind: 'string'; value: string; raw: string }
  | { kind: 'number'; value: number; raw: string }
  | { kind: 'comparator'; value: string; raw: string }
  | { kind: 'punct'; value: '(' | ')' | ','; raw: string };

export function filterError(message: string, filter: string): InvalidArgument {
  return new InvalidArgument('TRACKING.INVALID_FILTER', message, { filter });
}

const WORD = /[A-Za-z_][\w]*/y;
const BARE_KEY = /[\w\-/:]+(?:\.[\w\-/:]+)*/y;
const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const COMPARATOR = /(?:!=|<>|<=|>=|=|<|>)/y;

function readQuoted(text: string, start: number, source: string): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (text[i + 1] === quote) {
        value += quote;
        i += 2;
        continue;
      }
      return { value, end: i + 1 };
    }
    value += ch;
    i += 1;
  }
  throw filterError(`Invalid filter '${source}': unterminated quoted string starting at position ${start}`, source);
}

function match(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const found = re.exec(text);
  return found ? found[0] : null;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch, raw: ch });
      i += 1;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = readQuoted(text, i, text);
      tokens.push({ kind: 'string', value, raw: text.slice(i, end) });
      i = end;
      continue;
    }
    if (ch === '`') {
      const { value, end } = readQuoted(text, i, text);
      tokens.push({ kind: 'identifier', prefix: null, key: value, raw: text.slice(i, end) });
      i = end;
      continue;
    }
    const comparator = match(COMPARATOR, text, i);
    if (comparator) {
      tokens.push({ kind: 'comparator', value: comparator === '<>' ? '!=' : comparator, raw: comparator });
      i += comparator.length;
      continue;
    }
    const number = match(NUMBER, text, i);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number), raw: number });
      i += number.length;
      continue;
    }
    const word = match(WORD, text, i);
    if (word) {
      const afterWord = i + word.length;
      if (text[afterWord] !== '.') {
        tokens.push({ kind: 'identifier', prefix: null, key: word, raw: word });
        i = afterWord;
        continue;
      }
      const keyStart = afterWord + 1;
      const next = text[keyStart];
      if (next === '`' || next === '"') {
        const { value, end } = readQuoted(text, keyStart, text);
        tokens.push({ kind: 'identifier', prefix: word, key: value, raw: text.slice(i, end) });
        i = end;
        continue;
      }
      const key = match(BARE_KEY, text, keyStart);
      if (!key) throw filterError(`Invalid filter '${text}': missing key after '${word}.'`, text);
      tokens.push({ kind: 'identifier', prefix: word, key, raw: text.slice(i, keyStart + key.length) });
      i = keyStart + key.length;
      continue;
    }
    throw filterError(`Invalid filter '${text}': unexpected character '${ch}' at position ${i}`, text);
  }
  return tokens;
}
