import { CompileError, positionOf } from './policy-engine';

/**
 * A lexical pre-scan that finds the commonest CEL syntax errors at their exact position: an unterminated string,
 * an unmatched or unclosed bracket, an operator without an operand (`a && || b`, `f(a +)`, `c.)`, a trailing
 * `&&`) and an empty expression. @bufbuild/cel's parser reports where it last held a complete expression instead
 * (`a &&\n (b ||\n c.)` is reported at 1:3), so the engine asks this scan first and falls back to the parser's
 * position for everything else. Comments (`// …`) and every string form (`"…"`, `'…'`, triple-quoted, raw
 * `r"…"`, bytes `b"…"`) are skipped. It never rejects what CEL accepts: it only looks at token pairs that no CEL
 * expression contains.
 */
type Token = { kind: 'operand' | 'operator' | 'open' | 'close' | 'comma'; text: string; offset: number };

const BINARY = new Set(['&&', '||', '==', '!=', '<=', '>=', '<', '>', '+', '*', '/', '%', '?', ':']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function scanSyntax(source: string): CompileError | undefined {
  const at = (offset: number, message: string): CompileError => ({ message, ...positionOf(source, offset) });
  const stack: Token[] = [];
  let previous: Token | undefined;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let token: Token;
    const prefix = /^[rRbB]{1,2}(?=["'])/.exec(source.slice(i, i + 3))?.[0] ?? '';
    const quote = source[i + prefix.length];
    if ((quote === '"' || quote === "'") && (prefix !== '' || c === quote)) {
      const end = endOfString(source, i, prefix, quote);
      if (end < 0) return at(i, 'unterminated string literal');
      token = { kind: 'operand', text: source.slice(i, end), offset: i };
    } else if (c in CLOSERS || '([{'.includes(c)) {
      token = { kind: c in CLOSERS ? 'close' : 'open', text: c, offset: i };
    } else if (c === ',') {
      token = { kind: 'comma', text: c, offset: i };
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? '') && !endsOperand(previous))) {
      const number = /^(0[xX][0-9a-fA-F]+[uU]?|[0-9]*\.?[0-9]+([eE][+-]?[0-9]+)?[uU]?)/.exec(source.slice(i))?.[0];
      token = { kind: 'operand', text: number || c, offset: i };
    } else {
      const operator = /^(&&|\|\||==|!=|<=|>=|[-+*/%<>!?:.])/.exec(source.slice(i))?.[0];
      const word = operator ? undefined : (/^[A-Za-z0-9_]+/.exec(source.slice(i))?.[0] ?? c);
      token = operator
        ? { kind: 'operator', text: operator, offset: i }
        : { kind: 'operand', text: word as string, offset: i };
    }
    const problem = checkPair(previous, token);
    if (problem) return at(token.offset, problem);
    if (token.kind === 'open') stack.push(token);
    if (token.kind === 'close') {
      const open = stack.pop();
      if (!open) return at(token.offset, `'${token.text}' has no matching '${CLOSERS[token.text]}'`);
      if (open.text !== CLOSERS[token.text]) {
        const { line, column } = positionOf(source, open.offset);
        return at(token.offset, `'${token.text}' does not close the '${open.text}' opened at ${line}:${column}`);
      }
    }
    i = token.offset + token.text.length;
    previous = token;
  }
  if (!previous) return at(0, 'the expression is empty');
  if (previous.kind === 'operator' || previous.kind === 'comma') {
    return at(previous.offset, `the expression ends after '${previous.text}'`);
  }
  const unclosed = stack.pop();
  if (unclosed) return at(unclosed.offset, `'${unclosed.text}' is never closed`);
  return undefined;
}

/** A token that cannot follow `previous` in any CEL expression, described; undefined when the pair is fine. */
function checkPair(previous: Token | undefined, token: Token): string | undefined {
  const binary = token.kind === 'operator' && (BINARY.has(token.text) || token.text === '.');
  if (!previous || previous.kind === 'open' || previous.kind === 'comma') {
    if (binary) return `'${token.text}' has no left-hand operand`;
    if (token.kind === 'comma' && previous?.kind !== 'comma') return "',' has no expression before it";
    return undefined;
  }
  if (previous.kind !== 'operator') return undefined;
  if (previous.text === '.' && !(token.kind === 'operand' && /^[A-Za-z_]/.test(token.text))) {
    return `a field or method name must follow '.', not '${token.text}'`;
  }
  if (binary || token.kind === 'close' || token.kind === 'comma') {
    return `'${previous.text}' is followed by '${token.text}' instead of an operand`;
  }
  return undefined;
}

/**
 * The source with every `// comment` replaced by spaces (strings left alone), so offsets, lines and columns stay
 * where they were. @bufbuild/cel 0.6.1's parser accepts one comment per run of whitespace only: two comment
 * lines in a row are a syntax error there ("reserved identifier"), so the engine parses this instead.
 */
export function blankComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
      continue;
    }
    const prefix = /^[rRbB]{1,2}(?=["'])/.exec(source.slice(i, i + 3))?.[0] ?? '';
    const quote = source[i + prefix.length];
    const startsWord = i === 0 || !/[A-Za-z0-9_]/.test(source[i - 1]);
    if ((quote === '"' || quote === "'") && (prefix === '' ? c === quote : startsWord)) {
      const end = endOfString(source, i, prefix, quote);
      const stop = end < 0 ? source.length : end;
      out += source.slice(i, stop);
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function endsOperand(token: Token | undefined): boolean {
  return token?.kind === 'operand' || token?.kind === 'close';
}

/** The offset just after the string literal starting at `start`, or -1 when it never ends. */
function endOfString(source: string, start: number, prefix: string, quote: string): number {
  const raw = /r/i.test(prefix);
  const open = source.startsWith(quote.repeat(3), start + prefix.length) ? quote.repeat(3) : quote;
  let i = start + prefix.length + open.length;
  while (i < source.length) {
    if (!raw && source[i] === '\\') {
      i += 2;
      continue;
    }
    if (open.length === 1 && source[i] === '\n') return -1;
    if (source.startsWith(open, i)) return i + open.length;
    i++;
  }
  return -1;
}
