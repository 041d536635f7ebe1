import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { AppModule } from './app.module';
import { ServingGatewayConfigSchema } from './config';

void runService({
  name: 'serving-gateway',
  schema: 'serving',
  module: AppModule,
  configSchema: ServingGatewayConfigSchema,
  migrationsDir: path.resolve(__dirname, '../migrations'),
  // No API yet: every route and RPC but health and metrics is refused until this service's issue names its rules.
  access: { http: () => undefined, grpc: () => undefined },
  relay: { categories: ['deployment'] },
});
