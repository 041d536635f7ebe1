import * as path from 'node:path';
import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';

/** Artifacts go to local disk by default, under the repository's gitignored .local folder. */
const DEFAULT_ARTIFACT_ROOT = path.resolve(__dirname, '../../../.local/artifacts');

export const TrackingConfigSchema = baseConfigSchema({ port: 8081, grpcPort: 9081 }).extend({
  /** Where artifacts are stored (DESIGN.md: local disk by default); relative paths resolve from the working directory. */
  CAIRN_ARTIFACT_ROOT: z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_ARTIFACT_ROOT)
    .transform((value) => path.resolve(value)),
});

export type TrackingConfig = z.infer<typeof TrackingConfigSchema>;
