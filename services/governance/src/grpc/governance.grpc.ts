import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { loadProto } from '@cairn/contracts';
import { contextFromMetadata, GrpcServer, Logger, LOGGER, lookupService } from '@cairn/platform';
import { sendUnaryData, ServerUnaryCall, status } from '@grpc/grpc-js';
import { GovernanceService } from '../application/governance-service';
import { AuditService } from '../audit/audit-service';
import { explainResponse, queryAuditResponse, verifyAuditResponse } from '../audit/audit-to-proto';
import { AUDIT_SERVICE } from '../audit/tokens';
import { GOVERNANCE_SERVICE as CORE } from '../tokens';
import { approvalRequest, evaluateRequest, publishPolicyRequest } from './from-proto';
import type { GovernanceServiceHandlers } from './generated/cairn/governance/v1/GovernanceService';
import { GOVERNANCE_PROTO, GOVERNANCE_SERVICE } from './names';
import { decision, evaluateResponse, policy } from './to-proto';
import { Wrap, wrapWith } from './wrap';

/** Without an AuditService (unit tests of the other RPCs) the audit RPCs answer UNIMPLEMENTED. */
const unimplemented = (name: string) => (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<never>) =>
  callback({ code: status.UNIMPLEMENTED, details: `${name} is not implemented yet` });

/** Every GovernanceService RPC over the protocol-neutral core; each handler only converts its payload. */
export function governanceHandlers(core: GovernanceService, wrap: Wrap, audit?: AuditService): GovernanceServiceHandlers {
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
    ...(audit ? auditHandlers(audit, wrap) : {
      QueryAudit: unimplemented('QueryAudit'),
      ExplainDeployment: unimplemented('ExplainDeployment'),
      VerifyAudit: unimplemented('VerifyAudit'),
    }),
  };
}

/** QueryAudit, ExplainDeployment, VerifyAudit over the AuditService (filters and page tokens: audit/audit-query.ts). */
function auditHandlers(audit: AuditService, wrap: Wrap): Pick<GovernanceServiceHandlers, 'QueryAudit' | 'ExplainDeployment' | 'VerifyAudit'> {
  return {
    QueryAudit: wrap(async (req) =>
      queryAuditResponse(
        await audit.query({
          model: req.model,
          version: req.version,
          deployment: req.deployment,
          actor: req.actor,
          type: req.types,
          from: req.from,
          to: req.to,
          after_position: req.after_position,
          page_token: req.page_token,
          max_results: req.max_results,
        }),
      ),
    ),
    ExplainDeployment: wrap(async (req) =>
      explainResponse(
        await audit.explain({
          deployment: req.deployment,
          model: req.model,
          alias: req.alias,
          stage: req.stage,
          at: req.at === '0' || req.at === '' ? undefined : Number(req.at),
        }),
      ),
    ),
    VerifyAudit: wrap(async () => verifyAuditResponse(await audit.verify())),
  };
}

/** Adds `cairn.governance.v1.GovernanceService` to the platform's gRPC server before it starts listening. */
@Injectable()
export class GovernanceGrpcService implements OnModuleInit {
  constructor(
    @Inject(CORE) private readonly core: GovernanceService,
    private readonly grpc: GrpcServer,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(AUDIT_SERVICE) private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    // Errors the table does not know become INTERNAL for the caller; the details go to our log only.
    const wrap = wrapWith((error, call) => this.logger.error({ err: error, grpc_method: call.getPath() }, 'gRPC call failed'));
    this.grpc.addService(lookupService(loadProto(GOVERNANCE_PROTO), GOVERNANCE_SERVICE), governanceHandlers(this.core, wrap, this.audit));
  }
}
