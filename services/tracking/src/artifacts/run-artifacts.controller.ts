import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidArgument } from '@cairn/contracts';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { z } from 'zod';
import { requireValue } from '../domain/validation';
import { MLFLOW_PREFIXES } from '../http/routes';
import { parseRequest, str } from '../http/wire';
import { ArtifactOwner, OwnerArtifacts } from './owner-artifacts';
import { fileInfoJson, sendArtifact } from './send-artifact';
import { shieldedUpload } from './upload-shield';

/** MLflow's limit on the UI's upload (upload_artifact_handler). */
export const UI_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const RunArtifactQuery = z.object({
  run_id: str.optional(),
  run_uuid: str.optional(),
  path: str.optional(),
  page_token: str.optional(),
});
type RunArtifactQuery = z.infer<typeof RunArtifactQuery>;

const runOf = (req: RunArtifactQuery): ArtifactOwner => ({
  kind: 'run',
  runId: requireValue(req.run_id || req.run_uuid, 'run_id'),
});

/**
 * A run's artifacts by run id, as older clients and the MLflow UI address them: ListArtifacts (both prefixes),
 * the UI's `/get-artifact` download and its `upload-artifact`. A local store lists everything at once, so
 * `page_token` is accepted and no `next_page_token` is ever sent, as MLflow's local repository does.
 */
@Controller()
export class RunArtifactsController {
  constructor(@Inject(OwnerArtifacts) private readonly artifacts: OwnerArtifacts) {}

  @Get(MLFLOW_PREFIXES.map((prefix) => `${prefix}/artifacts/list`))
  async list(@Query() query: unknown) {
    const req = parseRequest(RunArtifactQuery, query);
    const listing = await this.artifacts.list(runOf(req), req.path ?? '');
    return { root_uri: listing.rootUri, files: listing.files.map(fileInfoJson) };
  }

  @Get('get-artifact')
  async download(@Query() query: unknown, @Res() response: ServerResponse): Promise<void> {
    const req = parseRequest(RunArtifactQuery, query);
    const path = requireValue(req.path, 'path');
    await sendArtifact(response, await this.artifacts.download(runOf(req), path));
  }

  /** The body is the file, byte for byte (see upload-shield.ts); at most 10 MiB and not empty, as in MLflow. */
  @Post('ajax-api/2.0/mlflow/upload-artifact')
  @HttpCode(200)
  async upload(
    @Query() query: unknown,
    @Req() request: IncomingMessage,
    @Res({ passthrough: true }) response: ServerResponse,
  ): Promise<Record<string, never>> {
    const { declaredBytes } = shieldedUpload(request);
    try {
      const req = parseRequest(RunArtifactQuery, query);
      // MLflow's upload_artifact_handler words these two its own way.
      const runId = req.run_uuid || req.run_id;
      if (!runId) throw new InvalidArgument('ARTIFACTS.UPLOAD_RUN_MISSING', 'Request must specify run_uuid.');
      if (!req.path) throw new InvalidArgument('ARTIFACTS.UPLOAD_PATH_MISSING', 'Request must specify path.');
      const [owner, path] = [{ kind: 'run', runId } as const, req.path];
      await this.artifacts.upload(owner, path, request, { maxBytes: UI_UPLOAD_MAX_BYTES, nonEmpty: true, declaredBytes });
      return {};
    } catch (error) {
      // Refused before the body was read to its end: the connection cannot carry another request, so close it.
      if (!request.complete) response.setHeader('Connection', 'close');
      throw error;
    }
  }
}
