import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { trackingGrpcAccess, trackingHttpAccess } from './access-rules';
import { AppModule } from './app.module';
import { TrackingConfigSchema } from './config';

void runService({
  name: 'tracking',
  schema: 'tracking',
  module: AppModule,
  configSchema: TrackingConfigSchema,
  migrationsDir: path.resolve(__dirname, '../migrations'),
  access: { http: trackingHttpAccess, grpc: trackingGrpcAccess },
  relay: { categories: ['run', 'experiment'] },
});
