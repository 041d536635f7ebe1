import { loadProto } from '@cairn/contracts';
import { credentials, Metadata, ServiceError } from '@grpc/grpc-js';
import type { GateDecision, GovernanceGate, PromotionRequest } from '../../application/ports';
// Types generated from proto/cairn/governance/v1 (governance's `npm run proto:gen`): the contract, never retyped.
import type { ProtoGrpcType } from '../../../../governance/src/grpc/generated/governance';
import type { GovernanceServiceClient } from '../../../../governance/src/grpc/generated/cairn/governance/v1/GovernanceService';
import type { EvaluateResponse__Output } from '../../../../governance/src/grpc/generated/cairn/governance/v1/EvaluateResponse';
import { evaluateRequestOf, gateDecisionOf, gateErrorOf } from './evaluate-mapping';

const GOVERNANCE_PROTO = 'cairn/governance/v1/governance.proto';
/** The registry's own service account, the relay of the requester's question (governance's Evaluate metadata). */
export const REGISTRY_ACTOR = 'service:registry';

export interface GrpcGovernanceGateOptions {
  /** `host:port` of governance's gRPC server (`CAIRN_GOVERNANCE_GRPC_ADDRESS`). */
  address: string;
  /** The registry's bearer token (`serviceToken(config)`). */
  token: string;
  /**
   * How long a client waits for the decision: the set-alias / transition call holds its HTTP request open meanwhile.
   * Default 5 s; an Evaluate normally answers in a few ms (bench/governance.bench.ts).
   */
  deadlineMs?: number;
}

/**
 * GovernanceGate over `cairn.governance.v1.GovernanceService/Evaluate` (DESIGN.md promotion flow step 3). Every
 * failure throws: UNAVAILABLE when governance is unreachable, times out or fails on its side (the registry abandons
 * the request and tells the client to retry), INTERNAL when governance refuses what we sent (a bug here; retrying
 * would not help). Nothing is guessed: an unknown answer is an error, never an allow.
 */
export class GrpcGovernanceGate implements GovernanceGate {
  private readonly client: GovernanceServiceClient;
  private readonly deadlineMs: number;

  constructor(private readonly options: GrpcGovernanceGateOptions) {
    const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
    this.client = new pkg.cairn.governance.v1.GovernanceService(options.address, credentials.createInsecure());
    this.deadlineMs = options.deadlineMs ?? 5_000;
  }

  evaluate(request: PromotionRequest): Promise<GateDecision> {
    const metadata = new Metadata();
    metadata.set('authorization', `Bearer ${this.options.token}`);
    metadata.set('x-cairn-actor', REGISTRY_ACTOR);
    // The client's correlation id and trace, so governance's PolicyEvaluated joins the registry's events.
    if (request.correlationId) metadata.set('x-request-id', request.correlationId);
    if (request.traceparent) metadata.set('traceparent', request.traceparent);
    return new Promise((resolve, reject) => {
      this.client.Evaluate(
        evaluateRequestOf(request),
        metadata,
        { deadline: Date.now() + this.deadlineMs },
        (error: ServiceError | null, response?: EvaluateResponse__Output) => {
          if (error || !response) {
            const cairnCode = error?.metadata?.get('cairn-error-code')[0];
            reject(gateErrorOf({ code: error?.code, details: error?.details, message: error?.message ?? 'empty answer', cairnCode: cairnCode?.toString() }, request));
            return;
          }
          try {
            resolve(gateDecisionOf(response, request));
          } catch (mappingError) {
            reject(mappingError);
          }
        },
      );
    });
  }

  close(): void {
    this.client.close();
  }
}
