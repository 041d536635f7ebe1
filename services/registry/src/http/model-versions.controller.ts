import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { RegistryService } from '../application/registry-service';
import { REGISTRY_SERVICE } from '../tokens';
import { HeaderSource } from '@cairn/platform';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import {
  bodyOrQuery,
  bool,
  int64,
  modelVersionJson,
  pageTokenJson,
  parseRequest,
  str,
  stringList,
  tagList,
  toTags,
  versionField,
} from './wire';

const Create = z.object({
  name: str.optional(),
  source: str.optional(),
  run_id: str.optional(),
  tags: tagList,
  run_link: str.optional(),
  description: str.optional(),
  model_id: str.optional(),
});
const Key = z.object({ name: str.optional(), version: versionField.optional() });
const Update = Key.extend({ description: str.optional() });
const Search = z.object({ filter: str.optional(), max_results: int64.optional(), order_by: stringList, page_token: str.optional() });
const SetTag = Key.extend({ key: str.optional(), value: str.optional() });
const DeleteTag = Key.extend({ key: str.optional() });
const Transition = Key.extend({ stage: str.optional(), archive_existing_versions: bool.optional() });

/** MLflow's model-version endpoints: parse, call the RegistryService, render; nothing else. */
@Controller(MLFLOW_PREFIXES)
export class ModelVersionsController {
  constructor(@Inject(REGISTRY_SERVICE) private readonly registry: RegistryService) {}

  @Post('model-versions/create')
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Create, body);
    const version = await this.registry.versions.create(
      {
        name: req.name,
        source: req.source,
        runId: req.run_id,
        modelId: req.model_id,
        runLink: req.run_link,
        description: req.description,
        tags: toTags(req.tags),
      },
      commandContext(request),
    );
    return { model_version: modelVersionJson(version) };
  }

  @Get('model-versions/get')
  async get(@Query() query: unknown) {
    const req = parseRequest(Key, query);
    return { model_version: modelVersionJson(await this.registry.versions.get(req.name, req.version)) };
  }

  @Patch('model-versions/update')
  async update(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Update, body);
    const version = await this.registry.versions.update(req.name, req.version, req.description, commandContext(request));
    return { model_version: modelVersionJson(version) };
  }

  @Delete('model-versions/delete')
  async delete(@Body() body: unknown, @Query() query: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Key, bodyOrQuery(body, query));
    await this.registry.versions.delete(req.name, req.version, commandContext(request));
    return {};
  }

  @Get('model-versions/search')
  async search(@Query() query: unknown) {
    const req = parseRequest(Search, query);
    const page = await this.registry.versions.search({
      filter: req.filter,
      maxResults: req.max_results,
      orderBy: req.order_by,
      pageToken: req.page_token,
    });
    return { model_versions: page.items.map(modelVersionJson), ...pageTokenJson(page.nextPageToken) };
  }

  @Get('model-versions/get-download-uri')
  async downloadUri(@Query() query: unknown) {
    const req = parseRequest(Key, query);
    return { artifact_uri: await this.registry.versions.downloadUri(req.name, req.version) };
  }

  @Post('model-versions/set-tag')
  @HttpCode(200)
  async setTag(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(SetTag, body);
    await this.registry.versions.setTag(req.name, req.version, { key: req.key, value: req.value }, commandContext(request));
    return {};
  }

  @Delete('model-versions/delete-tag')
  async deleteTag(@Body() body: unknown, @Query() query: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(DeleteTag, bodyOrQuery(body, query));
    await this.registry.versions.deleteTag(req.name, req.version, req.key, commandContext(request));
    return {};
  }

  /** A governed promotion: the answer comes after the decision (PERMISSION_DENIED with the reasons when denied). */
  @Post('model-versions/transition-stage')
  @HttpCode(200)
  async transition(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Transition, body);
    const version = await this.registry.promotions.transitionStage(
      req.name,
      req.version,
      req.stage,
      req.archive_existing_versions,
      commandContext(request),
    );
    return { model_version: modelVersionJson(version) };
  }
}
