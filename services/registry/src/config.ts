import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';

/** Only the platform's variables so far; this service's own are added here as it grows. */
export const RegistryConfigSchema = baseConfigSchema({ port: 8082, grpcPort: 9082 });

export type RegistryConfig = z.infer<typeof RegistryConfigSchema>;
