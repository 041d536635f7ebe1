import { InvalidArgument } from '@cairn/contracts';
import { parseLoggedModelFilter, parseLoggedModelOrderBy } from './logged-model-filter';

describe('parseLoggedModelFilter', () => {
  it('metrics, params, tags and attributes, bare or prefixed, with aliases', () => {
    expect(
      parseLoggedModelFilter(
        "metrics.acc >= 0.9 AND params.C = '1.0' AND tags.`mlflow.source` LIKE 'x%' AND name IN ('a', 'b') AND attributes.creation_time > 5 AND status != 'FAILED'",
      ),
    ).toEqual([
      { entity: 'metric', key: 'acc', comparator: '>=', value: 0.9 },
      { entity: 'param', key: 'C', comparator: '=', value: '1.0' },
      { entity: 'tag', key: 'mlflow.source', comparator: 'LIKE', value: 'x%' },
      { entity: 'attribute', key: 'name', comparator: 'IN', value: ['a', 'b'] },
      { entity: 'attribute', key: 'creation_timestamp_ms', comparator: '>', value: 5 },
      { entity: 'attribute', key: 'status', comparator: '!=', value: 'FAILED' },
    ]);
  });

  it('empty filter has no clauses', () => expect(parseLoggedModelFilter(undefined)).toEqual([]));

  it.each([
    ["metrics.acc > 'high'", /Expected numeric value type/],
    ["colour = 'red'", /Invalid attribute key 'colour'/],
    ["datasets.name = 'x'", /Invalid entity type 'datasets'/],
    ["name > 'a'", /Invalid comparator '>'/],
    ['creation_time LIKE 1', /Invalid comparator 'LIKE'/],
    ["name = 'a' OR name = 'b'", /'OR' is not supported/],
  ])('rejects %s with INVALID_PARAMETER_VALUE', (filter, message) => {
    expect(() => parseLoggedModelFilter(filter)).toThrow(InvalidArgument);
    expect(() => parseLoggedModelFilter(filter)).toThrow(message);
  });
});

describe('parseLoggedModelOrderBy', () => {
  it('attributes (with aliases) and metrics with an optional dataset; ascending by default', () => {
    expect(
      parseLoggedModelOrderBy([
        { fieldName: 'creation_timestamp', ascending: false },
        { fieldName: 'name' },
        { fieldName: 'metrics.acc', datasetName: 'eval' },
      ]),
    ).toEqual([
      { entity: 'attribute', key: 'creation_timestamp_ms', ascending: false },
      { entity: 'attribute', key: 'name', ascending: true },
      { entity: 'metric', key: 'acc', ascending: true, datasetName: 'eval', datasetDigest: undefined },
    ]);
  });

  it.each([[{ fieldName: 'params.C' }], [{ fieldName: 'colour' }], [{ fieldName: 'metrics.acc', datasetDigest: 'd' }], [{}]])(
    'rejects %p',
    (order) => expect(() => parseLoggedModelOrderBy([order])).toThrow(/Invalid order by field name/),
  );
});
