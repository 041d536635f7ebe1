import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';

/** Only the platform's variables so far; this service's own are added here as it grows. */
export const MonitoringConfigSchema = baseConfigSchema({ port: 8085, grpcPort: 9085 });

export type MonitoringConfig = z.infer<typeof MonitoringConfigSchema>;
