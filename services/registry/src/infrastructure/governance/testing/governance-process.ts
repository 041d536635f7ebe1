import { loadProto } from '@cairn/contracts';
import { unaryCaller } from '@cairn/platform/grpc-testing';
import { credentials } from '@grpc/grpc-js';
import { startServiceOnTestDatabase } from '../../../../../testing/service-on-test-database';
import type { ServiceProcess } from '../../../../../testing/service-process';
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
  const started = await startServiceOnTestDatabase('governance', prefix, { LOG_LEVEL: 'warn' });
  const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
  const client = new pkg.cairn.governance.v1.GovernanceService(started.grpcAddress, credentials.createInsecure());
  return {
    address: started.grpcAddress,
    client,
    call: unaryCaller(() => client, 'user:admin'),
    process: started.svc,
    async stop() {
      client.close();
      await started.stop();
    },
  };
}
