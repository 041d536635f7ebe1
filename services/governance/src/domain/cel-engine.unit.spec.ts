import { createCelPolicyEngine } from './cel-engine';
import { aPolicyInput, T0 } from './decider-specification';
import { PolicyInput } from './model';
import { CompiledProgram, positionOf } from './policy-engine';

const engine = createCelPolicyEngine();

function run(source: string, input: PolicyInput = aPolicyInput()) {
  const compiled = engine.compile(source);
  if (!compiled.ok) throw new Error(`expected ${source} to compile: ${JSON.stringify(compiled.errors)}`);
  return engine.evaluate(compiled.program, input);
}
const errorsOf = (source: string) => {
  const compiled = engine.compile(source);
  if (compiled.ok) throw new Error(`expected ${JSON.stringify(source)} not to compile`);
  return compiled.errors;
};

describe('the CEL policy engine (@bufbuild/cel)', () => {
  it('names itself with its version', () => expect(engine.name).toBe('@bufbuild/cel 0.6.1'));

  describe('given the documented input, when a policy uses a feature our policies need, then it evaluates as CEL says', () => {
    it.each([
      ['nested map field', 'model.tags["change-ticket"] == "CHG-1042"', true],
      ['list element field', 'lineage.datasets[0].name == "train"', true],
      ['exists', 'lineage.datasets.exists(d, d.context == "eval")', true],
      ['all', 'lineage.datasets.all(d, d.digest.size() == 8)', true],
      ['exists_one', 'lineage.datasets.exists_one(d, d.name.startsWith("tr"))', true],
      ['filter + size', 'lineage.datasets.filter(d, d.source.startsWith("s3://")).size() == 2', true],
      ['map', 'lineage.datasets.map(d, d.name) == ["train", "eval"]', true],
      ['a macro over map keys', 'metrics.exists(k, k.startsWith("accuracy_by_group/"))', true],
      ['has() on a present key', 'has(metrics.accuracy)', true],
      ['has() on an absent key', 'has(metrics.f1)', false],
      ['has() on an absent optional field', 'has(lineage.datasets[0].context) && !has(dataQuality.eval)', true],
      ['in on a list', '"approver" in requester.roles', true],
      ['in on a map', '"accuracy" in metrics', true],
      [
        'startsWith / endsWith / contains',
        'model.name.startsWith("fraud") && model.name.endsWith("detector") && model.name.contains("d-d")',
        true,
      ],
      ['matches (RE2)', 'model.name.matches("^[a-z]+(-[a-z]+)*$")', true],
      ['matches with an RE2 flag', 'model.name.matches("(?i)^FRAUD")', true],
      ['strings extension', 'model.name.upperAscii() == "FRAUD-DETECTOR"', true],
      ['timestamp comparison', 'now > timestamp("2026-01-01T00:00:00Z")', true],
      ['timestamp arithmetic with a duration', 'now - duration("24h") == timestamp("2026-11-22T10:00:00Z")', true],
      ['getDayOfWeek (Monday = 1)', 'now.getDayOfWeek() == 1', true],
      ['getDayOfWeek in a time zone', 'now.getDayOfWeek("Pacific/Kiritimati") == 2', true],
      ['getHours', 'now.getHours() == 10', true],
      ['double arithmetic', 'metrics.accuracy - metrics["accuracy_by_group/female"] < 0.02', true],
      ['int arithmetic on the version', 'model.version + 1 == 4 && model.version % 2 == 1', true],
      ['double compared with an int literal', 'metrics.accuracy < 1 && metrics.latency_p95_ms > 40', true],
      ['int compared with a double literal', 'model.version == 3.0', true],
      ['conversions', 'int(metrics.latency_p95_ms) == 42 && double(model.version) == 3.0', true],
      ['the data-quality results', 'dataQuality.train.passed && dataQuality.train.checks.null_rate.value < 0.01', true],
      ['the target', 'target.kind == "stage" && target.name == "Production"', true],
      ['comments', '// a comment\nmetrics.accuracy > 0.5 // trailing', true],
      // @bufbuild/cel's parser alone refuses two comment lines in a row; the engine blanks comments first.
      ['consecutive comment lines with quotes in them', '// one\n// "two" isn\'t (three)\n  // four\ntrue', true],
      ['// inside a string is no comment', 'lineage.datasets[0].source == "s3://data/train.parquet"', true],
    ])('%s', (_label, source, expected) => expect(run(source)).toEqual({ ok: true, value: expected }));

    it('an error absorbed by || is no error (CEL commutative logic)', () =>
      expect(run('metrics.f1 > 0.5 || true')).toEqual({ ok: true, value: true }));

    it('NaN and infinite metrics are the non-finite doubles', () =>
      expect(
        run(
          'metrics.loss != metrics.loss && metrics.gain > 1e300',
          aPolicyInput({ metrics: { loss: 'NaN', gain: 'Infinity' } }),
        ),
      ).toEqual({
        ok: true,
        value: true,
      }));

    it('matches stays linear on input that makes backtracking engines explode', () => {
      const input = aPolicyInput({ model: { name: `${'a'.repeat(5000)}!`, version: 1, tags: {} } });
      const started = Date.now();
      expect(run('model.name.matches("^(a+)+$")', input)).toEqual({ ok: true, value: false });
      expect(Date.now() - started).toBeLessThan(2000);
    });
  });

  describe('given a policy that cannot be evaluated, then evaluate returns an error and never throws', () => {
    it.each([
      ['a missing key', 'metrics.f1 > 0.5', /f1/],
      ['a non-bool result', 'metrics.accuracy', /returned the double 0.93, not a bool/],
      ['an int result', 'model.version', /returned the int 3/],
      ['a string result', 'model.name', /returned the string "fraud-detector"/],
      ['int divided by zero', 'model.version / 0 == 1', /divide by zero/],
      ['mixed int and double arithmetic', 'metrics.accuracy * 2 > 1.0', /no matching overload/],
      ['a bad regular expression', 'model.name.matches("(")', /regexp/],
      ['a bad timestamp literal', 'now > timestamp("yesterday")', /timestamp/],
    ])('%s', (_label, source, message) => {
      const result = run(source);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });

    it('a program compiled elsewhere is refused', () => {
      const foreign: CompiledProgram = { engine: 'other', source: 'true' };
      expect(engine.evaluate(foreign, aPolicyInput())).toEqual({
        ok: false,
        error: expect.stringMatching(/not compiled by this/),
      });
    });

    it('an input whose now is not a timestamp is an error', () =>
      expect(run('true', aPolicyInput({ now: 'not a time' })).ok).toBe(false));
  });

  describe('when a policy does not compile, then each error names its line and column', () => {
    it.each([
      ['a trailing operator', 'metrics.accuracy >= ', { line: 1, column: 18 }, /ends after '>='/],
      [
        'a dangling dot three lines down',
        'metrics.accuracy > 0.9 &&\n  (model.name != "" ||\n   model.)',
        { line: 3, column: 10 },
        /must follow '\.'/,
      ],
      ['two operators in a row', 'metrics.accuracy >=\n  && true', { line: 2, column: 3 }, /'>=' is followed by '&&'/],
      ['an unterminated string', 'model.name == "fraud', { line: 1, column: 15 }, /unterminated string/],
      [
        'an unclosed parenthesis',
        'has(metrics.accuracy) && (\n  metrics.accuracy > 0.9',
        { line: 1, column: 26 },
        /'\(' is never closed/,
      ],
      ['a mismatched bracket', 'lineage.datasets[0).name == ""', { line: 1, column: 19 }, /does not close the '\['/],
      ['an empty policy', '  // nothing\n', { line: 1, column: 1 }, /empty/],
      [
        'an unknown variable',
        'has(metrics.accuracy) &&\n  metric.accuracy > 0.9',
        { line: 2, column: 3 },
        /unknown variable 'metric'/,
      ],
      [
        'an unknown function',
        'metrics.accuracy > 0.9 && isGood(model)',
        { line: 1, column: 27 },
        /unknown function 'isGood'/,
      ],
      [
        'a method with the wrong arity',
        'model.name.startsWith()',
        { line: 1, column: 11 },
        /'startsWith' cannot be called as a method with 0 arguments/,
      ],
      ['has() without a field', 'has(model)', { line: 1, column: 1 }, /has\(\) takes one field selection/],
      ['a parser-only error', 'metrics.accuracy > > 0.9', { line: 1, column: 20 }, /'>' is followed by '>'/],
    ])('%s', (_label, source, position, message) => {
      const [first] = errorsOf(source);
      expect(first).toMatchObject(position);
      expect(first.message).toMatch(message);
    });

    it('reports every unknown name, not just the first', () =>
      expect(errorsOf('foo > 1.0 && bar(metrics)').map((e) => e.message)).toEqual([
        expect.stringMatching(/unknown variable 'foo'/),
        expect.stringMatching(/unknown function 'bar'/),
      ]));

    it('falls back to the parser position for what the pre-scan does not see', () => {
      const [error] = errorsOf('metrics.accuracy in in metrics');
      expect(error.message).toMatch(/^syntax error/);
      expect(error.line).toBe(1);
    });

    it('comprehension variables are known inside their macro only', () => {
      expect(engine.compile('lineage.datasets.all(d, d.digest != "")').ok).toBe(true);
      expect(errorsOf('lineage.datasets.all(d, d.digest != "") && d.name == ""')[0].message).toMatch(
        /unknown variable 'd'/,
      );
    });
  });

  describe('given timestamps near midnight, when a policy reads the wall clock in a time zone, then the day is right', () => {
    const at = (iso: string) => aPolicyInput({ now: iso });
    it.each([
      // @bufbuild/cel 0.6.1's own accessors read the next day during the local midnight hour (cel-time.ts).
      ['Tuesday 00:00 in Kiritimati (UTC+14)', '2026-11-23T10:00:00Z', 'now.getDayOfWeek("Pacific/Kiritimati") == 2'],
      ['Friday 00:30 in Berlin is a Friday', '2026-11-26T23:30:00Z', 'now.getDayOfWeek("Europe/Berlin") == 5'],
      ['Thursday 23:59 in Berlin is a Thursday', '2026-11-26T22:59:00Z', 'now.getDayOfWeek("Europe/Berlin") == 4'],
      ['a fixed offset', '2026-11-27T02:00:00Z', 'now.getDayOfWeek("-08:00") == 4 && now.getHours("-08:00") == 18'],
      [
        'a DST day in New York',
        '2026-03-08T07:30:00Z',
        'now.getHours("America/New_York") == 3 && now.getDayOfWeek("America/New_York") == 0',
      ],
      [
        'the 0-based month, day of month and day of year',
        '2026-11-23T10:00:00Z',
        'now.getMonth() == 10 && now.getDate() == 23 && now.getDayOfMonth() == 22 && now.getDayOfYear() == 326',
      ],
    ])('%s', (_label, iso, source) => expect(run(source, at(iso))).toEqual({ ok: true, value: true }));

    it('an unknown time zone is an error', () => expect(run('now.getDayOfWeek("Mars/Olympus") == 1').ok).toBe(false));

    it("the process's own time zone changes nothing", () => {
      const before = process.env.TZ;
      try {
        process.env.TZ = 'America/Sao_Paulo';
        expect(run('now.getDayOfWeek() == 1 && now.getHours() == 10')).toEqual({ ok: true, value: true });
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    });
  });

  it('given the same program and input, when evaluated twice, then the answers are equal (deterministic)', () => {
    const input = aPolicyInput({ now: new Date(T0 + 4 * 86_400_000).toISOString() });
    expect(run('now.getDayOfWeek() == 5', input)).toEqual(run('now.getDayOfWeek() == 5', input));
    expect(run('now.getDayOfWeek() == 5', input)).toEqual({ ok: true, value: true });
  });

  it('positionOf counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
