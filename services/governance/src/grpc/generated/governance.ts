import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Approval as _cairn_governance_v1_Approval, Approval__Output as _cairn_governance_v1_Approval__Output } from './cairn/governance/v1/Approval';
import type { ApproveRequest as _cairn_governance_v1_ApproveRequest, ApproveRequest__Output as _cairn_governance_v1_ApproveRequest__Output } from './cairn/governance/v1/ApproveRequest';
import type { ApproveResponse as _cairn_governance_v1_ApproveResponse, ApproveResponse__Output as _cairn_governance_v1_ApproveResponse__Output } from './cairn/governance/v1/ApproveResponse';
import type { AuditEvent as _cairn_governance_v1_AuditEvent, AuditEvent__Output as _cairn_governance_v1_AuditEvent__Output } from './cairn/governance/v1/AuditEvent';
import type { DataQualityResult as _cairn_governance_v1_DataQualityResult, DataQualityResult__Output as _cairn_governance_v1_DataQualityResult__Output } from './cairn/governance/v1/DataQualityResult';
import type { Dataset as _cairn_governance_v1_Dataset, Dataset__Output as _cairn_governance_v1_Dataset__Output } from './cairn/governance/v1/Dataset';
import type { Decision as _cairn_governance_v1_Decision, Decision__Output as _cairn_governance_v1_Decision__Output } from './cairn/governance/v1/Decision';
import type { DeploymentLink as _cairn_governance_v1_DeploymentLink, DeploymentLink__Output as _cairn_governance_v1_DeploymentLink__Output } from './cairn/governance/v1/DeploymentLink';
import type { EvaluateRequest as _cairn_governance_v1_EvaluateRequest, EvaluateRequest__Output as _cairn_governance_v1_EvaluateRequest__Output } from './cairn/governance/v1/EvaluateRequest';
import type { EvaluateResponse as _cairn_governance_v1_EvaluateResponse, EvaluateResponse__Output as _cairn_governance_v1_EvaluateResponse__Output } from './cairn/governance/v1/EvaluateResponse';
import type { ExplainDeploymentRequest as _cairn_governance_v1_ExplainDeploymentRequest, ExplainDeploymentRequest__Output as _cairn_governance_v1_ExplainDeploymentRequest__Output } from './cairn/governance/v1/ExplainDeploymentRequest';
import type { ExplainDeploymentResponse as _cairn_governance_v1_ExplainDeploymentResponse, ExplainDeploymentResponse__Output as _cairn_governance_v1_ExplainDeploymentResponse__Output } from './cairn/governance/v1/ExplainDeploymentResponse';
import type { Facts as _cairn_governance_v1_Facts, Facts__Output as _cairn_governance_v1_Facts__Output } from './cairn/governance/v1/Facts';
import type { GetDecisionRequest as _cairn_governance_v1_GetDecisionRequest, GetDecisionRequest__Output as _cairn_governance_v1_GetDecisionRequest__Output } from './cairn/governance/v1/GetDecisionRequest';
import type { GetDecisionResponse as _cairn_governance_v1_GetDecisionResponse, GetDecisionResponse__Output as _cairn_governance_v1_GetDecisionResponse__Output } from './cairn/governance/v1/GetDecisionResponse';
import type { GovernanceServiceClient as _cairn_governance_v1_GovernanceServiceClient, GovernanceServiceDefinition as _cairn_governance_v1_GovernanceServiceDefinition } from './cairn/governance/v1/GovernanceService';
import type { Lineage as _cairn_governance_v1_Lineage, Lineage__Output as _cairn_governance_v1_Lineage__Output } from './cairn/governance/v1/Lineage';
import type { ListPoliciesRequest as _cairn_governance_v1_ListPoliciesRequest, ListPoliciesRequest__Output as _cairn_governance_v1_ListPoliciesRequest__Output } from './cairn/governance/v1/ListPoliciesRequest';
import type { ListPoliciesResponse as _cairn_governance_v1_ListPoliciesResponse, ListPoliciesResponse__Output as _cairn_governance_v1_ListPoliciesResponse__Output } from './cairn/governance/v1/ListPoliciesResponse';
import type { Policy as _cairn_governance_v1_Policy, Policy__Output as _cairn_governance_v1_Policy__Output } from './cairn/governance/v1/Policy';
import type { PolicyResult as _cairn_governance_v1_PolicyResult, PolicyResult__Output as _cairn_governance_v1_PolicyResult__Output } from './cairn/governance/v1/PolicyResult';
import type { PolicyScope as _cairn_governance_v1_PolicyScope, PolicyScope__Output as _cairn_governance_v1_PolicyScope__Output } from './cairn/governance/v1/PolicyScope';
import type { Principal as _cairn_governance_v1_Principal, Principal__Output as _cairn_governance_v1_Principal__Output } from './cairn/governance/v1/Principal';
import type { PromotionRequest as _cairn_governance_v1_PromotionRequest, PromotionRequest__Output as _cairn_governance_v1_PromotionRequest__Output } from './cairn/governance/v1/PromotionRequest';
import type { PublishPolicyRequest as _cairn_governance_v1_PublishPolicyRequest, PublishPolicyRequest__Output as _cairn_governance_v1_PublishPolicyRequest__Output } from './cairn/governance/v1/PublishPolicyRequest';
import type { PublishPolicyResponse as _cairn_governance_v1_PublishPolicyResponse, PublishPolicyResponse__Output as _cairn_governance_v1_PublishPolicyResponse__Output } from './cairn/governance/v1/PublishPolicyResponse';
import type { QualityCheck as _cairn_governance_v1_QualityCheck, QualityCheck__Output as _cairn_governance_v1_QualityCheck__Output } from './cairn/governance/v1/QualityCheck';
import type { QueryAuditRequest as _cairn_governance_v1_QueryAuditRequest, QueryAuditRequest__Output as _cairn_governance_v1_QueryAuditRequest__Output } from './cairn/governance/v1/QueryAuditRequest';
import type { QueryAuditResponse as _cairn_governance_v1_QueryAuditResponse, QueryAuditResponse__Output as _cairn_governance_v1_QueryAuditResponse__Output } from './cairn/governance/v1/QueryAuditResponse';
import type { RejectRequest as _cairn_governance_v1_RejectRequest, RejectRequest__Output as _cairn_governance_v1_RejectRequest__Output } from './cairn/governance/v1/RejectRequest';
import type { RejectResponse as _cairn_governance_v1_RejectResponse, RejectResponse__Output as _cairn_governance_v1_RejectResponse__Output } from './cairn/governance/v1/RejectResponse';
import type { RetirePolicyRequest as _cairn_governance_v1_RetirePolicyRequest, RetirePolicyRequest__Output as _cairn_governance_v1_RetirePolicyRequest__Output } from './cairn/governance/v1/RetirePolicyRequest';
import type { RetirePolicyResponse as _cairn_governance_v1_RetirePolicyResponse, RetirePolicyResponse__Output as _cairn_governance_v1_RetirePolicyResponse__Output } from './cairn/governance/v1/RetirePolicyResponse';
import type { RoleBinding as _cairn_governance_v1_RoleBinding, RoleBinding__Output as _cairn_governance_v1_RoleBinding__Output } from './cairn/governance/v1/RoleBinding';
import type { Rollback as _cairn_governance_v1_Rollback, Rollback__Output as _cairn_governance_v1_Rollback__Output } from './cairn/governance/v1/Rollback';
import type { RolloutStep as _cairn_governance_v1_RolloutStep, RolloutStep__Output as _cairn_governance_v1_RolloutStep__Output } from './cairn/governance/v1/RolloutStep';
import type { ServedVersion as _cairn_governance_v1_ServedVersion, ServedVersion__Output as _cairn_governance_v1_ServedVersion__Output } from './cairn/governance/v1/ServedVersion';
import type { Subject as _cairn_governance_v1_Subject, Subject__Output as _cairn_governance_v1_Subject__Output } from './cairn/governance/v1/Subject';
import type { Target as _cairn_governance_v1_Target, Target__Output as _cairn_governance_v1_Target__Output } from './cairn/governance/v1/Target';
import type { VerifyAuditRequest as _cairn_governance_v1_VerifyAuditRequest, VerifyAuditRequest__Output as _cairn_governance_v1_VerifyAuditRequest__Output } from './cairn/governance/v1/VerifyAuditRequest';
import type { VerifyAuditResponse as _cairn_governance_v1_VerifyAuditResponse, VerifyAuditResponse__Output as _cairn_governance_v1_VerifyAuditResponse__Output } from './cairn/governance/v1/VerifyAuditResponse';
import type { VersionLineage as _cairn_governance_v1_VersionLineage, VersionLineage__Output as _cairn_governance_v1_VersionLineage__Output } from './cairn/governance/v1/VersionLineage';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cairn: {
    governance: {
      v1: {
        Approval: MessageTypeDefinition<_cairn_governance_v1_Approval, _cairn_governance_v1_Approval__Output>
        ApproveRequest: MessageTypeDefinition<_cairn_governance_v1_ApproveRequest, _cairn_governance_v1_ApproveRequest__Output>
        ApproveResponse: MessageTypeDefinition<_cairn_governance_v1_ApproveResponse, _cairn_governance_v1_ApproveResponse__Output>
        AuditEvent: MessageTypeDefinition<_cairn_governance_v1_AuditEvent, _cairn_governance_v1_AuditEvent__Output>
        DataQualityResult: MessageTypeDefinition<_cairn_governance_v1_DataQualityResult, _cairn_governance_v1_DataQualityResult__Output>
        Dataset: MessageTypeDefinition<_cairn_governance_v1_Dataset, _cairn_governance_v1_Dataset__Output>
        Decision: MessageTypeDefinition<_cairn_governance_v1_Decision, _cairn_governance_v1_Decision__Output>
        DeploymentLink: MessageTypeDefinition<_cairn_governance_v1_DeploymentLink, _cairn_governance_v1_DeploymentLink__Output>
        EvaluateRequest: MessageTypeDefinition<_cairn_governance_v1_EvaluateRequest, _cairn_governance_v1_EvaluateRequest__Output>
        EvaluateResponse: MessageTypeDefinition<_cairn_governance_v1_EvaluateResponse, _cairn_governance_v1_EvaluateResponse__Output>
        ExplainDeploymentRequest: MessageTypeDefinition<_cairn_governance_v1_ExplainDeploymentRequest, _cairn_governance_v1_ExplainDeploymentRequest__Output>
        ExplainDeploymentResponse: MessageTypeDefinition<_cairn_governance_v1_ExplainDeploymentResponse, _cairn_governance_v1_ExplainDeploymentResponse__Output>
        Facts: MessageTypeDefinition<_cairn_governance_v1_Facts, _cairn_governance_v1_Facts__Output>
        GetDecisionRequest: MessageTypeDefinition<_cairn_governance_v1_GetDecisionRequest, _cairn_governance_v1_GetDecisionRequest__Output>
        GetDecisionResponse: MessageTypeDefinition<_cairn_governance_v1_GetDecisionResponse, _cairn_governance_v1_GetDecisionResponse__Output>
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
        GovernanceService: SubtypeConstructor<typeof grpc.Client, _cairn_governance_v1_GovernanceServiceClient> & { service: _cairn_governance_v1_GovernanceServiceDefinition }
        Lineage: MessageTypeDefinition<_cairn_governance_v1_Lineage, _cairn_governance_v1_Lineage__Output>
        ListPoliciesRequest: MessageTypeDefinition<_cairn_governance_v1_ListPoliciesRequest, _cairn_governance_v1_ListPoliciesRequest__Output>
        ListPoliciesResponse: MessageTypeDefinition<_cairn_governance_v1_ListPoliciesResponse, _cairn_governance_v1_ListPoliciesResponse__Output>
        Policy: MessageTypeDefinition<_cairn_governance_v1_Policy, _cairn_governance_v1_Policy__Output>
        PolicyResult: MessageTypeDefinition<_cairn_governance_v1_PolicyResult, _cairn_governance_v1_PolicyResult__Output>
        PolicyScope: MessageTypeDefinition<_cairn_governance_v1_PolicyScope, _cairn_governance_v1_PolicyScope__Output>
        Principal: MessageTypeDefinition<_cairn_governance_v1_Principal, _cairn_governance_v1_Principal__Output>
        PromotionRequest: MessageTypeDefinition<_cairn_governance_v1_PromotionRequest, _cairn_governance_v1_PromotionRequest__Output>
        PublishPolicyRequest: MessageTypeDefinition<_cairn_governance_v1_PublishPolicyRequest, _cairn_governance_v1_PublishPolicyRequest__Output>
        PublishPolicyResponse: MessageTypeDefinition<_cairn_governance_v1_PublishPolicyResponse, _cairn_governance_v1_PublishPolicyResponse__Output>
        QualityCheck: MessageTypeDefinition<_cairn_governance_v1_QualityCheck, _cairn_governance_v1_QualityCheck__Output>
        QueryAuditRequest: MessageTypeDefinition<_cairn_governance_v1_QueryAuditRequest, _cairn_governance_v1_QueryAuditRequest__Output>
        QueryAuditResponse: MessageTypeDefinition<_cairn_governance_v1_QueryAuditResponse, _cairn_governance_v1_QueryAuditResponse__Output>
        RejectRequest: MessageTypeDefinition<_cairn_governance_v1_RejectRequest, _cairn_governance_v1_RejectRequest__Output>
        RejectResponse: MessageTypeDefinition<_cairn_governance_v1_RejectResponse, _cairn_governance_v1_RejectResponse__Output>
        RetirePolicyRequest: MessageTypeDefinition<_cairn_governance_v1_RetirePolicyRequest, _cairn_governance_v1_RetirePolicyRequest__Output>
        RetirePolicyResponse: MessageTypeDefinition<_cairn_governance_v1_RetirePolicyResponse, _cairn_governance_v1_RetirePolicyResponse__Output>
        RoleBinding: MessageTypeDefinition<_cairn_governance_v1_RoleBinding, _cairn_governance_v1_RoleBinding__Output>
        Rollback: MessageTypeDefinition<_cairn_governance_v1_Rollback, _cairn_governance_v1_Rollback__Output>
        RolloutStep: MessageTypeDefinition<_cairn_governance_v1_RolloutStep, _cairn_governance_v1_RolloutStep__Output>
        ServedVersion: MessageTypeDefinition<_cairn_governance_v1_ServedVersion, _cairn_governance_v1_ServedVersion__Output>
        Subject: MessageTypeDefinition<_cairn_governance_v1_Subject, _cairn_governance_v1_Subject__Output>
        Target: MessageTypeDefinition<_cairn_governance_v1_Target, _cairn_governance_v1_Target__Output>
        VerifyAuditRequest: MessageTypeDefinition<_cairn_governance_v1_VerifyAuditRequest, _cairn_governance_v1_VerifyAuditRequest__Output>
        VerifyAuditResponse: MessageTypeDefinition<_cairn_governance_v1_VerifyAuditResponse, _cairn_governance_v1_VerifyAuditResponse__Output>
        VersionLineage: MessageTypeDefinition<_cairn_governance_v1_VersionLineage, _cairn_governance_v1_VersionLineage__Output>
      }
    }
  }
}

