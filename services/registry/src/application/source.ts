import { InvalidArgument } from '@cairn/contracts';

/**
 * A model version's `source`, checked before anything is looked up. Cairn registers only what lives in its own
 * artifact store, so a source must name a run's artifacts, an MLflow 3 logged model, another registered version,
 * or an `mlflow-artifacts:` path (which the caller then proves to lie inside the given run's or logged model's
 * artifacts). Everything else is INVALID_PARAMETER_VALUE before any lookup:
 * - CVE-2023-1177: a local path or `file://` URI would make the server read its own disk;
 * - CVE-2023-2356: `..` segments, also percent-encoded once or several times (`%2e%2e`, `%252e%252e`);
 * - CVE-2023-2780: `..` hidden behind other separators or forms (`\`, `//host`, NUL, `?`/`#` that URL parsers cut);
 * - any other scheme (http, s3, …) or a host in the URI: outside Cairn's store.
 */
export type ParsedSource =
  | { kind: 'run'; runId: string; path: string[] }
  | { kind: 'logged-model'; modelId: string }
  | { kind: 'registered'; name: string; version: number }
  | { kind: 'artifact'; path: string[] };

const MODEL_ID = /^m-[0-9a-f]{32}$/;
const RUN_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function invalidSource(source: string, why: string): InvalidArgument {
  return new InvalidArgument('REGISTRY.INVALID_SOURCE', `Invalid model version source: '${source}'. ${why}`, { source });
}

/** Percent-decodes until nothing changes, so a twice-encoded `..` is seen as one; malformed escapes are refused. */
function decodeFully(source: string): string {
  let current = source;
  for (let round = 0; round < 10; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      throw invalidSource(source, 'It contains a malformed percent-encoding.');
    }
    if (next === current) return current;
    current = next;
  }
  throw invalidSource(source, 'It is percent-encoded too many times.');
}

/** The path after `scheme:`, refusing a host (`scheme://host/...`); `scheme:///a` is the same as `scheme:/a`. */
function pathOf(source: string, rest: string): string[] {
  if (rest.startsWith('//') && !rest.startsWith('///')) {
    throw invalidSource(source, 'A host is not allowed: sources must be inside Cairn\'s artifact store.');
  }
  return rest.split('/').filter((segment) => segment !== '');
}

/** The source's shape, or INVALID_PARAMETER_VALUE naming why it cannot be inside Cairn's artifact store. */
export function parseSource(source: string): ParsedSource {
  const decoded = decodeFully(source);
  // Control characters (NUL included) and backslashes are path tricks; `?` and `#` make URL parsers drop the rest.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\?#]/.test(decoded)) {
    throw invalidSource(source, 'Control characters, backslashes, \'?\' and \'#\' are not allowed.');
  }
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(decoded)?.[1];
  if (!scheme || scheme.length === 1) {
    throw invalidSource(source, 'Local paths are not allowed: register a runs:/, models:/ or mlflow-artifacts:/ URI.');
  }
  const segments = pathOf(source, decoded.slice(scheme.length + 1));
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    throw invalidSource(source, 'Relative path references (. and ..) are not allowed; provide an absolute path.');
  }
  switch (scheme.toLowerCase()) {
    case 'runs': {
      const [runId, ...path] = segments;
      if (!runId || !RUN_ID.test(runId)) throw invalidSource(source, 'Expected runs:/<run_id>/<artifact path>.');
      return { kind: 'run', runId, path };
    }
    case 'models':
      return parseModelsUri(source, segments);
    case 'mlflow-artifacts':
      if (segments.length === 0) throw invalidSource(source, 'An mlflow-artifacts: source needs a path.');
      return { kind: 'artifact', path: segments };
    case 'file':
      throw invalidSource(source, 'Local file URIs are not allowed: register a runs:/, models:/ or mlflow-artifacts:/ URI.');
    default:
      throw invalidSource(source, `The scheme '${scheme}:' is outside Cairn's artifact store.`);
  }
}

/** `models:/m-<id>` (a logged model) or `models:/<name>/<version>` (an existing registered version, e.g. a copy). */
function parseModelsUri(source: string, segments: string[]): ParsedSource {
  if (segments.length === 1 && MODEL_ID.test(segments[0])) return { kind: 'logged-model', modelId: segments[0] };
  if (segments.length === 2 && /^\d+$/.test(segments[1])) {
    return { kind: 'registered', name: segments[0], version: Number(segments[1]) };
  }
  throw invalidSource(source, 'Expected models:/m-<model_id> or models:/<name>/<version>.');
}

/** Whether `path` lies at or under `root`, both `mlflow-artifacts:` URIs (compared segment by segment, decoded). */
export function isInsideArtifactRoot(path: readonly string[], root: string): boolean {
  const rootPath = artifactPath(root);
  return rootPath !== null && rootPath.length > 0 && rootPath.every((segment, i) => path[i] === segment);
}

/** The segments of an `mlflow-artifacts:` URI without a host, or null for anything else. */
export function artifactPath(uri: string): string[] | null {
  const match = /^mlflow-artifacts:(.*)$/i.exec(uri);
  if (!match || (match[1].startsWith('//') && !match[1].startsWith('///'))) return null;
  const segments = match[1].split('/').filter((segment) => segment !== '').map((segment) => decodeURIComponent(segment));
  return segments.some((segment) => segment === '..' || segment === '.') ? null : segments;
}

export const artifactUri = (segments: readonly string[]): string => `mlflow-artifacts:/${segments.join('/')}`;

/** `<root>/<path>` for a run's artifact URI and a path inside it. */
export const joinArtifactUri = (root: string, path: readonly string[]): string =>
  path.length === 0 ? root.replace(/\/+$/, '') : `${root.replace(/\/+$/, '')}/${path.join('/')}`;
