import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { z } from 'zod';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import { parseRequest, str, tagList, toTags } from './wire';

const SearchDatasets = z.object({ experiment_ids: z.array(str).optional() });
const LogInputs = z.object({
  run_id: str.optional(),
  datasets: z
    .array(
      z.object({
        tags: tagList,
        dataset: z.object({
          name: str.optional(),
          digest: str.optional(),
          source_type: str.optional(),
          source: str.optional(),
          schema: str.optional(),
          profile: str.optional(),
        }),
      }),
    )
    .optional()
    .default([]),
});

/** log-inputs (datasets: name, digest, source, schema, profile, with input tags such as mlflow.data.context) and the UI's search-datasets over them. */
@Controller(MLFLOW_PREFIXES)
export class InputsController {
  constructor(@Inject(TRACKING_STORE) private readonly store: TrackingStore) {}

  @Post('experiments/search-datasets')
  @HttpCode(200)
  async searchDatasets(@Body() body: unknown) {
    const req = parseRequest(SearchDatasets, body);
    const summaries = await this.store.searchDatasets(req.experiment_ids);
    return {
      dataset_summaries: summaries.map((s) => ({
        experiment_id: s.experimentId,
        name: s.name,
        digest: s.digest,
        ...(s.context === null ? {} : { context: s.context }),
      })),
    };
  }

  @Post('runs/log-inputs')
  @HttpCode(200)
  async logInputs(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(LogInputs, body, ['run_id']);
    const inputs = req.datasets.map((input) => ({
      tags: toTags(input.tags),
      dataset: {
        name: input.dataset.name ?? '',
        digest: input.dataset.digest ?? '',
        sourceType: input.dataset.source_type ?? '',
        source: input.dataset.source ?? '',
        schema: input.dataset.schema,
        profile: input.dataset.profile,
      },
    }));
    await this.store.logInputs(req.run_id, inputs, commandContext(request));
    return {};
  }
}

type Request = Parameters<typeof commandContext>[0];
