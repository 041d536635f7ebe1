import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { registryGrpcAccess, registryHttpAccess } from './access-rules';
import { AppModule } from './app.module';
import { RegistryConfigSchema } from './config';

void runService({
  name: 'registry',
  schema: 'registry',
  module: AppModule,
  configSchema: RegistryConfigSchema,
  migrationsDir: path.resolve(__dirname, '../migrations'),
  access: { http: registryHttpAccess, grpc: registryGrpcAccess },
  relay: { categories: ['model'] },
});
