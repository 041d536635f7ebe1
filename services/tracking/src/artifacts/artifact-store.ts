import { randomUUID } from 'node:crypto';
import { createWriteStream, type Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { NotFound } from '@cairn/contracts';
import { artifactPathSegments, invalidPath, isInside, resolveArtifactPath } from './artifact-path';
import { contentTypeFor } from './content-type';
import { checkDeclaredLength, enforceUploadLimits, UploadLimits } from './upload-limits';

export type { UploadLimits } from './upload-limits';

export interface ArtifactEntry {
  /** The entry's name inside the listed directory. */
  name: string;
  isDir: boolean;
  /** Bytes; absent for directories. */
  size?: number;
}

export interface ArtifactDownload {
  fileName: string;
  contentType: string;
  size: number;
  body: Readable;
}

/** In-progress uploads are hidden from listings; the prefix is ours, like MLflow's `_TEMP_ARTIFACT_PREFIX`. */
const UPLOAD_TEMP_PREFIX = '.cairn-upload-';

/**
 * Artifacts on local disk under one root, protocol-neutral: the REST controller (and later gRPC) only convert
 * payloads. Every path goes through `resolveArtifactPath` (lexical checks) and then a realpath check, so a
 * symlink planted inside the root cannot lead reads, writes or deletes outside it.
 */
export class LocalArtifactStore {
  private realRoot?: Promise<string>;

  constructor(readonly root: string) {}

  /**
   * Streams `body` to a temp file beside the target and renames it into place: a half upload is never visible.
   * With `limits`, a body breaking them is refused (INVALID_ARGUMENT) and leaves nothing behind.
   */
  async put(requested: string, body: Readable, limits?: UploadLimits): Promise<void> {
    // The body may fail (client gone) while we check paths, before pipeline listens: hold the error till then.
    let earlyError: unknown;
    const holdError = (error: unknown) => (earlyError ??= error);
    body.on('error', holdError);
    try {
      await this.putChecked(requested, body, limits, () => earlyError);
    } finally {
      body.off('error', holdError);
    }
  }

  private async putChecked(requested: string, body: Readable, limits: UploadLimits | undefined, earlyError: () => unknown) {
    const target = await this.target(requested, { allowRoot: false });
    if (limits) checkDeclaredLength(limits);
    const directory = path.dirname(target);
    await this.assertNearestExistingInside(directory, requested);
    await fs.mkdir(directory, { recursive: true }).catch((error: unknown) => {
      if (isErrno(error, 'EEXIST') || isErrno(error, 'ENOTDIR')) throw invalidPath(requested, 'a parent of this path is a file');
      throw error;
    });
    await this.assertRealInside(directory, requested);
    const existing = await lstatOrUndefined(target);
    if (existing?.isDirectory()) throw invalidPath(requested, 'a directory already exists at this path');

    if (earlyError() !== undefined) throw earlyError();
    const temp = path.join(directory, `${UPLOAD_TEMP_PREFIX}${randomUUID()}`);
    try {
      // 'wx': never reuse or follow an existing entry at the temp name.
      const file = createWriteStream(temp, { flags: 'wx', mode: 0o644 });
      await (limits ? pipeline(body, enforceUploadLimits(limits), file) : pipeline(body, file));
      await fs.rename(temp, target); // rename replaces a symlink itself, it never writes through one
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }

  async get(requested: string): Promise<ArtifactDownload> {
    const target = await this.target(requested, { allowRoot: true });
    const real = await this.realInsideOrNotFound(target, requested);
    const handle = await fs.open(real, 'r');
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) throw invalidPath(requested, 'the path refers to a directory, not a file');
      const fileName = path.basename(target);
      return { fileName, contentType: contentTypeFor(fileName), size: stats.size, body: handle.createReadStream() };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Direct children of a directory; a missing path or a file lists as empty, as MLflow's local store does. */
  async list(requested = ''): Promise<ArtifactEntry[]> {
    const target = await this.target(requested, { allowRoot: true });
    let real: string;
    try {
      real = await this.realInsideOrNotFound(target, requested);
    } catch (error) {
      if (error instanceof NotFound) return [];
      throw error;
    }
    let entries: Dirent[];
    try {
      entries = await fs.readdir(real, { withFileTypes: true });
    } catch (error) {
      if (isErrno(error, 'ENOTDIR') || isErrno(error, 'ENOENT')) return [];
      throw error;
    }
    const listed = await Promise.all(
      entries.filter((entry) => !entry.name.startsWith(UPLOAD_TEMP_PREFIX)).map((entry) => this.describe(real, entry)),
    );
    return listed.filter((entry): entry is ArtifactEntry => entry !== undefined).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Deletes a file or a whole directory; a missing path is not an error (MLflow's behaviour). */
  async delete(requested: string): Promise<void> {
    const target = await this.target(requested, { allowRoot: false });
    await this.assertNearestExistingInside(path.dirname(target), requested);
    const stats = await lstatOrUndefined(target);
    if (!stats) return;
    // A symlink is removed as a link, never followed; fs.rm does not follow links inside a directory either.
    await fs.rm(target, { recursive: stats.isDirectory(), force: true });
  }

  private async target(requested: string, options: { allowRoot: boolean }): Promise<string> {
    if (!options.allowRoot && artifactPathSegments(requested).length === 0) {
      throw invalidPath(requested, 'a file path is required');
    }
    await this.rootReal();
    return resolveArtifactPath(this.root, requested);
  }

  private rootReal(): Promise<string> {
    this.realRoot ??= fs.mkdir(this.root, { recursive: true }).then(() => fs.realpath(this.root));
    return this.realRoot;
  }

  private async assertRealInside(candidate: string, requested: string): Promise<string> {
    const real = await fs.realpath(candidate);
    if (!isInside(await this.rootReal(), real)) throw invalidPath(requested, 'resolves outside the artifact root');
    return real;
  }

  /** Before creating directories: the deepest part that exists already must really be inside the root. */
  private async assertNearestExistingInside(directory: string, requested: string): Promise<void> {
    let current = directory;
    for (;;) {
      try {
        await this.assertRealInside(current, requested);
        return;
      } catch (error) {
        if (isErrno(error, 'ENOTDIR')) throw invalidPath(requested, 'a parent of this path is a file');
        if (!isErrno(error, 'ENOENT') || current === path.dirname(current)) throw error;
        current = path.dirname(current);
      }
    }
  }

  private async realInsideOrNotFound(target: string, requested: string): Promise<string> {
    try {
      return await this.assertRealInside(target, requested);
    } catch (error) {
      if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) {
        throw new NotFound('ARTIFACTS.NOT_FOUND', `No artifact at '${requested}'`, { path: requested });
      }
      throw error;
    }
  }

  private async describe(directory: string, entry: Dirent): Promise<ArtifactEntry | undefined> {
    const full = path.join(directory, entry.name);
    if (entry.isSymbolicLink()) {
      // Links are listed only when they stay inside the root; others are invisible, as they are unreadable.
      const real = await fs.realpath(full).catch(() => undefined);
      if (!real || !isInside(await this.rootReal(), real)) return undefined;
    }
    const stats = await fs.stat(full).catch(() => undefined);
    if (!stats) return undefined;
    return stats.isDirectory() ? { name: entry.name, isDir: true } : { name: entry.name, isDir: false, size: stats.size };
  }
}


function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

async function lstatOrUndefined(target: string) {
  try {
    return await fs.lstat(target);
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return undefined;
    throw error;
  }
}
