import { InvalidArgument } from '@cairn/contracts';
import { validateArtifactLocation } from './artifact-location';

const ROOT = '/srv/cairn/artifacts';

describe('validateArtifactLocation', () => {
  it.each([
    ['mlflow-artifacts:/1', 'mlflow-artifacts:/1'],
    ['mlflow-artifacts:///1/', 'mlflow-artifacts:/1'],
    ['mlflow-artifacts:/team//exp', 'mlflow-artifacts:/team/exp'],
    ['mlflow-artifacts:/', 'mlflow-artifacts:/'],
    ['/srv/cairn/artifacts/exp-1', '/srv/cairn/artifacts/exp-1'],
    ['/srv/cairn/artifacts', '/srv/cairn/artifacts'],
    ['file:///srv/cairn/artifacts/exp-1', 'file:///srv/cairn/artifacts/exp-1'],
    ['file://localhost/srv/cairn/artifacts/exp-1/', 'file:///srv/cairn/artifacts/exp-1'],
  ])('accepts %s as %s', (location, normalised) => {
    expect(validateArtifactLocation(location, ROOT)).toBe(normalised);
  });

  it.each([
    ['CVE-2024-1483 http:///#/../../', 'http:///#/../../../../../../etc/'],
    ['http URL', 'http://example.com/artifacts'],
    ['s3 bucket', 's3://bucket/prefix'],
    ['ftp', 'ftp://host/x'],
    ['mlflow-artifacts with a host', 'mlflow-artifacts://evil.example/1'],
    ['mlflow-artifacts with ..', 'mlflow-artifacts:/1/../../etc'],
    ['mlflow-artifacts with encoded ..', 'mlflow-artifacts:/%2e%2e/%2e%2e/etc'],
    ['mlflow-artifacts with double-encoded ..', 'mlflow-artifacts:/%252e%252e/etc'],
    ['mlflow-artifacts with #', 'mlflow-artifacts:/1#/../../etc'],
    ['mlflow-artifacts with ;', 'mlflow-artifacts:/1;/../etc'],
    ['query string', 'mlflow-artifacts:/1?x=/../../etc'],
    ['local path outside the root', '/etc'],
    ['sibling with the root as prefix', '/srv/cairn/artifacts-evil'],
    ['local path escaping with ..', '/srv/cairn/artifacts/../../../etc'],
    ['file URI outside the root', 'file:///etc/passwd'],
    ['file URI with a host', 'file://evil.example/srv/cairn/artifacts'],
    ['relative path', 'artifacts/exp'],
    ['backslash traversal', '/srv/cairn/artifacts/..\\..\\etc'],
    ['NUL byte', '/srv/cairn/artifacts/a%00b'],
    ['empty', '  '],
  ])('refuses %s', (_name, location) => {
    expect(() => validateArtifactLocation(location, ROOT)).toThrow(InvalidArgument);
  });

  it('the error carries a stable code and the location', () => {
    expect(() => validateArtifactLocation('http:///#/../../etc/', ROOT)).toThrow(
      expect.objectContaining({ code: 'ARTIFACTS.INVALID_LOCATION', context: { artifact_location: 'http:///#/../../etc/' } }),
    );
  });
});
