import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { LoggedModelsStore } from '../application/logged-models-store';
import { LOGGED_MODELS_STORE } from '../tokens';
import { commandContext } from './command-context';
import { loggedModelJson, modelStatus } from './logged-model-wire';
import { MLFLOW_PREFIXES } from './routes';
import { int64, pageTokenJson, parseRequest, str, stringList, tagList, toTags } from './wire';

type Request = Parameters<typeof commandContext>[0];

const CreateLoggedModel = z.object({
  experiment_id: str.optional(),
  name: str.optional(),
  model_type: str.optional(),
  source_run_id: str.optional(),
  params: tagList,
  tags: tagList,
});
const Finalize = z.object({ status: modelStatus.optional() });
const Tags = z.object({ tags: tagList });
const Params = z.object({ params: tagList });
const GetQuery = z.object({ allow_deleted: z.enum(['true', 'false', 'True', 'False']).optional() });
const Search = z.object({
  experiment_ids: stringList,
  filter: str.optional(),
  datasets: z.array(z.object({ dataset_name: str.optional(), dataset_digest: str.optional() })).optional(),
  max_results: int64.optional(),
  order_by: z
    .array(z.object({ field_name: str.optional(), ascending: z.boolean().optional(), dataset_name: str.optional(), dataset_digest: str.optional() }))
    .optional(),
  page_token: str.optional(),
});
const LogOutputs = z.object({
  run_id: str.optional(),
  models: z.array(z.object({ model_id: str.optional(), step: int64.optional() })).optional().default([]),
});

/** MLflow 3 logged-model endpoints (`/mlflow/logged-models...`) and the run outputs that link runs to models. */
@Controller(MLFLOW_PREFIXES)
export class LoggedModelsController {
  constructor(@Inject(LOGGED_MODELS_STORE) private readonly store: LoggedModelsStore) {}

  @Post('logged-models')
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(CreateLoggedModel, body);
    const model = await this.store.createLoggedModel(
      {
        experimentId: req.experiment_id,
        name: req.name,
        modelType: req.model_type,
        sourceRunId: req.source_run_id,
        params: toTags(req.params),
        tags: toTags(req.tags),
      },
      commandContext(request),
    );
    return { model: loggedModelJson(model) };
  }

  @Post('logged-models/search')
  @HttpCode(200)
  async search(@Body() body: unknown) {
    const req = parseRequest(Search, body);
    const page = await this.store.searchLoggedModels({
      experimentIds: req.experiment_ids,
      filter: req.filter,
      datasets: req.datasets?.map((d) => ({ datasetName: d.dataset_name, datasetDigest: d.dataset_digest })),
      orderBy: req.order_by?.map((o) => ({
        fieldName: o.field_name,
        ascending: o.ascending,
        datasetName: o.dataset_name,
        datasetDigest: o.dataset_digest,
      })),
      maxResults: req.max_results,
      pageToken: req.page_token,
    });
    return { models: page.items.map(loggedModelJson), ...pageTokenJson(page.nextPageToken) };
  }

  @Get('logged-models/:model_id')
  async get(@Param('model_id') modelId: string, @Query() query: unknown) {
    const allowDeleted = parseRequest(GetQuery, query).allow_deleted?.toLowerCase() === 'true';
    return { model: loggedModelJson(await this.store.getLoggedModel(modelId, allowDeleted)) };
  }

  @Patch('logged-models/:model_id')
  async finalize(@Param('model_id') modelId: string, @Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(Finalize, body);
    return { model: loggedModelJson(await this.store.finalizeLoggedModel(modelId, req.status, commandContext(request))) };
  }

  @Delete('logged-models/:model_id')
  async delete(@Param('model_id') modelId: string, @Req() request: Request) {
    await this.store.deleteLoggedModel(modelId, commandContext(request));
    return {};
  }

  @Patch('logged-models/:model_id/tags')
  async setTags(@Param('model_id') modelId: string, @Body() body: unknown, @Req() request: Request) {
    await this.store.setLoggedModelTags(modelId, toTags(parseRequest(Tags, body).tags), commandContext(request));
    return {};
  }

  @Delete('logged-models/:model_id/tags/:tag_key')
  async deleteTag(@Param('model_id') modelId: string, @Param('tag_key') key: string) {
    await this.store.deleteLoggedModelTag(modelId, key);
    return {};
  }

  @Post('logged-models/:model_id/params')
  @HttpCode(200)
  async logParams(@Param('model_id') modelId: string, @Body() body: unknown) {
    await this.store.logLoggedModelParams(modelId, toTags(parseRequest(Params, body).params));
    return {};
  }

  @Post('runs/outputs')
  @HttpCode(200)
  async logOutputs(@Body() body: unknown) {
    const req = parseRequest(LogOutputs, body);
    await this.store.logOutputs(
      req.run_id,
      req.models.map((m) => ({ modelId: m.model_id, step: m.step })),
    );
    return {};
  }
}
