// Original file: proto/cairn/governance/v1/governance.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApproveRequest as _cairn_governance_v1_ApproveRequest, ApproveRequest__Output as _cairn_governance_v1_ApproveRequest__Output } from '../../../cairn/governance/v1/ApproveRequest';
import type { ApproveResponse as _cairn_governance_v1_ApproveResponse, ApproveResponse__Output as _cairn_governance_v1_ApproveResponse__Output } from '../../../cairn/governance/v1/ApproveResponse';
import type { EvaluateRequest as _cairn_governance_v1_EvaluateRequest, EvaluateRequest__Output as _cairn_governance_v1_EvaluateRequest__Output } from '../../../cairn/governance/v1/EvaluateRequest';
import type { EvaluateResponse as _cairn_governance_v1_EvaluateResponse, EvaluateResponse__Output as _cairn_governance_v1_EvaluateResponse__Output } from '../../../cairn/governance/v1/EvaluateResponse';
import type { ExplainDeploymentRequest as _cairn_governance_v1_ExplainDeploymentRequest, ExplainDeploymentRequest__Output as _cairn_governance_v1_ExplainDeploymentRequest__Output } from '../../../cairn/governance/v1/ExplainDeploymentRequest';
import type { ExplainDeploymentResponse as _cairn_governance_v1_ExplainDeploymentResponse, ExplainDeploymentResponse__Output as _cairn_governance_v1_ExplainDeploymentResponse__Output } from '../../../cairn/governance/v1/ExplainDeploymentResponse';
import type { GetDecisionRequest as _cairn_governance_v1_GetDecisionRequest, GetDecisionRequest__Output as _cairn_governance_v1_GetDecisionRequest__Output } from '../../../cairn/governance/v1/GetDecisionRequest';
import type { GetDecisionResponse as _cairn_governance_v1_GetDecisionResponse, GetDecisionResponse__Output as _cairn_governance_v1_GetDecisionResponse__Output } from '../../../cairn/governance/v1/GetDecisionResponse';
import type { ListPoliciesRequest as _cairn_governance_v1_ListPoliciesRequest, ListPoliciesRequest__Output as _cairn_governance_v1_ListPoliciesRequest__Output } from '../../../cairn/governance/v1/ListPoliciesRequest';
import type { ListPoliciesResponse as _cairn_governance_v1_ListPoliciesResponse, ListPoliciesResponse__Output as _cairn_governance_v1_ListPoliciesResponse__Output } from '../../../cairn/governance/v1/ListPoliciesResponse';
import type { PublishPolicyRequest as _cairn_governance_v1_PublishPolicyRequest, PublishPolicyRequest__Output as _cairn_governance_v1_PublishPolicyRequest__Output } from '../../../cairn/governance/v1/PublishPolicyRequest';
import type { PublishPolicyResponse as _cairn_governance_v1_PublishPolicyResponse, PublishPolicyResponse__Output as _cairn_governance_v1_PublishPolicyResponse__Output } from '../../../cairn/governance/v1/PublishPolicyResponse';
import type { QueryAuditRequest as _cairn_governance_v1_QueryAuditRequest, QueryAuditRequest__Output as _cairn_governance_v1_QueryAuditRequest__Output } from '../../../cairn/governance/v1/QueryAuditRequest';
import type { QueryAuditResponse as _cairn_governance_v1_QueryAuditResponse, QueryAuditResponse__Output as _cairn_governance_v1_QueryAuditResponse__Output } from '../../../cairn/governance/v1/QueryAuditResponse';
import type { RejectRequest as _cairn_governance_v1_RejectRequest, RejectRequest__Output as _cairn_governance_v1_RejectRequest__Output } from '../../../cairn/governance/v1/RejectRequest';
import type { RejectResponse as _cairn_governance_v1_RejectResponse, RejectResponse__Output as _cairn_governance_v1_RejectResponse__Output } from '../../../cairn/governance/v1/RejectResponse';
import type { RetirePolicyRequest as _cairn_governance_v1_RetirePolicyRequest, RetirePolicyRequest__Output as _cairn_governance_v1_RetirePolicyRequest__Output } from '../../../cairn/governance/v1/RetirePolicyRequest';
import type { RetirePolicyResponse as _cairn_governance_v1_RetirePolicyResponse, RetirePolicyResponse__Output as _cairn_governance_v1_RetirePolicyResponse__Output } from '../../../cairn/governance/v1/RetirePolicyResponse';
import type { VerifyAuditRequest as _cairn_governance_v1_VerifyAuditRequest, VerifyAuditRequest__Output as _cairn_governance_v1_VerifyAuditRequest__Output } from '../../../cairn/governance/v1/VerifyAuditRequest';
import type { VerifyAuditResponse as _cairn_governance_v1_VerifyAuditResponse, VerifyAuditResponse__Output as _cairn_governance_v1_VerifyAuditResponse__Output } from '../../../cairn/governance/v1/VerifyAuditResponse';

/**
 * Cairn governance: policies as code (CEL) and the decisions they make about promotions and deployments
 * (DESIGN.md "The promotion flow"). The registry asks Evaluate before it moves an alias or a stage; a decision
 * that needs approval is completed by Approve (PromotionApproved on cairn.governance.events) or ended by Reject.
 * Errors: INVALID_ARGUMENT (bad input; a policy that does not compile names each error's line:column), NOT_FOUND,
 * ALREADY_EXISTS (a decision id reused for another request), FAILED_PRECONDITION (approving a decision that is not
 * awaiting approval), PERMISSION_DENIED (self-approval, not an approver), ABORTED (a concurrent change; retry),
 * UNIMPLEMENTED, INTERNAL; the stable Cairn code (e.g. `GOVERNANCE.SELF_APPROVAL`) is in the `cairn-error-code`
 * trailer. Request metadata: `x-cairn-actor` (who), `x-request-id` (correlation id), `traceparent`.
 */
export interface GovernanceServiceClient extends grpc.Client {
  Approve(argument: _cairn_governance_v1_ApproveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  Approve(argument: _cairn_governance_v1_ApproveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  Approve(argument: _cairn_governance_v1_ApproveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  Approve(argument: _cairn_governance_v1_ApproveRequest, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  approve(argument: _cairn_governance_v1_ApproveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  approve(argument: _cairn_governance_v1_ApproveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  approve(argument: _cairn_governance_v1_ApproveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  approve(argument: _cairn_governance_v1_ApproveRequest, callback: grpc.requestCallback<_cairn_governance_v1_ApproveResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Decisions.
   */
  Evaluate(argument: _cairn_governance_v1_EvaluateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  Evaluate(argument: _cairn_governance_v1_EvaluateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  Evaluate(argument: _cairn_governance_v1_EvaluateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  Evaluate(argument: _cairn_governance_v1_EvaluateRequest, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Decisions.
   */
  evaluate(argument: _cairn_governance_v1_EvaluateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  evaluate(argument: _cairn_governance_v1_EvaluateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  evaluate(argument: _cairn_governance_v1_EvaluateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  evaluate(argument: _cairn_governance_v1_EvaluateRequest, callback: grpc.requestCallback<_cairn_governance_v1_EvaluateResponse__Output>): grpc.ClientUnaryCall;
  
  ExplainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  ExplainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  ExplainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  ExplainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  explainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  explainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  explainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  explainDeployment(argument: _cairn_governance_v1_ExplainDeploymentRequest, callback: grpc.requestCallback<_cairn_governance_v1_ExplainDeploymentResponse__Output>): grpc.ClientUnaryCall;
  
  GetDecision(argument: _cairn_governance_v1_GetDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  GetDecision(argument: _cairn_governance_v1_GetDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  GetDecision(argument: _cairn_governance_v1_GetDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  GetDecision(argument: _cairn_governance_v1_GetDecisionRequest, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  getDecision(argument: _cairn_governance_v1_GetDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  getDecision(argument: _cairn_governance_v1_GetDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  getDecision(argument: _cairn_governance_v1_GetDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  getDecision(argument: _cairn_governance_v1_GetDecisionRequest, callback: grpc.requestCallback<_cairn_governance_v1_GetDecisionResponse__Output>): grpc.ClientUnaryCall;
  
  ListPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  ListPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  listPolicies(argument: _cairn_governance_v1_ListPoliciesRequest, callback: grpc.requestCallback<_cairn_governance_v1_ListPoliciesResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Policies.
   */
  PublishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  PublishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  PublishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  PublishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Policies.
   */
  publishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  publishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  publishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  publishPolicy(argument: _cairn_governance_v1_PublishPolicyRequest, callback: grpc.requestCallback<_cairn_governance_v1_PublishPolicyResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The audit trail: query it, explain why a version serves, verify the hash chain (signed head).
   */
  QueryAudit(argument: _cairn_governance_v1_QueryAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  QueryAudit(argument: _cairn_governance_v1_QueryAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  QueryAudit(argument: _cairn_governance_v1_QueryAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  QueryAudit(argument: _cairn_governance_v1_QueryAuditRequest, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The audit trail: query it, explain why a version serves, verify the hash chain (signed head).
   */
  queryAudit(argument: _cairn_governance_v1_QueryAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  queryAudit(argument: _cairn_governance_v1_QueryAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  queryAudit(argument: _cairn_governance_v1_QueryAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  queryAudit(argument: _cairn_governance_v1_QueryAuditRequest, callback: grpc.requestCallback<_cairn_governance_v1_QueryAuditResponse__Output>): grpc.ClientUnaryCall;
  
  Reject(argument: _cairn_governance_v1_RejectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  Reject(argument: _cairn_governance_v1_RejectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  Reject(argument: _cairn_governance_v1_RejectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  Reject(argument: _cairn_governance_v1_RejectRequest, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  reject(argument: _cairn_governance_v1_RejectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  reject(argument: _cairn_governance_v1_RejectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  reject(argument: _cairn_governance_v1_RejectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  reject(argument: _cairn_governance_v1_RejectRequest, callback: grpc.requestCallback<_cairn_governance_v1_RejectResponse__Output>): grpc.ClientUnaryCall;
  
  RetirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  RetirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  RetirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  RetirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  retirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  retirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  retirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  retirePolicy(argument: _cairn_governance_v1_RetirePolicyRequest, callback: grpc.requestCallback<_cairn_governance_v1_RetirePolicyResponse__Output>): grpc.ClientUnaryCall;
  
  VerifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  VerifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  VerifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  VerifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  verifyAudit(argument: _cairn_governance_v1_VerifyAuditRequest, callback: grpc.requestCallback<_cairn_governance_v1_VerifyAuditResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Cairn governance: policies as code (CEL) and the decisions they make about promotions and deployments
 * (DESIGN.md "The promotion flow"). The registry asks Evaluate before it moves an alias or a stage; a decision
 * that needs approval is completed by Approve (PromotionApproved on cairn.governance.events) or ended by Reject.
 * Errors: INVALID_ARGUMENT (bad input; a policy that does not compile names each error's line:column), NOT_FOUND,
 * ALREADY_EXISTS (a decision id reused for another request), FAILED_PRECONDITION (approving a decision that is not
 * awaiting approval), PERMISSION_DENIED (self-approval, not an approver), ABORTED (a concurrent change; retry),
 * UNIMPLEMENTED, INTERNAL; the stable Cairn code (e.g. `GOVERNANCE.SELF_APPROVAL`) is in the `cairn-error-code`
 * trailer. Request metadata: `x-cairn-actor` (who), `x-request-id` (correlation id), `traceparent`.
 */
export interface GovernanceServiceHandlers extends grpc.UntypedServiceImplementation {
  Approve: grpc.handleUnaryCall<_cairn_governance_v1_ApproveRequest__Output, _cairn_governance_v1_ApproveResponse>;
  
  /**
   * Decisions.
   */
  Evaluate: grpc.handleUnaryCall<_cairn_governance_v1_EvaluateRequest__Output, _cairn_governance_v1_EvaluateResponse>;
  
  ExplainDeployment: grpc.handleUnaryCall<_cairn_governance_v1_ExplainDeploymentRequest__Output, _cairn_governance_v1_ExplainDeploymentResponse>;
  
  GetDecision: grpc.handleUnaryCall<_cairn_governance_v1_GetDecisionRequest__Output, _cairn_governance_v1_GetDecisionResponse>;
  
  ListPolicies: grpc.handleUnaryCall<_cairn_governance_v1_ListPoliciesRequest__Output, _cairn_governance_v1_ListPoliciesResponse>;
  
  /**
   * Policies.
   */
  PublishPolicy: grpc.handleUnaryCall<_cairn_governance_v1_PublishPolicyRequest__Output, _cairn_governance_v1_PublishPolicyResponse>;
  
  /**
   * The audit trail: query it, explain why a version serves, verify the hash chain (signed head).
   */
  QueryAudit: grpc.handleUnaryCall<_cairn_governance_v1_QueryAuditRequest__Output, _cairn_governance_v1_QueryAuditResponse>;
  
  Reject: grpc.handleUnaryCall<_cairn_governance_v1_RejectRequest__Output, _cairn_governance_v1_RejectResponse>;
  
  RetirePolicy: grpc.handleUnaryCall<_cairn_governance_v1_RetirePolicyRequest__Output, _cairn_governance_v1_RetirePolicyResponse>;
  
  VerifyAudit: grpc.handleUnaryCall<_cairn_governance_v1_VerifyAuditRequest__Output, _cairn_governance_v1_VerifyAuditResponse>;
  
}

export interface GovernanceServiceDefinition extends grpc.ServiceDefinition {
  Approve: MethodDefinition<_cairn_governance_v1_ApproveRequest, _cairn_governance_v1_ApproveResponse, _cairn_governance_v1_ApproveRequest__Output, _cairn_governance_v1_ApproveResponse__Output>
  Evaluate: MethodDefinition<_cairn_governance_v1_EvaluateRequest, _cairn_governance_v1_EvaluateResponse, _cairn_governance_v1_EvaluateRequest__Output, _cairn_governance_v1_EvaluateResponse__Output>
  ExplainDeployment: MethodDefinition<_cairn_governance_v1_ExplainDeploymentRequest, _cairn_governance_v1_ExplainDeploymentResponse, _cairn_governance_v1_ExplainDeploymentRequest__Output, _cairn_governance_v1_ExplainDeploymentResponse__Output>
  GetDecision: MethodDefinition<_cairn_governance_v1_GetDecisionRequest, _cairn_governance_v1_GetDecisionResponse, _cairn_governance_v1_GetDecisionRequest__Output, _cairn_governance_v1_GetDecisionResponse__Output>
  ListPolicies: MethodDefinition<_cairn_governance_v1_ListPoliciesRequest, _cairn_governance_v1_ListPoliciesResponse, _cairn_governance_v1_ListPoliciesRequest__Output, _cairn_governance_v1_ListPoliciesResponse__Output>
  PublishPolicy: MethodDefinition<_cairn_governance_v1_PublishPolicyRequest, _cairn_governance_v1_PublishPolicyResponse, _cairn_governance_v1_PublishPolicyRequest__Output, _cairn_governance_v1_PublishPolicyResponse__Output>
  QueryAudit: MethodDefinition<_cairn_governance_v1_QueryAuditRequest, _cairn_governance_v1_QueryAuditResponse, _cairn_governance_v1_QueryAuditRequest__Output, _cairn_governance_v1_QueryAuditResponse__Output>
  Reject: MethodDefinition<_cairn_governance_v1_RejectRequest, _cairn_governance_v1_RejectResponse, _cairn_governance_v1_RejectRequest__Output, _cairn_governance_v1_RejectResponse__Output>
  RetirePolicy: MethodDefinition<_cairn_governance_v1_RetirePolicyRequest, _cairn_governance_v1_RetirePolicyResponse, _cairn_governance_v1_RetirePolicyRequest__Output, _cairn_governance_v1_RetirePolicyResponse__Output>
  VerifyAudit: MethodDefinition<_cairn_governance_v1_VerifyAuditRequest, _cairn_governance_v1_VerifyAuditResponse, _cairn_governance_v1_VerifyAuditRequest__Output, _cairn_governance_v1_VerifyAuditResponse__Output>
}
