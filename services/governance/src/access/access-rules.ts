import type { AccessRule, AccessTarget, GrpcAccessRules, HttpAccessRules } from '@cairn/platform';
import { ACCESS_SERVICE } from './access.grpc';

/** Which operation each governance route and RPC needs (README "Permissions"; the table is in domain/access.ts). */
const READ: AccessRule = { operation: 'governance.read' };
const APPROVE: AccessRule = { operation: 'governance.approve' };
const POLICY_WRITE: AccessRule = { operation: 'governance.policy.write' };
const PRINCIPAL_WRITE: AccessRule = { operation: 'governance.principal.write' };

type Subject = { model?: string; target?: { kind?: string; name?: string } | null } | null | undefined;

/** Asking for a decision is asking to promote: the subject's model and target decide which permission. */
function evaluateRule(subject: Subject): AccessRule {
  const kind = subject?.target?.kind;
  const target: AccessTarget | undefined =
    (kind === 'alias' || kind === 'stage' || kind === 'deployment') && subject?.target?.name
      ? { kind, name: subject.target.name }
      : undefined;
  const operation = kind === 'deployment' ? 'deployment.write' : 'registry.promote';
  return { operation, ...(subject?.model ? { model: subject.model } : {}), ...(target ? { target } : {}) };
}

const BASE = '/api/2.0/cairn/governance/';

export const governanceHttpAccess: HttpAccessRules = ({ method, path, body }) => {
  if (!path.startsWith(BASE)) return method === 'GET' ? READ : PRINCIPAL_WRITE;
  const [resource, , action] = path.slice(BASE.length).split('/');
  if (resource === 'principals') return PRINCIPAL_WRITE; // reading token ids and roles is an admin's business too
  if (method === 'GET') return READ;
  if (resource === 'policies') return POLICY_WRITE;
  if (resource === 'decisions') return action === 'approve' || action === 'reject' ? APPROVE : evaluateRule(body.subject as Subject);
  return READ; // the audit API answers only GET; other verbs reach Nest's 404 after authentication
};

const GOVERNANCE_RPC: Record<string, AccessRule | ((request: unknown) => AccessRule)> = {
  Evaluate: (request) => evaluateRule((request as { subject?: Subject }).subject),
  Approve: APPROVE,
  Reject: APPROVE,
  GetDecision: READ,
  PublishPolicy: POLICY_WRITE,
  RetirePolicy: POLICY_WRITE,
  ListPolicies: READ,
  QueryAudit: READ,
  ExplainDeployment: READ,
  VerifyAudit: READ,
};

export const governanceGrpcAccess: GrpcAccessRules = (path, request) => {
  const [, service, method] = path.split('/');
  if (service === ACCESS_SERVICE) return method === 'Authorize' ? 'public' : PRINCIPAL_WRITE;
  const rule = GOVERNANCE_RPC[method];
  return typeof rule === 'function' ? rule(request) : rule;
};
