import { parseExperimentOrderBy, parseRunOrderBy } from './order-by';

describe('parseRunOrderBy', () => {
  it('defaults to ascending and accepts ASC / DESC in any case', () => {
    expect(parseRunOrderBy(['metrics.rmse', 'params.lr desc', 'tags.`a b` ASC'])).toEqual([
      { entity: 'metric', key: 'rmse', ascending: true },
      { entity: 'param', key: 'lr', ascending: false },
      { entity: 'tag', key: 'a b', ascending: true },
    ]);
  });

  it('normalises attribute keys', () => {
    expect(parseRunOrderBy(['attributes.start_time DESC', 'attribute.created'])).toEqual([
      { entity: 'attribute', key: 'start_time', ascending: false },
      { entity: 'attribute', key: 'start_time', ascending: true },
    ]);
  });

  it.each([['metrics.a UP'], ['foo.a'], ['attributes.color'], ['dataset.name'], ['metrics.a DESC extra'], ['']])(
    'rejects %p with INVALID_PARAMETER_VALUE',
    (text) => {
      expect(() => parseRunOrderBy([text])).toThrow(/Invalid order_by clause/);
    },
  );
});

describe('parseExperimentOrderBy', () => {
  it('accepts the four attributes', () => {
    expect(parseExperimentOrderBy(['name', 'experiment_id DESC', 'attributes.last_update_time'])).toEqual([
      { key: 'name', ascending: true },
      { key: 'experiment_id', ascending: false },
      { key: 'last_update_time', ascending: true },
    ]);
    expect(() => parseExperimentOrderBy(['tags.x'])).toThrow(/Only attributes/);
    expect(() => parseExperimentOrderBy(['owner'])).toThrow(/Invalid attribute key/);
  });
});
