import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidArgument } from '@cairn/contracts';
import { Controller, Delete, Get, HttpCode, HttpException, Inject, Post, Put, Query, Req, Res } from '@nestjs/common';
import { LocalArtifactStore } from './artifact-store';
import { artifactPathSegments } from './artifact-path';
import { fileInfoJson, sendArtifact } from './send-artifact';

/** MLflow registers every route under both prefixes (`_get_paths`): the client uses /api, the UI /ajax-api. */
const PREFIXES = ['api/2.0/mlflow-artifacts', 'ajax-api/2.0/mlflow-artifacts'];
const routes = (suffix: string) => PREFIXES.map((prefix) => `${prefix}/${suffix}`);

type Request = IncomingMessage & { originalUrl: string };

/**
 * MLflow's `mlflow-artifacts` REST API (mlflow/protos/mlflow_artifacts.proto) over `LocalArtifactStore`.
 * Paths are taken from the raw, still-encoded URL rather than Express's decoded params, so the store's checks
 * see exactly what the client sent (`%252e%252e` included).
 */
@Controller()
export class ArtifactsController {
  constructor(@Inject(LocalArtifactStore) private readonly store: LocalArtifactStore) {}

  @Put(routes('artifacts/*path'))
  async upload(@Req() request: Request): Promise<Record<string, never>> {
    // The Nest JSON/urlencoded parsers must not have read an upload (see upload-shield.ts); fail loudly if they did.
    if (request.readableEnded) throw new Error('artifact upload body was consumed before the handler');
    await this.store.put(rawPathAfter(request, '/artifacts/'), request);
    return {};
  }

  @Get(routes('artifacts/*path'))
  async download(@Req() request: Request, @Res() response: ServerResponse): Promise<void> {
    await sendArtifact(response, await this.store.get(rawPathAfter(request, '/artifacts/')));
  }

  @Get(routes('artifacts'))
  async list(@Query('path') path: unknown): Promise<{ files: Array<Record<string, unknown>> }> {
    if (path !== undefined && typeof path !== 'string') {
      throw new InvalidArgument('ARTIFACTS.INVALID_PATH', "Query parameter 'path' must be a single string");
    }
    const entries = await this.store.list(path ?? '');
    return { files: entries.map((entry) => fileInfoJson({ ...entry, path: entry.name })) };
  }

  @Delete(routes('artifacts/*path'))
  async remove(@Req() request: Request): Promise<Record<string, never>> {
    await this.store.delete(rawPathAfter(request, '/artifacts/'));
    return {};
  }

  /** Multipart and presigned transfers need an object store; MLflow answers 501 for a local one, and so do we. */
  @Post([...routes('mpu/create/*path'), ...routes('mpu/complete/*path'), ...routes('mpu/abort/*path')])
  @HttpCode(501)
  multipart(@Req() request: Request): never {
    artifactPathSegments(rawPathAfter(request, '/mpu/', 1));
    throw new HttpException('Multipart upload is not supported for the current artifact repository', 501);
  }

  @Get(routes('presigned/*path'))
  presigned(@Req() request: Request): never {
    artifactPathSegments(rawPathAfter(request, '/presigned/'));
    throw new HttpException('Presigned download is not supported for the current artifact repository', 501);
  }
}

/**
 * The raw (percent-encoded) path after `marker` in the request URL, query removed. `skipSegments` drops leading
 * segments after the marker (the `create`/`complete`/`abort` verb of multipart routes).
 */
function rawPathAfter(request: Request, marker: string, skipSegments = 0): string {
  const pathname = request.originalUrl.split('?', 1)[0] ?? '';
  const start = pathname.indexOf(`/mlflow-artifacts${marker}`);
  let rest = pathname.slice(start + '/mlflow-artifacts'.length + marker.length);
  for (let i = 0; i < skipSegments; i += 1) rest = rest.slice(rest.indexOf('/') + 1);
  return rest;
}
