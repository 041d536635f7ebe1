import { escapeLiteral } from 'pg';
import { Statement } from './projector';

// pg's own value preparation (arrays → array literals, objects → JSON, dates), the one it applies to parameters.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

/**
 * A statement with its values written in as quoted literals, so that many can travel in one simple-protocol query:
 * a rebuild sends a page of projection statements in one round trip instead of one each. Every value goes through
 * pg's `prepareValue` and `escapeLiteral` and is quoted even when numeric, so PostgreSQL types it from its context
 * as it types a parameter. Only `$n` in the statement's own text are replaced; values are never rescanned.
 */
export function inlineStatement({ text, values }: Statement): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => literal(values[Number(index) - 1]));
}

function literal(value: unknown): string {
  const prepared = prepareValue(value);
  return prepared === null || prepared === undefined ? 'NULL' : escapeLiteral(String(prepared));
}

/** Several statements as one query text (run inside the caller's transaction). */
export const inlineBatch = (statements: readonly Statement[]): string => statements.map(inlineStatement).join(';\n');
