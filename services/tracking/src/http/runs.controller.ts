import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { RunStatus } from '../domain/model';
import { RUN_OUTPUTS, RunOutputsReader } from '../application/run-outputs';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import { int64, pageTokenJson, parseRequest, runInfoJson, runJson, runOutputsJson, runStatus, str, stringList, tagList, toTags, viewType } from './wire';

type Request = Parameters<typeof commandContext>[0];

const CreateRun = z.object({
  experiment_id: str.optional(),
  user_id: str.optional(),
  run_name: str.optional(),
  start_time: int64.optional(),
  tags: tagList,
});
const RunId = z.object({ run_id: str.optional(), run_uuid: str.optional() });
const UpdateRun = RunId.extend({ status: runStatus.optional(), end_time: int64.optional(), run_name: str.optional() });
const SearchRuns = z.object({
  experiment_ids: stringList,
  filter: str.optional(),
  run_view_type: viewType,
  max_results: int64.optional(),
  order_by: stringList,
  page_token: str.optional(),
});

const runIdOf = (req: { run_id?: string; run_uuid?: string }) => req.run_id || req.run_uuid;

/** MLflow run lifecycle and search endpoints. */
@Controller(MLFLOW_PREFIXES)
export class RunsController {
  constructor(
    @Inject(TRACKING_STORE) private readonly store: TrackingStore,
    @Inject(RUN_OUTPUTS) private readonly outputs: RunOutputsReader,
  ) {}

  @Post('runs/create')
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(CreateRun, body);
    const run = await this.store.createRun(
      {
        experimentId: req.experiment_id,
        userId: req.user_id,
        runName: req.run_name,
        startTime: req.start_time,
        tags: toTags(req.tags),
      },
      commandContext(request),
    );
    return { run: runJson(run) };
  }

  /** As MLflow 3's get_run, the run's `outputs` (the models it produced) come too; search-runs leaves them out. */
  @Get('runs/get')
  async get(@Query() query: unknown) {
    const run = await this.store.getRun(runIdOf(parseRequest(RunId, query)));
    const outputs = await this.outputs.modelOutputs(run.info.runId);
    return { run: { ...runJson(run), outputs: runOutputsJson(outputs) } };
  }

  @Post('runs/update')
  @HttpCode(200)
  async update(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(UpdateRun, body);
    const info = await this.store.updateRun(
      { runId: runIdOf(req), status: req.status as RunStatus | undefined, endTime: req.end_time, runName: req.run_name },
      commandContext(request),
    );
    return { run_info: runInfoJson(info) };
  }

  @Post('runs/delete')
  @HttpCode(200)
  async delete(@Body() body: unknown, @Req() request: Request) {
    await this.store.deleteRun(runIdOf(parseRequest(RunId, body)), commandContext(request));
    return {};
  }

  @Post('runs/restore')
  @HttpCode(200)
  async restore(@Body() body: unknown, @Req() request: Request) {
    await this.store.restoreRun(runIdOf(parseRequest(RunId, body)), commandContext(request));
    return {};
  }

  @Post('runs/search')
  @HttpCode(200)
  async search(@Body() body: unknown) {
    const req = parseRequest(SearchRuns, body);
    const page = await this.store.searchRuns({
      experimentIds: req.experiment_ids,
      filter: req.filter,
      orderBy: req.order_by,
      viewType: req.run_view_type,
      maxResults: req.max_results,
      pageToken: req.page_token,
    });
    return { runs: page.items.map(runJson), ...pageTokenJson(page.nextPageToken) };
  }
}
