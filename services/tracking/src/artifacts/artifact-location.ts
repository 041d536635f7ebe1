import * as path from 'node:path';
import { InvalidArgument } from '@cairn/contracts';
import { artifactPathSegments, decodeUntilStable, isInside } from './artifact-path';

/**
 * Validates an experiment's `artifact_location` (CVE-2024-1483: `http:///#/../../../etc/` let a later artifact
 * read escape the store). Accepted, returned in normal form:
 *   - `mlflow-artifacts:/a/b` (also `mlflow-artifacts:///a/b`) → `mlflow-artifacts:/a/b`; no host, because a
 *     host would send the client's uploads elsewhere;
 *   - an absolute local path or `file:///...` inside `root` → the same form, normalised.
 * Everything else (other schemes, relative or outside paths, `..`, `#`, `?`, `;`, encoded variants) throws
 * INVALID_ARGUMENT. Call it only for a non-empty location; an empty one means "use the default".
 */
export function validateArtifactLocation(location: string, root: string): string {
  const refuse = (reason: string) =>
    new InvalidArgument('ARTIFACTS.INVALID_LOCATION', `Invalid artifact_location '${location}': ${reason}`, {
      artifact_location: location,
    });
  const trimmed = location.trim();
  if (trimmed === '') throw refuse('must not be empty');
  // `?` and `#` are refused on the decoded text too: URL parsers split there and the rest escapes the checks.
  if (/[?#]/.test(decodeUntilStable(trimmed))) throw refuse("'?' and '#' are not allowed");

  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'mlflow-artifacts') {
    const rest = trimmed.slice(scheme.length + 1);
    if (rest.startsWith('//') && !rest.startsWith('///')) throw refuse('a host is not allowed in mlflow-artifacts:');
    const segments = segmentsOrRefuse(rest.replace(/^\/+/, ''), refuse);
    return `mlflow-artifacts:/${segments.join('/')}`;
  }
  if (scheme === 'file') {
    const rest = trimmed.slice('file:'.length);
    const match = /^\/\/(localhost)?(\/.*)$/i.exec(rest);
    if (!match) throw refuse('file: URIs must be file:///absolute/path');
    return `file://${localInsideRoot(match[2] ?? '/', root, refuse)}`;
  }
  if (scheme !== undefined && !/^[A-Za-z]$/.test(scheme)) throw refuse(`scheme '${scheme}:' is not allowed`);
  if (!trimmed.startsWith('/')) throw refuse('a local artifact location must be an absolute path');
  return localInsideRoot(trimmed, root, refuse);
}

function segmentsOrRefuse(relative: string, refuse: (reason: string) => InvalidArgument): string[] {
  try {
    return artifactPathSegments(relative);
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
}

function localInsideRoot(absolute: string, root: string, refuse: (reason: string) => InvalidArgument): string {
  const resolved = path.resolve('/', ...segmentsOrRefuse(absolute.replace(/^\/+/, ''), refuse));
  if (!isInside(path.resolve(root), resolved)) throw refuse('local paths must be inside the artifact root');
  return resolved;
}
