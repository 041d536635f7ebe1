import * as path from 'node:path';
import { baseConfigSchema, envUrl } from '@cairn/platform';
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
  /** The registry service, to which MLflow's registry routes are forwarded (http/registry-proxy.ts). */
  CAIRN_REGISTRY_URL: envUrl(['http', 'https'], 'http://127.0.0.1:8082').default('http://127.0.0.1:8082'),
});

export type TrackingConfig = z.infer<typeof TrackingConfigSchema>;
