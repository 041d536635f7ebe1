import { celEnv, CelEnv, isCelError, parse, plan } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { blankComments, scanSyntax } from './cel-syntax';
import { TIMESTAMP_ACCESSORS } from './cel-time';
import { MetricValue, PolicyInput } from './model';
import {
  CompiledProgram,
  CompileError,
  CompileResult,
  EvaluationResult,
  PolicyEngine,
  positionOf,
} from './policy-engine';

/**
 * The PolicyEngine over @bufbuild/cel 0.6.1 (ARCHITECTURE.md "Governance: CEL engine" says why this engine).
 * Pure JavaScript, no I/O: it lives in the domain.
 *
 * The environment adds the strings extension (`lowerAscii`, `split`, `replace`, …) and replaces the timestamp
 * accessors with deterministic ones (cel-time.ts).
 *
 * compile = a lexical pre-scan for exact syntax-error positions (cel-syntax.ts), the parser, then a static check
 * of the parsed expression: every identifier must be an input variable (README "Policy input"), a comprehension
 * variable or a type name, and every function must exist with that arity and call form (`size(x)` / `x.size()`),
 * each error at its line and column. evaluate = the planned program over the input converted once per input
 * object (`now` becomes a CEL timestamp, `model.version` an int, metrics doubles, 'NaN' / '±Infinity' the
 * non-finite doubles).
 */

export const POLICY_VARIABLES = ['model', 'metrics', 'lineage', 'dataQuality', 'requester', 'target', 'now'] as const;

/** Identifiers that name types (`type(x) == double`) rather than variables. */
const TYPE_NAMES = new Set([
  'bool',
  'bytes',
  'double',
  'duration',
  'dyn',
  'int',
  'list',
  'map',
  'null_type',
  'string',
  'timestamp',
  'type',
  'uint',
]);

/** Calls the planner implements itself (logic, conditional, index, macro internals), not the function table. */
const PLANNER_CALLS = new Set(['_&&_', '_||_', '_?_:_', '_[_]', '@not_strictly_false']);
const MACROS = new Set(['has', 'all', 'exists', 'exists_one', 'map', 'filter']);

const ENGINE_NAME = '@bufbuild/cel 0.6.1';

type Planned = ReturnType<typeof plan>;
type Expr = ReturnType<typeof parse>['expr'];

export function createCelPolicyEngine(): PolicyEngine {
  const env: CelEnv = celEnv({ funcs: [...strings, ...TIMESTAMP_ACCESSORS] });
  const programs = new WeakMap<CompiledProgram, Planned>();
  const bindings = new WeakMap<PolicyInput, Record<string, unknown>>();

  return {
    name: ENGINE_NAME,

    compile(source: string): CompileResult {
      const lexical = scanSyntax(source);
      if (lexical) return { ok: false, errors: [lexical] };
      let parsed: ReturnType<typeof parse>;
      try {
        // The parser mishandles comments (two comment lines in a row, a comment on the last line): it parses
        // the source with its comments blanked out, offsets unchanged.
        parsed = parse(blankComments(source));
      } catch (error) {
        return { ok: false, errors: [parserError(source, error)] };
      }
      const errors = staticCheck(parsed, source, env);
      if (errors.length > 0) return { ok: false, errors };
      let planned: Planned;
      try {
        planned = plan(env, parsed);
      } catch (error) {
        return { ok: false, errors: [{ message: messageOf(error), line: 1, column: 1 }] };
      }
      const program: CompiledProgram = Object.freeze({ engine: ENGINE_NAME, source });
      programs.set(program, planned);
      return { ok: true, program };
    },

    evaluate(program: CompiledProgram, input: PolicyInput): EvaluationResult {
      const planned = programs.get(program);
      if (!planned) return { ok: false, error: `the program was not compiled by this ${ENGINE_NAME} engine` };
      try {
        let bound = bindings.get(input);
        if (!bound) {
          bound = toCel(input);
          bindings.set(input, bound);
        }
        const value = (planned as (ctx: Record<string, unknown>) => unknown)(bound);
        if (isCelError(value)) return { ok: false, error: value.message };
        if (typeof value !== 'boolean')
          return { ok: false, error: `the policy returned ${describe(value)}, not a bool` };
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: messageOf(error) };
      }
    },
  };
}

// ── compile ──────────────────────────────────────────────────────────────────────────────────────────────────────

function parserError(source: string, error: unknown): CompileError {
  const located = error as { rawMessage?: string; location?: { start?: { offset?: number } } };
  const offset = located.location?.start?.offset;
  const message = located.rawMessage ?? messageOf(error);
  if (typeof offset !== 'number') return { message: `syntax error: ${message}`, line: 1, column: 1 };
  return { message: `syntax error: ${message}`, ...positionOf(source, offset) };
}

function staticCheck(parsed: ReturnType<typeof parse>, source: string, env: CelEnv): CompileError[] {
  const positions = parsed.sourceInfo?.positions ?? {};
  const errors: CompileError[] = [];
  const report = (expr: Expr, message: string) => {
    const offset = (positions as Record<string, number | undefined>)[String(expr.id)];
    errors.push({ message, ...positionOf(source, offset ?? 0) });
  };
  const variables = new Set<string>(POLICY_VARIABLES);

  const walk = (expr: Expr | undefined, scope: ReadonlySet<string>): void => {
    if (!expr) return;
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'identExpr':
        if (!scope.has(kind.value.name) && !variables.has(kind.value.name) && !TYPE_NAMES.has(kind.value.name)) {
          report(expr, `unknown variable '${kind.value.name}' (the input has ${POLICY_VARIABLES.join(', ')})`);
        }
        return;
      case 'selectExpr':
        walk(kind.value.operand, scope);
        return;
      case 'callExpr': {
        const call = kind.value;
        walk(call.target, scope);
        call.args.forEach((arg) => walk(arg, scope));
        if (PLANNER_CALLS.has(call.function)) return;
        const group = env.funcs.find(call.function);
        if (!group) {
          report(
            expr,
            call.function === 'has'
              ? 'has() takes one field selection, e.g. has(metrics.accuracy)'
              : MACROS.has(call.function)
                ? `the macro ${call.function}() takes a variable name and an expression, e.g. list.${call.function}(x, x > 0)`
                : `unknown function '${call.function}'`,
          );
          return;
        }
        const method = call.target !== undefined;
        const fits = [...group].some(
          (f) => (f.target !== undefined) === method && f.arguments.length === call.args.length,
        );
        if (!fits) {
          const forms = [
            ...new Set(
              [...group].map(
                (f) =>
                  `${f.target ? 'x.' : ''}${call.function}(${f.arguments.length} argument${f.arguments.length === 1 ? '' : 's'})`,
              ),
            ),
          ];
          report(
            expr,
            `'${call.function}' cannot be called ${method ? 'as a method ' : ''}with ${call.args.length} argument${call.args.length === 1 ? '' : 's'} (it is ${forms.join(' or ')})`,
          );
        }
        return;
      }
      case 'listExpr':
        kind.value.elements.forEach((e) => walk(e, scope));
        return;
      case 'structExpr':
        kind.value.entries.forEach((entry) => {
          if (entry.keyKind.case === 'mapKey') walk(entry.keyKind.value, scope);
          walk(entry.value, scope);
        });
        return;
      case 'comprehensionExpr': {
        const c = kind.value;
        walk(c.iterRange, scope);
        walk(c.accuInit, scope);
        const inner = new Set(scope);
        for (const name of [c.iterVar, c.iterVar2, c.accuVar]) if (name) inner.add(name);
        walk(c.loopCondition, inner);
        walk(c.loopStep, inner);
        walk(c.result, inner);
        return;
      }
      default:
        return;
    }
  };
  walk(parsed.expr, new Set());
  return errors;
}

// ── evaluate ─────────────────────────────────────────────────────────────────────────────────────────────────────

const NON_FINITE: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

function metric(value: MetricValue): number {
  return typeof value === 'number' ? value : NON_FINITE[value];
}

/** Drops undefined fields, so an absent optional field is absent for `has()` too. */
function defined<T extends Record<string, unknown>>(record: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function toCel(input: PolicyInput): Record<string, unknown> {
  const now = Date.parse(input.now);
  if (Number.isNaN(now)) throw new Error(`now is not a timestamp: ${input.now}`);
  return {
    model: { name: input.model.name, version: BigInt(input.model.version), tags: { ...input.model.tags } },
    metrics: Object.fromEntries(Object.entries(input.metrics).map(([key, value]) => [key, metric(value)])),
    lineage: defined({
      run: input.lineage.run,
      datasets: input.lineage.datasets.map((d) => defined({ ...d })),
      codeVersion: input.lineage.codeVersion,
    }),
    dataQuality: Object.fromEntries(
      Object.entries(input.dataQuality).map(([name, q]) => [
        name,
        {
          passed: q.passed,
          checks: Object.fromEntries(Object.entries(q.checks).map(([check, r]) => [check, defined({ ...r })])),
        },
      ]),
    ),
    requester: { id: input.requester.id, roles: [...input.requester.roles] },
    target: { kind: input.target.kind, name: input.target.name },
    now: timestampFromMs(now),
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `the int ${value}`;
  if (typeof value === 'number') return `the double ${value}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `a ${typeof value === 'object' ? 'value' : typeof value}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
