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
  relay: { categories: ['monitor'] },
});
