import * as path from 'node:path';
import { InvalidArgument } from '@cairn/contracts';
import { validateArtifactLocation } from './artifact-location';
import { artifactPathSegments } from './artifact-path';

/**
 * Pure mapping from an owner's artifact URI (a run's `artifact_uri`, a logged model's `artifact_location`) and a
 * client-supplied path below it to a path under CAIRN_ARTIFACT_ROOT, the form `LocalArtifactStore` takes.
 * `mlflow-artifacts:/a/b` is `<root>/a/b` (where the mlflow-artifacts proxy keeps it); a local path or
 * `file:///...` inside the root is itself. The requested path is checked on its own, before it is joined, so a
 * `..` that would stay inside the root but leave the owner (another run's artifacts) is refused too.
 */
export function ownerArtifactPath(ownerUri: string, root: string, requested: string): OwnerArtifactPath {
  const below = artifactPathSegments(requested); // throws ARTIFACTS.INVALID_PATH (400) for every traversal form
  return { stored: [...ownerRootSegments(ownerUri, root), ...below].join('/'), withinOwner: below.join('/') };
}

export interface OwnerArtifactPath {
  /** Root-relative, for `LocalArtifactStore`. */
  stored: string;
  /** Owner-relative and normalised (no empty segments), as MLflow names listed files. */
  withinOwner: string;
}

/** The root-relative segments an owner's artifact URI points at; a URI this server does not store is refused. */
export function ownerRootSegments(ownerUri: string, root: string): string[] {
  let normalised: string;
  try {
    normalised = validateArtifactLocation(ownerUri, root);
  } catch (error) {
    if (!(error instanceof InvalidArgument)) throw error;
    throw new InvalidArgument(
      'ARTIFACTS.UNSERVED_LOCATION',
      `Artifacts at '${ownerUri}' are not stored by this server (${error.message})`,
      { artifact_uri: ownerUri },
    );
  }
  if (normalised.startsWith('mlflow-artifacts:')) return normalised.slice('mlflow-artifacts:/'.length).split('/').filter(Boolean);
  const local = normalised.startsWith('file://') ? normalised.slice('file://'.length) : normalised;
  return path.relative(path.resolve(root), local).split(path.sep).filter(Boolean);
}
