import { InvalidArgument } from '@cairn/contracts';
import {
  canonicalStage,
  normpath,
  parseVersion,
  validateAlias,
  validateArchiveExisting,
  validateDescription,
  validateModelName,
  validateSource,
  validateTag,
  validateTagKey,
  validateTags,
} from './validation';

const expectInvalid = (run: () => unknown, message: RegExp | string, code?: string) => {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidArgument);
  expect((thrown as Error).message).toMatch(message);
  if (code) expect(thrown).toHaveProperty('code', code);
};

describe('registered model names', () => {
  it('accept any non-empty name within 256 characters, slashes and dashes included', () => {
    expect(validateModelName('fraud-detector/v2 (eu)')).toBe('fraud-detector/v2 (eu)');
    expect(validateModelName('m'.repeat(256))).toHaveLength(256);
  });
  it("refuse an empty name with MLflow's missing-parameter message", () =>
    expectInvalid(
      () => validateModelName(''),
      "Missing value for required parameter 'name'.",
      'REGISTRY.MISSING_PARAMETER',
    ));
  it('name the new_name parameter on rename', () =>
    expectInvalid(() => validateModelName(undefined, 'new_name'), "Missing value for required parameter 'new_name'."));
  it('refuse a name longer than 256 characters', () =>
    expectInvalid(
      () => validateModelName('m'.repeat(257)),
      "'name' exceeds the maximum length of 256 characters",
      'REGISTRY.INVALID_MODEL_NAME',
    ));
});

describe('versions', () => {
  it.each([
    ['3', 3],
    [3, 3],
    [' 7 ', 7],
  ])('parse %p as %p', (raw, expected) => expect(parseVersion(raw)).toBe(expected));
  it.each(['abc', '1.5', '1e3'])("refuse %p with MLflow's integer message", (raw) =>
    expectInvalid(
      () => parseVersion(raw),
      `Parameter 'version' must be an integer, got '${raw}'.`,
      'REGISTRY.INVALID_VERSION',
    ),
  );
  it('refuse a missing version', () =>
    expectInvalid(() => parseVersion(undefined), "Missing value for required parameter 'version'."));
});

describe('tags', () => {
  it("accept MLflow's key characters, unicode letters included", () => {
    expect(validateTag({ key: 'team/owner: name_1.x-y', value: 'ml' })).toEqual({
      key: 'team/owner: name_1.x-y',
      value: 'ml',
    });
    expect(validateTagKey('équipe')).toBe('équipe');
  });
  it('refuse other characters', () =>
    expectInvalid(
      () => validateTagKey('bad!'),
      `Invalid value "bad!" for parameter 'key' supplied: Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon(:) and slashes (/).`,
      'REGISTRY.INVALID_TAG',
    ));
  it.each([
    ['../etc', "This name would resolve to '../etc'"],
    ['/abs', "This name would resolve to '/abs'"],
    ['a//b', "This name would resolve to 'a/b'"],
    ['', "This name would resolve to '.'"],
  ])('refuse the path-like key %p', (key, message) => expectInvalid(() => validateTagKey(key), message));
  it('refuse a key over 250 and a value over 5000 characters', () => {
    expectInvalid(() => validateTagKey('k'.repeat(251)), "'key' exceeds the maximum length of 250 characters");
    expectInvalid(
      () => validateTag({ key: 'k', value: 'v'.repeat(5001) }),
      "'value' exceeds the maximum length of 5000 characters",
    );
    expect(validateTag({ key: 'k'.repeat(250), value: 'v'.repeat(5000) }).key).toHaveLength(250);
  });
  it('refuse a missing value', () =>
    expectInvalid(() => validateTag({ key: 'k', value: undefined as unknown as string }), 'Tag value cannot be None'));
  it('keep the last value of a key given twice', () =>
    expect(
      validateTags([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
        { key: 'a', value: '3' },
      ]),
    ).toEqual([
      { key: 'b', value: '2' },
      { key: 'a', value: '3' },
    ]));
});

describe('normpath (Python posixpath.normpath)', () => {
  it.each([
    ['a/./b/', 'a/b'],
    ['a/../../b', '../b'],
    ['/../a', '/a'],
    ['//a', '//a'],
    ['///a', '/a'],
    ['a/..', '.'],
  ])('%p → %p', (path, expected) => expect(normpath(path)).toBe(expected));
});

describe('descriptions and sources', () => {
  it('accept a description of 5000 characters and refuse a longer one', () => {
    expect(validateDescription('d'.repeat(5000))).toHaveLength(5000);
    expectInvalid(
      () => validateDescription('d'.repeat(5001)),
      "'description' exceeds the maximum length of 5000 characters",
      'REGISTRY.INVALID_DESCRIPTION',
    );
  });
  it('require a source', () =>
    expectInvalid(() => validateSource(''), "Missing value for required parameter 'source'."));
});

describe('aliases (MLflow _validate_model_alias_name)', () => {
  it.each(['champion', 'challenger-2', 'blue_green', 'v1x', 'version1'])('accept %p', (alias) =>
    expect(validateAlias(alias)).toBe(alias),
  );
  it.each([
    ['empty', '', 'Registered model alias name cannot be empty.'],
    [
      'a space',
      'has space',
      "Invalid alias name: 'has space'. Names may only contain alphanumerics, underscores (_), and dashes (-).",
    ],
    ['a period', 'a.b', "Invalid alias name: 'a.b'."],
    ['latest', 'latest', "'latest' alias name (case insensitive) is reserved."],
    ['LaTeSt', 'LaTeSt', "'latest' alias name (case insensitive) is reserved."],
    ['v1', 'v1', "Version alias name 'v1' is reserved."],
    ['V42', 'V42', "Version alias name 'V42' is reserved."],
    ['256 characters', 'a'.repeat(256), "'Registered model alias name' exceeds the maximum length of 255 characters"],
  ])('refuse %s', (_label, alias, message) =>
    expectInvalid(() => validateAlias(alias), message, 'REGISTRY.INVALID_ALIAS'),
  );
});

describe('stages', () => {
  it.each([
    ['production', 'Production'],
    ['STAGING', 'Staging'],
    ['none', 'None'],
    ['Archived', 'Archived'],
  ])('canonicalise %p to %p', (stage, expected) => expect(canonicalStage(stage)).toBe(expected));
  it("refuse an unknown stage with MLflow's message", () =>
    expectInvalid(() => canonicalStage('prod'), 'Invalid Model Version stage prod.', 'REGISTRY.INVALID_STAGE'));
  it('allow archive-existing only with an active stage', () => {
    expect(() => validateArchiveExisting('Production', true)).not.toThrow();
    expect(() => validateArchiveExisting('Archived', false)).not.toThrow();
    expectInvalid(
      () => validateArchiveExisting('Archived', true),
      "Model version transition cannot archive existing model versions because 'Archived' is not an Active stage. Valid stages are ['Staging', 'Production']",
      'REGISTRY.INVALID_ARCHIVE_EXISTING',
    );
  });
});
