import { InvalidArgument } from '@cairn/contracts';
import { ownerArtifactPath, ownerRootSegments } from './owner-path';

const ROOT = '/srv/cairn/artifacts';
const RUN = 'mlflow-artifacts:/1/0123abcd/artifacts';

describe('ownerRootSegments', () => {
  it.each([
    [RUN, ['1', '0123abcd', 'artifacts']],
    ['mlflow-artifacts:///1/models/m-1/artifacts/', ['1', 'models', 'm-1', 'artifacts']],
    ['/srv/cairn/artifacts/team/run/artifacts', ['team', 'run', 'artifacts']],
    ['file:///srv/cairn/artifacts/team/run/artifacts', ['team', 'run', 'artifacts']],
    ['/srv/cairn/artifacts', []],
  ])('maps %s under the root as %j', (uri, segments) => {
    expect(ownerRootSegments(uri, ROOT)).toEqual(segments);
  });

  it.each([
    ['an object store', 's3://bucket/1/run/artifacts'],
    ['a local path outside the root', '/var/lib/mlflow/1/run/artifacts'],
    ['mlflow-artifacts with a host', 'mlflow-artifacts://elsewhere/1/run/artifacts'],
  ])('refuses %s: this server does not store it', (_name, uri) => {
    expect(() => ownerRootSegments(uri, ROOT)).toThrow(expect.objectContaining({ code: 'ARTIFACTS.UNSERVED_LOCATION' }));
  });
});

describe('ownerArtifactPath', () => {
  it("joins the owner's root and the requested path, normalising slashes", () => {
    expect(ownerArtifactPath(RUN, ROOT, 'model//MLmodel')).toEqual({ stored: '1/0123abcd/artifacts/model/MLmodel', withinOwner: 'model/MLmodel' });
    expect(ownerArtifactPath(RUN, ROOT, '')).toEqual({ stored: '1/0123abcd/artifacts', withinOwner: '' });
  });

  it.each([
    ['.. into a sibling run (still inside the root)', '../../ffff/artifacts/secret.txt'],
    ['encoded ..', '%2e%2e/%2e%2e/ffff'],
    ['double-encoded ..', '%252e%252e%252fffff'],
    ['backslash', '..\\ffff'],
    ['absolute', '/etc/passwd'],
    ['fragment', 'a#/../../ffff'],
  ])('refuses %s before joining, with INVALID_ARGUMENT', (_name, requested) => {
    expect(() => ownerArtifactPath(RUN, ROOT, requested)).toThrow(InvalidArgument);
  });
});
