import { InvalidArgument } from '@cairn/contracts';
import { artifactPath, isInsideArtifactRoot, parseSource } from './source';

const RUN = 'a'.repeat(32);
const MODEL = `m-${'b'.repeat(32)}`;

describe('a model version source', () => {
  describe('that names something inside Cairn\'s artifact store', () => {
    it.each([
      [`runs:/${RUN}/model`, { kind: 'run', runId: RUN, path: ['model'] }],
      [`runs:/${RUN}`, { kind: 'run', runId: RUN, path: [] }],
      [`runs:///${RUN}/nested/model`, { kind: 'run', runId: RUN, path: ['nested', 'model'] }],
      [`models:/${MODEL}`, { kind: 'logged-model', modelId: MODEL }],
      ['models:/fraud/3', { kind: 'registered', name: 'fraud', version: 3 }],
      ['mlflow-artifacts:/1/models/m-x/artifacts', { kind: 'artifact', path: ['1', 'models', 'm-x', 'artifacts'] }],
      ['mlflow-artifacts:///1/r/artifacts/model', { kind: 'artifact', path: ['1', 'r', 'artifacts', 'model'] }],
      ['mlflow-artifacts:/1/r/artifacts/my%20model', { kind: 'artifact', path: ['1', 'r', 'artifacts', 'my model'] }],
    ])('%s is accepted as %o', (source, parsed) => expect(parseSource(source)).toEqual(parsed));
  });

  // Each form below reached files outside the artifact store in an MLflow release (or is a variant of one).
  describe.each([
    ['CVE-2023-1177: a local path or file URI (the server would read its own disk)', [
      '/etc/passwd',
      'relative/model',
      'file:///etc/passwd',
      'FILE:///etc/passwd',
      'file://localhost/etc/passwd',
      'file:/etc/passwd',
      'C:\\Windows\\win.ini',
      'c:/Windows/win.ini',
    ]],
    ['CVE-2023-2356: relative references, plain or percent-encoded once or more', [
      '../../../etc/passwd',
      'mlflow-artifacts:/1/r/artifacts/../../../../etc',
      'mlflow-artifacts:/1/r/artifacts/%2e%2e/%2e%2e/etc',
      'mlflow-artifacts:/1/r/artifacts/%2E%2E%2F%2E%2E%2Fetc',
      'mlflow-artifacts:/1/r/artifacts/%252e%252e/%252e%252e/etc',
      'mlflow-artifacts:/1/r/artifacts/%25252e%25252e/etc',
      `runs:/${RUN}/../../${'c'.repeat(32)}/artifacts`,
      `runs:/${RUN}/..%2f..%2fother`,
      `runs:/${RUN}/./model`,
      'models:/fraud/../other/1',
    ]],
    ['CVE-2023-2780: other separators, hosts and forms that slip past a naive ".." check', [
      'mlflow-artifacts:/1/r/artifacts/..\\..\\etc',
      'mlflow-artifacts:/1/r/artifacts/%5c..%5c..%5cetc',
      'mlflow-artifacts:/1/r/artifacts/model%00.txt',
      'mlflow-artifacts:/1/r/artifacts/model\u0000',
      'mlflow-artifacts:/1/r/artifacts/x?y=/../../etc',
      'mlflow-artifacts:/1/r/artifacts/x#/../../etc',
      'mlflow-artifacts://evil.example/1/r/artifacts',
      'mlflow-artifacts://127.0.0.1:5000/../../etc',
      `runs://evil.example/${RUN}/model`,
      'models://evil.example/fraud/1',
      'mlflow-artifacts:/1/r/artifacts/%zz',
    ]],
    ['outside the store: other schemes', [
      'http://evil.example/api/2.0/mlflow-artifacts/artifacts/../../etc',
      'https://evil.example/model',
      's3://someone-elses-bucket/model',
      'gs://bucket/model',
      'hdfs://namenode/model',
      'dbfs:/databricks/model',
      'ftp://host/model',
    ]],
    ['malformed registry URIs', ['models:/fraud', 'models:/m-short', 'models:/fraud/latest', 'runs:/', 'mlflow-artifacts:/', 'mlflow-artifacts:']],
  ])('%s', (_, sources) => {
    it.each(sources)('%s is INVALID_PARAMETER_VALUE before any lookup', (source) => {
      let thrown: unknown;
      try {
        parseSource(source);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidArgument);
      expect(thrown).toMatchObject({ code: 'REGISTRY.INVALID_SOURCE' });
      expect((thrown as Error).message).toMatch(/^Invalid model version source: '/);
    });
  });
});

describe('an mlflow-artifacts path and an artifact root', () => {
  const root = `mlflow-artifacts:/1/${RUN}/artifacts`;

  it('the root itself and paths under it are inside', () => {
    expect(isInsideArtifactRoot(['1', RUN, 'artifacts'], root)).toBe(true);
    expect(isInsideArtifactRoot(['1', RUN, 'artifacts', 'model'], root)).toBe(true);
  });

  it('a sibling run, a prefix of a segment and a parent are outside', () => {
    expect(isInsideArtifactRoot(['1', 'c'.repeat(32), 'artifacts', 'model'], root)).toBe(false);
    expect(isInsideArtifactRoot(['1', RUN, 'artifacts-other', 'model'], root)).toBe(false);
    expect(isInsideArtifactRoot(['1', RUN], root)).toBe(false);
  });

  it('a root that is not an mlflow-artifacts URI without a host contains nothing', () => {
    expect(isInsideArtifactRoot(['etc'], 'file:///')).toBe(false);
    expect(isInsideArtifactRoot(['1'], 'mlflow-artifacts://host/1')).toBe(false);
    expect(artifactPath('mlflow-artifacts:/')).toEqual([]);
    expect(isInsideArtifactRoot(['1'], 'mlflow-artifacts:/')).toBe(false);
  });
});
