import * as path from 'node:path';
import { runService } from '@cairn/platform';
import { governanceGrpcAccess, governanceHttpAccess } from './access/access-rules';
import { createLocalAuthorizer } from './access/local-authorizer.factory';
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
  // Governance answers for tokens itself, from its access projection; every other service asks it over gRPC.
  access: {
    http: governanceHttpAccess,
    grpc: governanceGrpcAccess,
    authorizer: ({ pool, store, logger }) => createLocalAuthorizer(pool, store, logger),
  },
});
