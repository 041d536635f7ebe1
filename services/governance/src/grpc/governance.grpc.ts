import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { loadProto } from '@cairn/contracts';
import { contextFromMetadata, GrpcServer, Logger, LOGGER, lookupService } from '@cairn/platform';
import { sendUnaryData, ServerUnaryCall, status } from '@grpc/grpc-js';
import { GovernanceService } from '../application/governance-service';
import { GOVERNANCE_SERVICE as CORE } from '../tokens';
import { approvalRequest, evaluateRequest, publishPolicyRequest } from './from-proto';
import type { GovernanceServiceHandlers } from './generated/cairn/governance/v1/GovernanceService';
import { GOVERNANCE_PROTO, GOVERNANCE_SERVICE } from './names';
import { decision, evaluateResponse, policy } from './to-proto';
import { Wrap, wrapWith } from './wrap';

/** The audit RPCs are declared for clients to build against; the audit slice implements them. */
const unimplemented = (name: string) => (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<never>) =>
  callback({ code: status.UNIMPLEMENTED, details: `${name} is not implemented yet` });

/** Every GovernanceService RPC over the protocol-neutral core; each handler only converts its payload. */
export function governanceHandlers(core: GovernanceService, wrap: Wrap): GovernanceServiceHandlers {
  return {
    Evaluate: wrap(async (req, call) =>
      evaluateResponse(await core.decisions.evaluate(evaluateRequest(req), contextFromMetadata(call.metadata))),
    ),
    Approve: wrap(async (req, call) => ({
      decision: decision(await core.decisions.approve(approvalRequest(req), contextFromMetadata(call.metadata))),
    })),
    Reject: wrap(async (req, call) => ({
      decision: decision(await core.decisions.reject(approvalRequest(req), contextFromMetadata(call.metadata))),
    })),
    GetDecision: wrap(async (req) => ({ decision: decision(await core.decisions.get(req.decision_id)) })),
    PublishPolicy: wrap(async (req, call) => ({
      policy: policy(await core.policies.publish(publishPolicyRequest(req), contextFromMetadata(call.metadata))),
    })),
    RetirePolicy: wrap(async (req, call) => ({
      policy: policy(
        await core.policies.retire(
          { policyId: req.policy_id, ...(req.reason ? { reason: req.reason } : {}) },
          contextFromMetadata(call.metadata),
        ),
      ),
    })),
    ListPolicies: wrap(async (req) => ({
      policies: (await core.policies.list({ includeRetired: req.include_retired })).map(policy),
    })),
    QueryAudit: unimplemented('QueryAudit'),
    ExplainDeployment: unimplemented('ExplainDeployment'),
    VerifyAudit: unimplemented('VerifyAudit'),
  };
}

/** Adds `cairn.governance.v1.GovernanceService` to the platform's gRPC server before it starts listening. */
@Injectable()
export class GovernanceGrpcService implements OnModuleInit {
  constructor(
    @Inject(CORE) private readonly core: GovernanceService,
    private readonly grpc: GrpcServer,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    // Errors the table does not know become INTERNAL for the caller; the details go to our log only.
    const wrap = wrapWith((error, call) => this.logger.error({ err: error, grpc_method: call.getPath() }, 'gRPC call failed'));
    this.grpc.addService(lookupService(loadProto(GOVERNANCE_PROTO), GOVERNANCE_SERVICE), governanceHandlers(this.core, wrap));
  }
}
