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
  // `access`: the day streams of audited refusals (self-approval, not an approver), also on cairn.governance.events.
  relay: { categories: ['policy', 'approval', 'decision', 'principal', 'access'] },
});
