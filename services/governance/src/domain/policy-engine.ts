import { PolicyInput } from './model';

/**
 * The port between governance and a CEL implementation, small enough to swap engines (ARCHITECTURE.md
 * "Governance: CEL engine"). Both operations are pure: the same source compiles the same way, the same program
 * over the same input gives the same answer, and neither throws.
 */
export interface PolicyEngine {
  /** Names the implementation and its version, e.g. `@bufbuild/cel 0.6.1`. */
  readonly name: string;
  compile(source: string): CompileResult;
  /** `value` is the expression's result; anything that is not a bool is an error, never an allow. */
  evaluate(program: CompiledProgram, input: PolicyInput): EvaluationResult;
}

/** Where a policy fails to compile: 1-based line and column (in UTF-16 code units, as editors count). */
export interface CompileError {
  message: string;
  line: number;
  column: number;
}

/** An engine's compiled expression; only the engine that compiled it can evaluate it. */
export interface CompiledProgram {
  readonly engine: string;
  readonly source: string;
}

export type CompileResult = { ok: true; program: CompiledProgram } | { ok: false; errors: CompileError[] };

export type EvaluationResult = { ok: true; value: boolean } | { ok: false; error: string };

/** Line and column (1-based) of a UTF-16 offset in `source`. */
export function positionOf(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** `3:14: unknown variable 'metric'` — one error per line, as the REST and gRPC layers show them. */
export function describeCompileErrors(errors: readonly CompileError[]): string {
  return errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('\n');
}
