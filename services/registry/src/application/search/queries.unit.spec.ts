import { InvalidArgument } from '@cairn/contracts';
import { parseFilter } from './filter';
import { decodePageToken, encodePageToken } from './page-token';
import { modelVersionQuery, registeredModelQuery } from './queries';

const fails = (run: () => unknown, message?: RegExp) => {
  expect(run).toThrow(InvalidArgument);
  if (message) expect(run).toThrow(message);
};

describe('the registry filter grammar', () => {
  it('reads attributes, tags with bare, backticked and quoted keys, numbers and IN lists', () => {
    expect(
      parseFilter("name = 'a' AND tags.team != \"risk\" AND tag.`mlflow.prompt.is_prompt` = 'true' AND version_number >= 2 AND run_id IN ('x', 'y')"),
    ).toEqual([
      { entity: 'attribute', key: 'name', comparator: '=', value: { kind: 'string', value: 'a' } },
      { entity: 'tag', key: 'team', comparator: '!=', value: { kind: 'string', value: 'risk' } },
      { entity: 'tag', key: 'mlflow.prompt.is_prompt', comparator: '=', value: { kind: 'string', value: 'true' } },
      { entity: 'attribute', key: 'version_number', comparator: '>=', value: { kind: 'number', value: 2 } },
      { entity: 'attribute', key: 'run_id', comparator: 'IN', value: { kind: 'list', values: ['x', 'y'] } },
    ]);
    expect(parseFilter("attribute.name ilike '%fraud%' and tags.`a b` not in ('c')")).toEqual([
      { entity: 'attribute', key: 'name', comparator: 'ILIKE', value: { kind: 'string', value: '%fraud%' } },
      { entity: 'tag', key: 'a b', comparator: 'NOT IN', value: { kind: 'list', values: ['c'] } },
    ]);
    expect(parseFilter('  ')).toEqual([]);
  });

  it.each([
    "name = 'a' OR name = 'b'",
    "name = a",
    "name 'a'",
    "name = 'unterminated",
    "metrics.acc > 1",
    "name IN 'a'",
    "name IN ('a' 'b')",
    "name = 'a' AND",
    "name ~ 'a'",
  ])('%s is INVALID_PARAMETER_VALUE', (filter) => fails(() => parseFilter(filter)));
});

describe('search_registered_models', () => {
  it('hides prompts, orders by name and pages 100 by default', () => {
    expect(registeredModelQuery({})).toEqual({
      clauses: [],
      prompts: false,
      orderBy: [{ field: 'name', ascending: true }],
      offset: 0,
      limit: 100,
    });
  });

  it('drops the client\'s own "not a prompt" clause, which models without the tag must pass', () => {
    const query = registeredModelQuery({ filter: "name LIKE 'f%' AND tags.`mlflow.prompt.is_prompt` != 'true'" });
    expect(query.clauses).toEqual([{ kind: 'text', column: 'name', comparator: 'LIKE', value: 'f%' }]);
    expect(query.prompts).toBe(false);
  });

  it('asks for prompts when the filter does', () => {
    const query = registeredModelQuery({ filter: "tags.`mlflow.prompt.is_prompt` = 'true'" });
    expect(query.prompts).toBe(true);
    expect(query.clauses).toHaveLength(1);
  });

  it('orders by last_updated_timestamp (alias timestamp) then name, and resumes from a page token', () => {
    const query = registeredModelQuery({ orderBy: ['timestamp DESC'], maxResults: 5, pageToken: encodePageToken(10) });
    expect(query.orderBy).toEqual([
      { field: 'last_updated_timestamp', ascending: false },
      { field: 'name', ascending: true },
    ]);
    expect([query.offset, query.limit]).toEqual([10, 5]);
  });

  it.each([
    [{ filter: "owner = 'x'" }, /Invalid attribute key 'owner'/],
    [{ filter: "tags.team IN ('a')" }, /Invalid comparator for tag: IN/],
    [{ filter: "name > 'a'" }, /Invalid comparator for attribute: >/],
    [{ orderBy: ['version_number'] }, /Invalid order by key/],
    [{ orderBy: ['name', 'name DESC'] }, /duplicate fields/],
    [{ maxResults: 1001 }, /at most 1000/],
    [{ maxResults: 0 }, /positive integer/],
    [{ pageToken: 'not a token' }, /Invalid page token/],
  ])('%o is INVALID_PARAMETER_VALUE', (input, message) => fails(() => registeredModelQuery(input), message));
});

describe('search_model_versions', () => {
  it('orders by last update, name, then version descending by default, 10,000 per page', () => {
    const query = modelVersionQuery({ filter: "name = 'm' AND run_id = 'r' AND source_path = 's' AND version_number > 1 AND tags.k = 'v'" });
    expect(query.clauses).toEqual([
      { kind: 'text', column: 'name', comparator: '=', value: 'm' },
      { kind: 'text', column: 'run_id', comparator: '=', value: 'r' },
      { kind: 'text', column: 'source', comparator: '=', value: 's' },
      { kind: 'version', comparator: '>', value: 1 },
      { kind: 'tag', key: 'k', comparator: '=', value: 'v' },
    ]);
    expect(query.orderBy).toEqual([
      { field: 'last_updated_timestamp', ascending: false },
      { field: 'name', ascending: true },
      { field: 'version', ascending: false },
    ]);
    expect(query.limit).toBe(10_000);
  });

  it('adds the name and version tie-breakers to an explicit order', () => {
    expect(modelVersionQuery({ orderBy: ['version_number ASC'] }).orderBy).toEqual([
      { field: 'version', ascending: true },
      { field: 'name', ascending: true },
    ]);
  });

  it.each([
    [{ filter: "source_path IN ('a')" }, /Invalid comparator/],
    [{ filter: "version_number = '1'" }, /numeric attribute/],
    [{ filter: 'version_number = 1.5' }, /numeric attribute/],
    [{ filter: "stage = 'None'" }, /Invalid attribute key 'stage'/],
    [{ maxResults: 200_001 }, /at most 200000/],
  ])('%o is INVALID_PARAMETER_VALUE', (input, message) => fails(() => modelVersionQuery(input), message));
});

describe('page tokens', () => {
  it("round-trip MLflow's base64 JSON offset", () => {
    expect(encodePageToken(20)).toBe(Buffer.from('{"offset":20}').toString('base64'));
    expect(decodePageToken(encodePageToken(20))).toBe(20);
    expect(decodePageToken(undefined)).toBe(0);
  });

  it.each(['%%%', Buffer.from('{"offset":-1}').toString('base64'), Buffer.from('[]').toString('base64')])('%s is refused', (token) =>
    fails(() => decodePageToken(token), /Invalid page token/),
  );
});
