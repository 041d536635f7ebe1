import * as path from 'node:path';
import { InvalidArgument } from '@cairn/contracts';

/**
 * Pure path checks for artifact requests. MLflow's path-traversal CVEs are the regression list:
 * CVE-2023-2780 (backslash `..\`), CVE-2023-6909 / CVE-2024-3848 (`#` fragment), CVE-2024-1593 (`;` path
 * parameter), CVE-2024-1560 (encoded `%2e%2e`, double-encoded `%252e%252e`). Nothing here touches the disk;
 * the symlink check lives in the store, which must look at the disk.
 */

/** More rounds than any legitimate client sends; an input still changing after this is refused. */
const MAX_DECODE_ROUNDS = 8;

/** Begins as MLflow's "Invalid path", then says which path and why. */
export function invalidPath(requested: string, reason: string): InvalidArgument {
  return new InvalidArgument('ARTIFACTS.INVALID_PATH', `Invalid path '${requested}': ${reason}`, {
    path: requested,
  });
}

/**
 * Percent-decodes until the value stops changing, so `%252e%252e` is judged as `..`. A malformed escape
 * (`50%off.txt`) ends decoding and the text is taken literally, as MLflow's client sends it.
 */
export function decodeUntilStable(value: string): string {
  let current = value;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  throw invalidPath(value, 'too many levels of percent-encoding');
}

/**
 * Validates a client-supplied artifact path and returns its segments (empty for the root). Refuses, after
 * decoding: NUL and other control characters, backslashes, `#`, `;`, absolute or drive-letter paths, and any
 * `.` or `..` segment. Empty segments from doubled or trailing slashes are dropped, as MLflow's normpath does.
 */
export function artifactPathSegments(requested: string): string[] {
  const decoded = decodeUntilStable(requested);
  // Control characters (NUL truncates paths in C libraries) and `\` (a separator on Windows) never belong in a name.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) throw invalidPath(requested, 'control characters are not allowed');
  if (decoded.includes('\\')) throw invalidPath(requested, 'backslashes are not allowed');
  // `#` and `;` are where URL parsers split off a fragment or path parameters, the trick behind several CVEs.
  if (decoded.includes('#')) throw invalidPath(requested, "'#' is not allowed");
  if (decoded.includes(';')) throw invalidPath(requested, "';' is not allowed");
  if (decoded.startsWith('/')) throw invalidPath(requested, 'absolute paths are not allowed');
  if (/^[A-Za-z]:/.test(decoded)) throw invalidPath(requested, 'drive-letter paths are not allowed');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(decoded) || /^file:/i.test(decoded)) {
    throw invalidPath(requested, 'URIs are not allowed');
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    throw invalidPath(requested, "'.' and '..' segments are not allowed");
  }
  return segments;
}

/**
 * Maps a requested artifact path onto the artifact root: an absolute path that is `root` itself (for an empty
 * request) or strictly inside it. Throws INVALID_ARGUMENT (HTTP 400 INVALID_PARAMETER_VALUE) otherwise.
 */
export function resolveArtifactPath(root: string, requestedPath: string): string {
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...artifactPathSegments(requestedPath));
  // Belt and braces: the segment rules already exclude escapes, this checks the outcome itself.
  if (!isInside(base, resolved)) throw invalidPath(requestedPath, 'resolves outside the artifact root');
  return resolved;
}

/** True when `candidate` is `base` or below it (both absolute and normalised). */
export function isInside(base: string, candidate: string): boolean {
  const relative = path.relative(base, candidate);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
