import type { Readable } from 'node:stream';
import { artifactPathSegments } from './artifact-path';
import { ArtifactDownload, LocalArtifactStore, UploadLimits } from './artifact-store';
import { ownerArtifactPath } from './owner-path';

/** Where a run's or a logged model's artifacts live; throws NOT_FOUND for an unknown run or model. */
export interface ArtifactOwners {
  runArtifactUri(runId: string): Promise<string>;
  loggedModelArtifactLocation(modelId: string): Promise<string>;
}

/** MLflow's FileInfo: `path` relative to the owner's artifact root; `size` absent for directories. */
export interface OwnerArtifactFile {
  path: string;
  isDir: boolean;
  size?: number;
}

export interface OwnerArtifactListing {
  /** The owner's artifact URI, as MLflow's `root_uri`. */
  rootUri: string;
  files: OwnerArtifactFile[];
}

export type ArtifactOwner = { kind: 'run'; runId: string } | { kind: 'loggedModel'; modelId: string };

/**
 * Artifacts addressed by their owner (a run or a logged model) rather than by an `mlflow-artifacts` path: the MLflow
 * UI's routes and ListArtifacts. Protocol-neutral; the path is checked before the owner is looked up, and every read
 * or write still goes through `LocalArtifactStore`, whose own checks (symlinks included) apply.
 */
export class OwnerArtifacts {
  constructor(
    private readonly owners: ArtifactOwners,
    private readonly store: LocalArtifactStore,
  ) {}

  /** Direct children of `requested` (the owner's root when empty); a missing directory lists as empty. */
  async list(owner: ArtifactOwner, requested = ''): Promise<OwnerArtifactListing> {
    const { rootUri, target } = await this.locate(owner, requested);
    const entries = await this.store.list(target.stored);
    const prefix = target.withinOwner === '' ? '' : `${target.withinOwner}/`;
    return {
      rootUri,
      files: entries.map((entry) => ({ path: `${prefix}${entry.name}`, isDir: entry.isDir, size: entry.size })),
    };
  }

  async download(owner: ArtifactOwner, requested: string): Promise<ArtifactDownload> {
    const { target } = await this.locate(owner, requested);
    return this.store.get(target.stored);
  }

  /** Atomic: the file appears whole or not at all; `limits` are enforced while the body streams. */
  async upload(owner: ArtifactOwner, requested: string, body: Readable, limits: UploadLimits): Promise<void> {
    const { target } = await this.locate(owner, requested);
    await this.store.put(target.stored, body, limits);
  }

  private async locate(owner: ArtifactOwner, requested: string) {
    artifactPathSegments(requested); // a bad path is refused (400) before any lookup, as MLflow's handlers do
    const rootUri =
      owner.kind === 'run'
        ? await this.owners.runArtifactUri(owner.runId)
        : await this.owners.loggedModelArtifactLocation(owner.modelId);
    return { rootUri, target: ownerArtifactPath(rootUri, this.store.root, requested) };
  }
}
