import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import { experimentJson, int64, pageTokenJson, parseRequest, str, stringList, tagList, toTags, viewType } from './wire';

type Request = Parameters<typeof commandContext>[0];

const CreateExperiment = z.object({ name: str.optional(), artifact_location: str.optional(), tags: tagList });
const ExperimentId = z.object({ experiment_id: str.optional() });
const GetByName = z.object({ experiment_name: str.optional() });
const UpdateExperiment = z.object({ experiment_id: str.optional(), new_name: str.optional() });
const SetTag = z.object({ experiment_id: str.optional(), key: str.optional(), value: str.optional() });
const DeleteTag = z.object({ experiment_id: str.optional(), key: str.optional() });
const SearchExperiments = z.object({
  max_results: int64.optional(),
  page_token: str.optional(),
  filter: str.optional(),
  order_by: stringList,
  view_type: viewType,
});

/** MLflow experiments endpoints: thin translation to the TrackingStore. */
@Controller(MLFLOW_PREFIXES)
export class ExperimentsController {
  constructor(@Inject(TRACKING_STORE) private readonly store: TrackingStore) {}

  @Post('experiments/create')
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(CreateExperiment, body);
    const id = await this.store.createExperiment(
      { name: req.name, artifactLocation: req.artifact_location, tags: toTags(req.tags) },
      commandContext(request),
    );
    return { experiment_id: id };
  }

  @Get('experiments/get')
  async get(@Query() query: unknown) {
    const req = parseRequest(ExperimentId, query);
    return { experiment: experimentJson(await this.store.getExperiment(req.experiment_id)) };
  }

  @Get('experiments/get-by-name')
  async getByName(@Query() query: unknown) {
    const req = parseRequest(GetByName, query);
    return { experiment: experimentJson(await this.store.getExperimentByName(req.experiment_name)) };
  }

  @Get('experiments/search')
  async searchGet(@Query() query: unknown) {
    return this.search(query);
  }

  @Post('experiments/search')
  @HttpCode(200)
  async search(@Body() body: unknown) {
    const req = parseRequest(SearchExperiments, body);
    const page = await this.store.searchExperiments({
      filter: req.filter,
      orderBy: req.order_by,
      viewType: req.view_type,
      maxResults: req.max_results,
      pageToken: req.page_token,
    });
    return { experiments: page.items.map(experimentJson), ...pageTokenJson(page.nextPageToken) };
  }

  @Post('experiments/delete')
  @HttpCode(200)
  async delete(@Body() body: unknown, @Req() request: Request) {
    await this.store.deleteExperiment(parseRequest(ExperimentId, body).experiment_id, commandContext(request));
    return {};
  }

  @Post('experiments/restore')
  @HttpCode(200)
  async restore(@Body() body: unknown, @Req() request: Request) {
    await this.store.restoreExperiment(parseRequest(ExperimentId, body).experiment_id, commandContext(request));
    return {};
  }

  @Post('experiments/update')
  @HttpCode(200)
  async update(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(UpdateExperiment, body);
    await this.store.renameExperiment(req.experiment_id, req.new_name, commandContext(request));
    return {};
  }

  @Post('experiments/set-experiment-tag')
  @HttpCode(200)
  async setTag(@Body() body: unknown) {
    const req = parseRequest(SetTag, body);
    await this.store.setExperimentTag(req.experiment_id, { key: req.key, value: req.value });
    return {};
  }

  @Post('experiments/delete-experiment-tag')
  @HttpCode(200)
  async deleteTag(@Body() body: unknown) {
    const req = parseRequest(DeleteTag, body);
    await this.store.deleteExperimentTag(req.experiment_id, req.key);
    return {};
  }
}
