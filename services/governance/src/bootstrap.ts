import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { AppModule } from './app.module';
import { GovernanceConfigSchema } from './config';

void runService({
  name: 'governance',
  schema: 'governance',
  module: AppModule,
  configSchema: GovernanceConfigSchema,
  migrationsDir: path.resolve(__dirname, '../migrations'),
  relay: { categories: ['policy', 'approval', 'decision', 'principal'] },
});
