import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';

/** Only the platform's variables so far; this service's own are added here as it grows. */
export const GovernanceConfigSchema = baseConfigSchema({ port: 8083, grpcPort: 9083 });

export type GovernanceConfig = z.infer<typeof GovernanceConfigSchema>;
