import { Body, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { z } from 'zod';
import { TrackingStore } from '../application/tracking-store';
import { TRACKING_STORE } from '../tokens';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import { parseRequest, str, tagList, toTags } from './wire';

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

/** log-inputs: datasets (name, digest, source, schema, profile) with input tags such as mlflow.data.context. */
@Controller(MLFLOW_PREFIXES)
export class InputsController {
  constructor(@Inject(TRACKING_STORE) private readonly store: TrackingStore) {}

  @Post('runs/log-inputs')
  @HttpCode(200)
  async logInputs(@Body() body: unknown, @Req() request: Request) {
    const req = parseRequest(LogInputs, body);
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
