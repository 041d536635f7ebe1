import type { ServerResponse } from 'node:http';
import { InvalidArgument } from '@cairn/contracts';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { z } from 'zod';
import { MLFLOW_PREFIXES } from '../http/routes';
import { parseRequest, str } from '../http/wire';
import { OwnerArtifacts } from './owner-artifacts';
import { fileInfoJson, sendArtifact } from './send-artifact';

const FileQuery = z.object({ artifact_file_path: str.optional() });
const DirectoryQuery = z.object({ artifact_directory_path: str.optional() });

/**
 * MLflow 3's logged-model artifact routes the UI browses: ListLoggedModelArtifacts (both prefixes) and the
 * `/ajax-api`-only file download, relative to the model's `artifact_location`.
 */
@Controller()
export class LoggedModelArtifactsController {
  constructor(@Inject(OwnerArtifacts) private readonly artifacts: OwnerArtifacts) {}

  @Get(MLFLOW_PREFIXES.map((prefix) => `${prefix}/logged-models/:model_id/artifacts/directories`))
  async directory(@Param('model_id') modelId: string, @Query() query: unknown) {
    const req = parseRequest(DirectoryQuery, query);
    const listing = await this.artifacts.list({ kind: 'loggedModel', modelId }, req.artifact_directory_path ?? '');
    return { root_uri: listing.rootUri, files: listing.files.map(fileInfoJson) };
  }

  @Get('ajax-api/2.0/mlflow/logged-models/:model_id/artifacts/files')
  async file(@Param('model_id') modelId: string, @Query() query: unknown, @Res() response: ServerResponse): Promise<void> {
    const path = parseRequest(FileQuery, query).artifact_file_path;
    if (!path) {
      throw new InvalidArgument('ARTIFACTS.MISSING_PATH', 'Request must include the "artifact_file_path" query parameter.');
    }
    await sendArtifact(response, await this.artifacts.download({ kind: 'loggedModel', modelId }, path));
  }
}
