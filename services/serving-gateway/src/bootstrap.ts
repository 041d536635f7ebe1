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
  relay: { categories: ['deployment'] },
});
