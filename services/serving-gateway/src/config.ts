import { baseConfigSchema } from '@cairn/platform';
import { z } from 'zod';

/** Only the platform's variables so far; this service's own are added here as it grows. */
export const ServingGatewayConfigSchema = baseConfigSchema({ port: 8084, grpcPort: 9084 });

export type ServingGatewayConfig = z.infer<typeof ServingGatewayConfigSchema>;
