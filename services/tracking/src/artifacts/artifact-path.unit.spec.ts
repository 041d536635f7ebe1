import * as path from 'node:path';
import { InvalidArgument } from '@cairn/contracts';
import { artifactPathSegments, decodeUntilStable, isInside, resolveArtifactPath } from './artifact-path';

const ROOT = '/srv/cairn/artifacts';

/** Each MLflow path-traversal CVE, with the encodings that bypassed earlier fixes. */
const TRAVERSAL_ATTACKS: ReadonlyArray<readonly [string, string]> = [
  ['plain ..', '../../etc/passwd'],
  ['.. after a valid prefix', '1/abc/artifacts/../../../../etc/passwd'],
  ['lone ..', '..'],
  ['. segment', './a'],
  ['CVE-2023-2780 backslash ..\\', '..\\..\\etc\\passwd'],
  ['CVE-2023-2780 \\..\\ in the middle', 'a\\..\\..\\..\\etc\\passwd'],
  ['CVE-2023-2780 mixed separators', 'a/..\\../etc/passwd'],
  ['CVE-2023-2780 encoded backslash %5c', '..%5c..%5cetc%5cpasswd'],
  ['absolute path', '/etc/passwd'],
  ['encoded absolute path %2f', '%2fetc%2fpasswd'],
  ['windows drive', 'C:/Windows/win.ini'],
  ['file: URI', 'file:///etc/passwd'],
  ['CVE-2024-1560 %2e%2e', '%2e%2e/%2e%2e/etc/passwd'],
  ['CVE-2024-1560 upper-case %2E%2E', '%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
  ['CVE-2024-1560 double-encoded %252e%252e', '%252e%252e/%252e%252e/etc/passwd'],
  ['triple-encoded', '%25252e%25252e%25252fetc'],
  ['NUL byte', 'model.pkl\u0000.txt'],
  ['encoded NUL %00', 'model.pkl%00.txt'],
  ['CVE-2023-6909 fragment #', 'a/#/../../../etc/passwd'],
  ['CVE-2024-3848 encoded fragment %23', 'a%23/../../etc/passwd'],
  ['CVE-2024-1593 ; path parameter', 'a;/../../etc/passwd'],
  ['CVE-2024-1593 encoded ; %3b', 'a%3b/..%2f..%2fetc'],
];

describe('resolveArtifactPath', () => {
  it.each(TRAVERSAL_ATTACKS)('refuses %s with INVALID_ARGUMENT', (_name, attack) => {
    expect(() => resolveArtifactPath(ROOT, attack)).toThrow(InvalidArgument);
  });

  it('maps a nested relative path under the root', () => {
    expect(resolveArtifactPath(ROOT, 'run1/artifacts/model/MLmodel')).toBe(path.join(ROOT, 'run1/artifacts/model/MLmodel'));
  });

  it('decodes until stable, so single- and double-encoded spaces both work', () => {
    expect(resolveArtifactPath(ROOT, 'a%20b/c%2520d.txt')).toBe(path.join(ROOT, 'a b/c d.txt'));
  });

  it('drops empty segments from doubled and trailing slashes', () => {
    expect(resolveArtifactPath(ROOT, 'a//b/')).toBe(path.join(ROOT, 'a/b'));
  });

  it('maps the empty path to the root itself', () => {
    expect(resolveArtifactPath(ROOT, '')).toBe(ROOT);
  });

  it('keeps names that merely contain dots', () => {
    expect(resolveArtifactPath(ROOT, '..data/v1..2/.hidden')).toBe(path.join(ROOT, '..data/v1..2/.hidden'));
  });

  it('takes a malformed escape literally', () => {
    expect(artifactPathSegments('50%off.txt')).toEqual(['50%off.txt']);
  });

  it('the error names the path and maps to HTTP 400', () => {
    try {
      resolveArtifactPath(ROOT, '../x');
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).code).toBe('ARTIFACTS.INVALID_PATH');
      expect((error as InvalidArgument).message).toContain('../x');
    }
  });
});

describe('decodeUntilStable', () => {
  it('unwraps nested encodings', () => {
    expect(decodeUntilStable('%25252e')).toBe('.');
  });

  it('refuses encodings nested deeper than any client sends', () => {
    expect(() => decodeUntilStable(`${'%25'.repeat(1)}${'25'.repeat(12)}2e`)).toThrow(InvalidArgument);
  });
});

describe('isInside', () => {
  it('is true for the base and below, false for siblings sharing a prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/..c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
  });
});
