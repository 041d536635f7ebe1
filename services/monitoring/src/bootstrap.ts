import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { AppModule } from './app.module';
import { MonitoringConfigSchema } from './config';

void runService({
  name: 'monitoring',
  schema: 'monitoring',
  module: AppModule,
  configSchema: MonitoringConfigSchema,
  migrationsDir: path.resolve(__dirname, '../migrations'),
  // No API yet: every route and RPC but health and metrics is refused until this service's issue names its rules.
  access: { http: () => undefined, grpc: () => undefined },
  relay: { categories: ['monitor'] },
});
