/**
 * The two CEL engines governance could use, measured on Node 20 on what our policies need (ARCHITECTURE.md
 * "Governance: CEL engine"): conformance on the features policies use, compile-error positions, and speed.
 * Pure CPU, no PostgreSQL or Kafka (about half a minute):
 *
 *   npm install --prefix /tmp/cel-peer @marcbachmann/cel-js@8.0.0      # the peer is not a dependency of Cairn
 *   CEL_PEER_DIR=/tmp/cel-peer node -r @swc-node/register bench/cel-engines.bench.ts [inputs=500]
 *
 * "cairn" is governance's PolicyEngine (services/governance/src/domain/cel-engine.ts: @bufbuild/cel 0.6.1 plus
 * its syntax pre-scan, static check and timestamp accessors); the peers are @marcbachmann/cel-js 8.0.0 and
 * @bufbuild/cel 0.6.1 used directly. Speed: 100 policies compiled once, then each evaluated over N inputs
 * (100 × N evaluations, every engine gets each input prepared once; best of 3 passes); the engines must agree on
 * every answer. Compile time is the first compile of the 100 (it includes the engine's own warm-up).
 * Writes bench/results/cel-engines.json.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as buf from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { createCelPolicyEngine } from '../services/governance/src/domain/cel-engine';
import { PolicyInput } from '../services/governance/src/domain/model';
import { CompiledProgram, positionOf } from '../services/governance/src/domain/policy-engine';
import { BenchRow, benchRow, writeBenchResults } from './bench-results';

const INPUTS = Number(process.argv[2] ?? 500);
const RUNS = 3;
const COMMAND = 'CEL_PEER_DIR=/tmp/cel-peer node -r @swc-node/register bench/cel-engines.bench.ts';
const MARC = '@marcbachmann/cel-js 8.0.0';
const BUF = '@bufbuild/cel 0.6.1 used directly';

type Answer = { ok: true; value: unknown } | { ok: false; error: string };
interface Engine {
  name: string;
  compile(
    source: string,
  ): { ok: true; program: unknown } | { ok: false; line?: number; column?: number; message: string };
  prepare(input: PolicyInput): unknown;
  run(program: unknown, prepared: unknown): Answer;
}

// ── the three engines behind one shape ───────────────────────────────────────────────────────────────────────────

function cairnEngine(): Engine {
  const engine = createCelPolicyEngine();
  return {
    name: `Cairn PolicyEngine (${engine.name})`,
    compile(source) {
      const result = engine.compile(source);
      return result.ok ? { ok: true, program: result.program } : { ok: false, ...result.errors[0] };
    },
    prepare: (input) => input,
    run(program, prepared) {
      const result = engine.evaluate(program as CompiledProgram, prepared as PolicyInput);
      return result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error };
    },
  };
}

const nonFinite = (v: number | string) =>
  typeof v === 'number' ? v : v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity;
const plainInput = (input: PolicyInput) => ({
  ...input,
  model: { ...input.model, version: BigInt(input.model.version) },
  metrics: Object.fromEntries(Object.entries(input.metrics).map(([k, v]) => [k, nonFinite(v)])),
});

function bufEngine(): Engine {
  const env = buf.celEnv({ funcs: strings });
  return {
    name: BUF,
    compile(source) {
      try {
        return { ok: true, program: buf.plan(env, buf.parse(source)) };
      } catch (error) {
        const start = (error as { location?: { start?: { line: number; column: number } } }).location?.start;
        return { ok: false, message: (error as Error).message, line: start?.line, column: start?.column };
      }
    },
    prepare: (input) => ({ ...plainInput(input), now: timestampFromMs(Date.parse(input.now)) }),
    run(program, prepared) {
      try {
        const value = (program as (ctx: unknown) => unknown)(prepared);
        return buf.isCelError(value) ? { ok: false, error: value.message } : { ok: true, value };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
  };
}

function marcEngine(): Engine | undefined {
  const from = process.env.CEL_PEER_DIR
    ? path.join(path.resolve(process.env.CEL_PEER_DIR), 'node_modules', 'x.js')
    : __filename;
  type MarcProgram = ((ctx: object) => unknown) & {
    check(): { valid: boolean; error?: { summary?: string; message: string; range?: { start: number } } };
  };
  type MarcEnvironment = {
    registerVariable(name: string, type: string): MarcEnvironment;
    parse(source: string): MarcProgram;
  };
  let marc: { Environment: new (options: object) => MarcEnvironment };
  try {
    marc = createRequire(from)('@marcbachmann/cel-js');
  } catch {
    console.warn(
      `${MARC} not found: install it with npm install --prefix /tmp/cel-peer @marcbachmann/cel-js@8.0.0 and set CEL_PEER_DIR=/tmp/cel-peer`,
    );
    return undefined;
  }
  // The documented input declared, so its type checker can refuse unknown variables at compile time.
  const env = new marc.Environment({ homogeneousAggregateLiterals: false })
    .registerVariable('model', 'map<string, dyn>')
    .registerVariable('metrics', 'map<string, double>')
    .registerVariable('lineage', 'map<string, dyn>')
    .registerVariable('dataQuality', 'map<string, dyn>')
    .registerVariable('requester', 'map<string, dyn>')
    .registerVariable('target', 'map<string, string>')
    .registerVariable('now', 'google.protobuf.Timestamp');
  return {
    name: MARC,
    compile(source) {
      try {
        const program = env.parse(source);
        const checked = program.check();
        if (!checked.valid && checked.error) {
          const at = positionOf(source, checked.error.range?.start ?? 0);
          return { ok: false, message: checked.error.summary ?? checked.error.message, ...at };
        }
        return { ok: true, program };
      } catch (error) {
        const e = error as { summary?: string; message: string; range?: { start: number } };
        const at = e.range ? positionOf(source, e.range.start) : {};
        return { ok: false, message: e.summary ?? e.message, ...at };
      }
    },
    prepare: (input) => ({ ...plainInput(input), now: new Date(input.now) }),
    run(program, prepared) {
      try {
        return { ok: true, value: (program as (ctx: unknown) => unknown)(prepared) };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
  };
}

// ── conformance ──────────────────────────────────────────────────────────────────────────────────────────────────

const T0 = Date.UTC(2026, 10, 23, 10); // a Monday
const baseInput = (overrides: Partial<PolicyInput> = {}): PolicyInput => ({
  model: { name: 'fraud-detector', version: 3, tags: { team: 'risk', 'change-ticket': 'CHG-1' } },
  metrics: { accuracy: 0.93, latency_p95_ms: 42.5, 'accuracy_by_group/a': 0.92, 'accuracy_by_group/b': 0.94 },
  lineage: {
    run: 'run-7',
    datasets: [
      { name: 'train', digest: '2b9a1f0d', source: 's3://d/train', context: 'training' },
      { name: 'eval', digest: '77aa01ff', source: 's3://d/eval', context: 'eval' },
    ],
    codeVersion: 'deadbeef',
  },
  dataQuality: { train: { passed: true, checks: { null_rate: { passed: true, value: 0.001 } } } },
  requester: { id: 'user:alice', roles: ['approver', 'ml-engineer'] },
  target: { kind: 'stage', name: 'Production' },
  now: new Date(T0).toISOString(),
  ...overrides,
});

/** [feature, expression, expected bool] — what cel-spec says over baseInput(). */
const CONFORMANCE: [string, string, boolean, PolicyInput?][] = [
  ['nested map field', 'model.tags.team == "risk"', true],
  ['list element field', 'lineage.datasets[1].context == "eval"', true],
  ['exists', 'lineage.datasets.exists(d, d.name == "train")', true],
  ['all', 'lineage.datasets.all(d, d.digest != "")', true],
  ['exists_one', 'lineage.datasets.exists_one(d, d.context == "eval")', true],
  ['filter', 'lineage.datasets.filter(d, d.source.startsWith("s3://")).size() == 2', true],
  ['map', 'lineage.datasets.map(d, d.name) == ["train", "eval"]', true],
  ['macro over map keys', 'metrics.filter(k, k.startsWith("accuracy_by_group/")).size() == 2', true],
  ['has() present', 'has(metrics.accuracy)', true],
  ['has() absent', '!has(metrics.f1)', true],
  ['in list', '"approver" in requester.roles', true],
  ['in map', '"accuracy" in metrics', true],
  [
    'startsWith/endsWith/contains',
    'model.name.startsWith("fraud") && model.name.endsWith("detector") && model.name.contains("d-d")',
    true,
  ],
  ['matches', 'model.name.matches("^[a-z]+(-[a-z]+)*$")', true],
  ['matches, RE2 (?i) flag', 'model.name.matches("(?i)^FRAUD")', true],
  ['matches, RE2 \\A \\z anchors', 'model.name.matches("\\\\Afraud-detector\\\\z")', true],
  ['matches, RE2 POSIX class', 'model.name.matches("^[[:alpha:]]+-")', true],
  ['size of a string', 'size(model.name) == 14', true],
  ['timestamp literal comparison', 'now > timestamp("2026-01-01T00:00:00Z")', true],
  ['timestamp - duration', 'now - duration("24h") == timestamp("2026-11-22T10:00:00Z")', true],
  ['getDayOfWeek UTC', 'now.getDayOfWeek() == 1', true],
  ['getDayOfWeek fixed offset', 'now.getDayOfWeek("+14:00") == 2', true],
  ['getDayOfWeek IANA zone at local midnight', 'now.getDayOfWeek("Pacific/Kiritimati") == 2', true],
  [
    'getDayOfWeek IANA zone, Friday 00:30 Berlin',
    'now.getDayOfWeek("Europe/Berlin") == 5',
    true,
    baseInput({ now: '2026-11-26T23:30:00Z' }),
  ],
  ['getHours IANA zone', 'now.getHours("Europe/Berlin") == 11', true],
  ['double arithmetic', 'metrics.accuracy - metrics["accuracy_by_group/a"] < 0.02', true],
  ['int arithmetic', 'model.version + 1 == 4 && model.version % 2 == 1', true],
  ['double < int literal', 'metrics.accuracy < 1', true],
  ['int == double literal (heterogeneous equality)', 'model.version == 3.0', true],
  ['int literal == double literal', '1 == 1.0', true],
  ['mixed-type list equality', '[1, 2.0] == [1, 2]', true],
  ['conversions', 'int(metrics.latency_p95_ms) == 42 && double(model.version) == 3.0', true],
  ['error absorbed by ||', 'metrics.f1 > 0.5 || true', true],
  ['error absorbed by &&', 'metrics.f1 > 0.5 && false', false],
  ['ternary', 'target.kind == "stage" ? target.name == "Production" : false', true],
  ['strings extension', 'model.name.upperAscii() == "FRAUD-DETECTOR"', true],
  ['two comment lines in a row', '// gate\n// second line\nmetrics.accuracy >= 0.9', true],
  ['comment on the last line', 'metrics.accuracy >= 0.9 // the gate', true],
];

/** Expressions that must be errors (an evaluation error is a deny, never an allow). */
const MUST_ERROR: [string, string][] = [
  ['missing key', 'metrics.f1 > 0.5'],
  ['int divide by zero', 'model.version / 0 == 1'],
  ['double * int (no implicit conversion)', 'metrics.accuracy * 2 > 1.0'],
  ['bad regex', 'model.name.matches("(")'],
];

/** A regex that backtracking engines take exponential time on, with 23 characters of input. */
const REDOS: [string, string, PolicyInput] = [
  'matches in linear time ("^(a+)+$" on 23 characters)',
  'model.name.matches("^(a+)+$")',
  baseInput({ model: { name: `${'a'.repeat(22)}!`, version: 1, tags: {} } }),
];

/** [label, source, line, column] where a good compiler points. */
const POSITIONS: [string, string, number, number][] = [
  ['trailing operator', 'metrics.accuracy >= ', 1, 18],
  ['dangling dot, third line', 'metrics.accuracy > 0.9 &&\n  (model.name != "" ||\n   model.)', 3, 10],
  ['two operators', 'metrics.accuracy >=\n  && true', 2, 3],
  ['unterminated string', 'model.name == "fraud', 1, 15],
  ['mismatched bracket', 'lineage.datasets[0).name == ""', 1, 19],
  ['unknown variable', 'has(metrics.accuracy) &&\n  metric.accuracy > 0.9', 2, 3],
  ['unknown function', 'metrics.accuracy > 0.9 && isGood(model)', 1, 27],
];

function conformance(engine: Engine): { passed: number; total: number; failures: string[] } {
  const failures: string[] = [];
  const base = baseInput();
  for (const [label, source, expected, input] of CONFORMANCE) {
    const compiled = engine.compile(source);
    const answer = compiled.ok ? engine.run(compiled.program, engine.prepare(input ?? base)) : undefined;
    if (!answer?.ok || answer.value !== expected) {
      failures.push(
        `${label}: ${compiled.ok ? JSON.stringify(answer, (_k, v) => (typeof v === 'bigint' ? `${v}` : v)) : `compile: ${compiled.message}`}`,
      );
    }
  }
  for (const [label, source] of MUST_ERROR) {
    const compiled = engine.compile(source);
    const answer = compiled.ok
      ? engine.run(compiled.program, engine.prepare(base))
      : { ok: false as const, error: 'compile' };
    if (answer.ok) failures.push(`${label}: evaluated to ${String(answer.value)} instead of an error`);
  }
  const [label, source, input] = REDOS;
  const compiled = engine.compile(source);
  const started = performance.now();
  const answer = compiled.ok ? engine.run(compiled.program, engine.prepare(input)) : undefined;
  const ms = performance.now() - started;
  if (!answer?.ok || answer.value !== false || ms > 100) failures.push(`${label}: ${ms.toFixed(0)} ms`);
  return {
    passed: CONFORMANCE.length + MUST_ERROR.length + 1 - failures.length,
    total: CONFORMANCE.length + MUST_ERROR.length + 1,
    failures,
  };
}

function positions(engine: Engine): { exact: number; total: number; misses: string[] } {
  const misses: string[] = [];
  for (const [label, source, line, column] of POSITIONS) {
    const compiled = engine.compile(source);
    if (compiled.ok) misses.push(`${label}: compiled`);
    else if (compiled.line !== line || compiled.column !== column) {
      misses.push(
        `${label}: ${compiled.line}:${compiled.column} (want ${line}:${column}) ${compiled.message.split('\n')[0]}`,
      );
    }
  }
  return { exact: POSITIONS.length - misses.length, total: POSITIONS.length, misses };
}

// ── speed ────────────────────────────────────────────────────────────────────────────────────────────────────────

const TEMPLATES: ((i: number) => string)[] = [
  (i) => `has(metrics.accuracy) && metrics.accuracy >= 0.${80 + (i % 15)}`,
  (i) =>
    `metrics.filter(k, k.startsWith("accuracy_by_group/")).all(a, metrics.filter(k, k.startsWith("accuracy_by_group/")).all(b, metrics[a] - metrics[b] <= 0.0${1 + (i % 9)}))`,
  (i) => `has(metrics.latency_p95_ms) && metrics.latency_p95_ms <= ${40 + i}.0`,
  () => `target.name != "Production" || "approver" in requester.roles`,
  (i) =>
    `lineage.datasets.filter(d, !has(d.context) || d.context == "training").all(d, d.digest.matches("^[0-9a-f]{${6 + (i % 4)},64}$"))`,
  () => `now.getDayOfWeek() != 5 || target.kind != "deployment"`,
  (i) => `model.name.startsWith("fraud") && model.tags.team == "risk${i % 3}"`,
  (i) =>
    `lineage.datasets.exists(d, d.name == "train") && lineage.datasets.filter(d, d.source.startsWith("s3://")).size() >= ${i % 3}`,
  (i) => `now < timestamp("2026-11-20T00:00:00Z") + duration("${24 * (i % 10)}h")`,
  (i) =>
    `"change-ticket" in model.tags && dataQuality.train.passed && dataQuality.train.checks.null_rate.value < 0.0${1 + (i % 5)}`,
];
const POLICIES = Array.from({ length: 100 }, (_, i) => TEMPLATES[i % TEMPLATES.length](i));

const inputs: PolicyInput[] = Array.from({ length: INPUTS }, (_, i) =>
  baseInput({
    model: {
      name: i % 2 ? 'fraud-detector' : 'churn',
      version: i + 1,
      tags: { team: `risk${i % 3}`, ...(i % 4 ? { 'change-ticket': `C${i}` } : {}) },
    },
    metrics: {
      accuracy: 0.8 + (i % 20) / 100,
      latency_p95_ms: 40 + (i % 80),
      'accuracy_by_group/a': 0.9,
      'accuracy_by_group/b': 0.9 - (i % 7) / 100,
    },
    dataQuality: { train: { passed: i % 5 !== 0, checks: { null_rate: { passed: true, value: (i % 6) / 100 } } } },
    requester: { id: `user:u${i}`, roles: i % 2 ? ['approver'] : ['data-scientist'] },
    target:
      i % 3 ? { kind: 'stage', name: i % 2 ? 'Production' : 'Staging' } : { kind: 'deployment', name: 'fraud-eu' },
    now: new Date(Date.UTC(2026, 10, 20 + (i % 7), 12)).toISOString(),
  }),
);

function speed(engine: Engine): { compileMs: number; evalsPerSecond: number; answers: string } {
  const started = performance.now();
  const programs = POLICIES.map((source) => {
    const compiled = engine.compile(source);
    if (!compiled.ok) throw new Error(`${engine.name} cannot compile ${source}: ${compiled.message}`);
    return compiled.program;
  });
  const compileMs = performance.now() - started;
  const answer = (program: unknown, prepared: unknown) => {
    const result = engine.run(program, prepared);
    return result.ok ? (result.value === true ? 'T' : 'F') : 'E';
  };
  // Best of RUNS full passes (the first one warms the JIT): the machine is shared, so single passes wobble.
  let answers = '';
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    let pass = '';
    const t0 = performance.now();
    for (const input of inputs) {
      const prepared = engine.prepare(input);
      for (const program of programs) pass += answer(program, prepared);
    }
    best = Math.min(best, (performance.now() - t0) / 1000);
    answers = pass;
  }
  return { compileMs, evalsPerSecond: (POLICIES.length * inputs.length) / best, answers };
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────────────────────────

function main(): void {
  const cairn = cairnEngine();
  const peers = [marcEngine(), bufEngine()].filter((e): e is Engine => e !== undefined);
  const date = new Date().toISOString();
  const rows: BenchRow[] = [];
  const cairnConformance = conformance(cairn);
  const cairnPositions = positions(cairn);
  const cairnSpeed = speed(cairn);
  console.log(
    `${cairn.name}: conformance ${cairnConformance.passed}/${cairnConformance.total}, exact positions ${cairnPositions.exact}/${cairnPositions.total}, ${Math.round(cairnSpeed.evalsPerSecond)} evaluations/s, compile 100 in ${cairnSpeed.compileMs.toFixed(1)} ms`,
  );
  for (const miss of [...cairnConformance.failures, ...cairnPositions.misses]) console.log(`   ✗ ${miss}`);
  for (const peer of peers) {
    const c = conformance(peer);
    const p = positions(peer);
    const s = speed(peer);
    const mismatches = [...s.answers].filter((a, i) => a !== cairnSpeed.answers[i]).length;
    console.log(
      `${peer.name}: conformance ${c.passed}/${c.total}, exact positions ${p.exact}/${p.total}, ${Math.round(s.evalsPerSecond)} evaluations/s, compile 100 in ${s.compileMs.toFixed(1)} ms, answers differing from cairn: ${mismatches}`,
    );
    for (const miss of [...c.failures, ...p.misses]) console.log(`   ✗ ${miss}`);
    if (mismatches > 0)
      throw new Error(`${peer.name} disagrees with cairn on ${mismatches} of ${s.answers.length} evaluations`);
    const row = (
      workload: string,
      metric: string,
      mine: number,
      theirs: number,
      unit: string,
      higherIsBetter: boolean,
    ) =>
      rows.push(
        benchRow(
          { workload, metric, cairn: mine, peer: peer.name, peerValue: theirs, unit, higherIsBetter },
          COMMAND,
          date,
        ),
      );
    row(
      `conformance: ${c.total} cases our policies need (features, errors, RE2, time zones, comments)`,
      'cases passed',
      cairnConformance.passed,
      c.passed,
      'cases',
      true,
    );
    row(
      `compile errors: ${p.total} broken policies`,
      'exact line:column',
      cairnPositions.exact,
      p.exact,
      'errors',
      true,
    );
    row(
      `evaluate 100 policies x ${INPUTS} inputs, compiled once`,
      'throughput',
      cairnSpeed.evalsPerSecond,
      s.evalsPerSecond,
      'evaluations/s',
      true,
    );
    row('compile 100 policies', 'latency', cairnSpeed.compileMs, s.compileMs, 'ms', false);
  }
  writeBenchResults('cel-engines', rows);
}

main();
