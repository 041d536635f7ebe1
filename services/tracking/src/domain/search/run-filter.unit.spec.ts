import { InvalidArgument } from '@cairn/contracts';
import { parseRunFilter } from './run-filter';
import { parseExperimentFilter } from './experiment-filter';

function rejects(filter: string, message: RegExp) {
  let error: unknown;
  try {
    parseRunFilter(filter);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(InvalidArgument);
  expect((error as Error).message).toMatch(message);
}

describe('parseRunFilter', () => {
  it('empty filter has no clauses', () => {
    expect(parseRunFilter('')).toEqual([]);
    expect(parseRunFilter(undefined)).toEqual([]);
  });

  it.each(['=', '!=', '<', '<=', '>', '>='])('metrics accept %s with a number', (op) => {
    expect(parseRunFilter(`metrics.acc ${op} 0.5`)).toEqual([{ entity: 'metric', key: 'acc', comparator: op, value: 0.5 }]);
  });

  it('parses negative and exponent numbers', () => {
    expect(parseRunFilter('metric.loss < -1e-3')[0]).toMatchObject({ value: -0.001 });
  });

  it.each(['=', '!=', 'LIKE', 'ILIKE'])('params and tags accept %s with a quoted string', (op) => {
    expect(parseRunFilter(`params.lr ${op} '0.01'`)[0]).toEqual({ entity: 'param', key: 'lr', comparator: op, value: '0.01' });
    expect(parseRunFilter(`tags.stage ${op} "dev"`)[0]).toEqual({ entity: 'tag', key: 'stage', comparator: op, value: 'dev' });
  });

  it('lower-case like is a comparator', () => {
    expect(parseRunFilter("tags.x like 'a%'")[0]).toMatchObject({ comparator: 'LIKE' });
  });

  it('keys may be quoted with backticks or double quotes, or bare with dots', () => {
    expect(parseRunFilter("tags.`mlflow.parentRunId` = 'abc'")[0]).toMatchObject({ key: 'mlflow.parentRunId' });
    expect(parseRunFilter('tags."my key" = \'v\'')[0]).toMatchObject({ key: 'my key' });
    expect(parseRunFilter("tags.mlflow.runName = 'r'")[0]).toMatchObject({ key: 'mlflow.runName' });
    expect(parseRunFilter('metrics."val loss" > 1')[0]).toMatchObject({ key: 'val loss' });
  });

  it('attributes: string ones take IN / NOT IN, numeric ones numbers', () => {
    expect(parseRunFilter("attributes.status IN ('FINISHED', 'FAILED')")[0]).toEqual({
      entity: 'attribute',
      key: 'status',
      comparator: 'IN',
      value: ['FINISHED', 'FAILED'],
    });
    expect(parseRunFilter("attribute.run_id NOT IN ('a')")[0]).toMatchObject({ comparator: 'NOT IN' });
    expect(parseRunFilter('attributes.start_time >= 1000')[0]).toMatchObject({ key: 'start_time', value: 1000 });
    expect(parseRunFilter("run.run_name ILIKE '%x%'")[0]).toMatchObject({ key: 'run_name' });
    expect(parseRunFilter('attributes.created > 5')[0]).toMatchObject({ key: 'start_time' });
  });

  it('dataset keys: name, digest, context', () => {
    expect(parseRunFilter("dataset.context = 'training' AND datasets.name IN ('a','b')")).toEqual([
      { entity: 'dataset', key: 'context', comparator: '=', value: 'training' },
      { entity: 'dataset', key: 'name', comparator: 'IN', value: ['a', 'b'] },
    ]);
  });

  it('AND joins clauses, case-insensitively', () => {
    expect(parseRunFilter("metrics.a > 1 and params.b = 'x' AND tags.c != 'y'")).toHaveLength(3);
  });

  it('escaped quotes inside strings', () => {
    expect(parseRunFilter("tags.t = 'it''s'")[0]).toMatchObject({ value: "it's" });
  });

  it.each([
    ["metrics.acc > 'high'", /Expected numeric value type for metric/],
    ['params.lr = 0.01', /not quoted/],
    ['metrics.acc LIKE 1', /Invalid comparator 'LIKE'/],
    ["params.lr > '1'", /Invalid comparator '>'/],
    ["tags.a IN ('x')", /Invalid comparator 'IN'/],
    ['foo.bar = 1', /Invalid identifier 'foo.bar'/],
    ['acc > 1', /Invalid identifier 'acc'/],
    ["attributes.color = 'red'", /Invalid attribute key 'color'/],
    ["attributes.start_time = 'x'", /Expected numeric value type/],
    ["dataset.size = 'x'", /Invalid dataset key/],
    ["metrics.a > 1 OR metrics.b > 1", /'OR' is not supported/],
    ['metrics.a > 1 metrics.b > 1', /expected 'AND'/],
    ["tags.a = 'unterminated", /unterminated/],
    ['metrics.a >', /expected a value/],
    ["attributes.status IN 'x'", /expected '\(' after IN/],
    ['metrics.a ~ 1', /unexpected character/],
  ])('rejects %s', (filter, message) => rejects(filter, message));
});

describe('parseExperimentFilter', () => {
  it('name with or without attribute prefix, times, tags', () => {
    expect(parseExperimentFilter("name LIKE 'a%' AND attributes.creation_time > 5 AND tags.team = 'ds'")).toEqual([
      { entity: 'attribute', key: 'name', comparator: 'LIKE', value: 'a%' },
      { entity: 'attribute', key: 'creation_time', comparator: '>', value: 5 },
      { entity: 'tag', key: 'team', comparator: '=', value: 'ds' },
    ]);
  });

  it('rejects unknown attributes and entity types', () => {
    expect(() => parseExperimentFilter("owner = 'x'")).toThrow(/Invalid attribute key 'owner'/);
    expect(() => parseExperimentFilter("metrics.a = 'x'")).toThrow(/Invalid entity type 'metrics'/);
    expect(() => parseExperimentFilter('name > 1')).toThrow(InvalidArgument);
  });
});
