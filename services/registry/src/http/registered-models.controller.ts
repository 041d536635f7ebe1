import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { RegistryService } from '../application/registry-service';
import { REGISTRY_SERVICE } from '../tokens';
import { HeaderSource } from '@cairn/platform';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import {
  bodyOrQuery,
  int64,
  modelVersionJson,
  pageTokenJson,
  parseRequest,
  registeredModelJson,
  str,
  stringList,
  tagList,
  toTags,
} from './wire';

const Create = z.object({ name: str.optional(), tags: tagList, description: str.optional() });
const Name = z.object({ name: str.optional() });
const Rename = z.object({ name: str.optional(), new_name: str.optional() });
const Update = z.object({ name: str.optional(), description: str.optional() });
const Search = z.object({ filter: str.optional(), max_results: int64.optional(), order_by: stringList, page_token: str.optional() });
const Latest = z.object({ name: str.optional(), stages: stringList });
const SetTag = z.object({ name: str.optional(), key: str.optional(), value: str.optional() });
const DeleteTag = z.object({ name: str.optional(), key: str.optional() });

/** MLflow's registered-model endpoints: parse, call the RegistryService, render; nothing else. */
@Controller(MLFLOW_PREFIXES)
export class RegisteredModelsController {
  constructor(@Inject(REGISTRY_SERVICE) private readonly registry: RegistryService) {}

  @Post('registered-models/create')
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Create, body);
    const model = await this.registry.models.create(
      { name: req.name, description: req.description, tags: toTags(req.tags) },
      commandContext(request),
    );
    return { registered_model: registeredModelJson(model) };
  }

  @Get('registered-models/get')
  async get(@Query() query: unknown) {
    return { registered_model: registeredModelJson(await this.registry.models.get(parseRequest(Name, query).name)) };
  }

  @Get('registered-models/search')
  async search(@Query() query: unknown) {
    const req = parseRequest(Search, query);
    const page = await this.registry.models.search({
      filter: req.filter,
      maxResults: req.max_results,
      orderBy: req.order_by,
      pageToken: req.page_token,
    });
    return { registered_models: page.items.map(registeredModelJson), ...pageTokenJson(page.nextPageToken) };
  }

  @Post('registered-models/rename')
  @HttpCode(200)
  async rename(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Rename, body);
    const model = await this.registry.models.rename(req.name, req.new_name, commandContext(request));
    return { registered_model: registeredModelJson(model) };
  }

  @Patch('registered-models/update')
  async update(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Update, body);
    const model = await this.registry.models.update(req.name, req.description, commandContext(request));
    return { registered_model: registeredModelJson(model) };
  }

  @Delete('registered-models/delete')
  async delete(@Body() body: unknown, @Query() query: unknown, @Req() request: HeaderSource) {
    await this.registry.models.delete(parseRequest(Name, bodyOrQuery(body, query)).name, commandContext(request));
    return {};
  }

  @Get('registered-models/get-latest-versions')
  async latestGet(@Query() query: unknown) {
    return this.latest(query);
  }

  @Post('registered-models/get-latest-versions')
  @HttpCode(200)
  async latest(@Body() body: unknown) {
    const req = parseRequest(Latest, body);
    const versions = await this.registry.models.latestVersions(req.name, req.stages);
    return { model_versions: versions.map(modelVersionJson) };
  }

  @Post('registered-models/set-tag')
  @HttpCode(200)
  async setTag(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(SetTag, body);
    await this.registry.models.setTag(req.name, { key: req.key, value: req.value }, commandContext(request));
    return {};
  }

  @Delete('registered-models/delete-tag')
  async deleteTag(@Body() body: unknown, @Query() query: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(DeleteTag, bodyOrQuery(body, query));
    await this.registry.models.deleteTag(req.name, req.key, commandContext(request));
    return {};
  }
}
