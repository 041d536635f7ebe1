import { loadProto } from '@cairn/contracts';
import { unaryCaller } from '@cairn/platform/grpc-testing';
import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { credentials } from '@grpc/grpc-js';
import { Client } from 'pg';
import { freePort, ServiceProcess } from '../../../../../testing/service-process';
import type { ProtoGrpcType } from '../../../../../governance/src/grpc/generated/governance';
import type { GovernanceServiceClient } from '../../../../../governance/src/grpc/generated/cairn/governance/v1/GovernanceService';

const GOVERNANCE_PROTO = 'cairn/governance/v1/governance.proto';

export interface RunningGovernance {
  /** `127.0.0.1:<port>` of its gRPC server. */
  address: string;
  client: GovernanceServiceClient;
  /** Typed unary calls as the bootstrap admin (its bearer token), naming `user:admin`. */
  call: ReturnType<typeof unaryCaller<GovernanceServiceClient>>;
  process: ServiceProcess;
  stop(): Promise<void>;
}

/**
 * The real governance service for the registry's specs: a child process (as `nx serve` runs it) on a throwaway
 * database its application role owns (it migrates its own schema), as governance's own gRPC spec starts it.
 */
export async function startGovernance(prefix = 'cairn_registry_gov'): Promise<RunningGovernance> {
  const appUrl = new URL(process.env.CAIRN_DATABASE_URL ?? '');
  const db: TestDatabase = await createTestDatabase(prefix);
  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${db.name} OWNER TO "${decodeURIComponent(appUrl.username)}"`);
  await admin.end();
  appUrl.pathname = `/${db.name}`;

  const grpcPort = await freePort();
  const httpPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, CAIRN_DATABASE_URL: appUrl.toString(), PORT: String(httpPort), GRPC_PORT: String(grpcPort), LOG_LEVEL: 'warn' };
  delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete env.NODE_OPTIONS;
  const svc = new ServiceProcess('governance', env);
  try {
    await svc.waitUntilReady(httpPort, 120_000);
  } catch (error) {
    svc.kill();
    await db.drop();
    throw error;
  }
  const address = `127.0.0.1:${grpcPort}`;
  const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
  const client = new pkg.cairn.governance.v1.GovernanceService(address, credentials.createInsecure());
  return {
    address,
    client,
    call: unaryCaller(() => client, 'user:admin'),
    process: svc,
    async stop() {
      client.close();
      if (svc.running) {
        svc.child.kill('SIGTERM');
        if (!(await svc.exitWithin(10_000))) svc.kill();
      }
      await db.drop();
    },
  };
}
