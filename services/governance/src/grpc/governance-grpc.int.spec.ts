import { failure, testAdminToken, unaryCaller } from '@cairn/platform/grpc-testing';
import { loadProto } from '@cairn/contracts';
import { credentials, ServiceError, status } from '@grpc/grpc-js';
import { startServiceOnTestDatabase, ServiceOnTestDatabase } from '../../../testing/service-on-test-database';
import type { ServiceProcess } from '../../../testing/service-process';
import { loadExamplePolicies } from '../infrastructure/examples/example-policies';
import type { ProtoGrpcType } from './generated/governance';
import type { GovernanceServiceClient } from './generated/cairn/governance/v1/GovernanceService';
import type { EvaluateRequest } from './generated/cairn/governance/v1/EvaluateRequest';
import { GOVERNANCE_PROTO } from './names';

/**
 * cairn.governance.v1 against the real governance service (a child process on a throwaway database owned by the
 * app role) through a grpc-js client built from the same proto; the REST routes answer the same core.
 */
jest.setTimeout(180_000);

let governance: ServiceOnTestDatabase;
let svc: ServiceProcess;
let client: GovernanceServiceClient;
let httpPort: number;

const call = unaryCaller(() => client, 'user:admin');

const codeOf = (error: ServiceError) => error.metadata.get('cairn-error-code')[0];

async function rest(method: 'GET' | 'POST', route: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${httpPort}/api/2.0/cairn/governance/${route}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-cairn-actor': 'user:bob', authorization: `Bearer ${testAdminToken()}` },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const request = (overrides: Partial<EvaluateRequest> = {}): EvaluateRequest => ({
  subject: { model: 'fraud-detector', version: 3, target: { kind: 'stage', name: 'production' } },
  requester: { id: 'user:alice', roles: [{ role: 'approver' }, { role: 'ml-engineer' }] },
  facts: {
    tags: { 'change-ticket': 'CHG-1' },
    metrics: { accuracy: 0.93, latency_p95_ms: 42.5, 'accuracy_by_group/a': 0.92, 'accuracy_by_group/b': 0.94 },
    lineage: { run: 'run-7', datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://t', context: 'training' }], code_version: 'deadbeef' },
    data_quality: {},
  },
  ...overrides,
});

beforeAll(async () => {
  governance = await startServiceOnTestDatabase('governance', 'cairn_governance_grpc');
  ({ svc, httpPort } = governance);
  const pkg = loadProto(GOVERNANCE_PROTO) as unknown as ProtoGrpcType;
  client = new pkg.cairn.governance.v1.GovernanceService(governance.grpcAddress, credentials.createInsecure());
}, 150_000);

afterAll(async () => {
  client?.close();
  await governance?.stop();
});

describe('cairn.governance.v1.GovernanceService', () => {
  it("is served beside grpc.health.v1 on the service's one gRPC port", () => {
    expect(svc.line('service started')).toMatchObject({
      grpc_services: expect.arrayContaining(['grpc.health.v1.Health', 'cairn.governance.v1.GovernanceService']),
    });
  });

  it('publishes the example policies and lists them with versions and hashes', async () => {
    for (const e of loadExamplePolicies()) {
      const { policy } = await call('PublishPolicy', {
        policy_id: e.policyId,
        name: e.name,
        description: e.description,
        source: e.source,
        scope: { model_pattern: e.scope.modelPattern, targets: e.scope.targets },
        effect: e.effect,
        ...(e.approvals ? { approvals: e.approvals } : {}),
        message: e.message,
      });
      expect(policy).toMatchObject({ policy_id: e.policyId, version: 1, published_by: 'user:admin' });
      expect(policy!.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const { policies } = await call('ListPolicies', {});
    expect(policies).toHaveLength(7);
  });

  it('refuses a policy that does not compile: INVALID_ARGUMENT with line:column and the stable code', async () => {
    const error = await failure(
      call('PublishPolicy', { policy_id: 'bad', name: 'bad', source: 'metrics.accuracy >=', scope: { model_pattern: '*', targets: ['*'] }, effect: 'deny-unless', message: 'm' }),
    );
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/does not compile:\n1:\d+: /);
    expect(codeOf(error)).toBe('GOVERNANCE.POLICY_DOES_NOT_COMPILE');
  });

  it('evaluates: allow, deny with reasons, needs-approval; NaN metrics cross the wire', async () => {
    const allowed = await call('Evaluate', request({ decision_id: 'd-allow' }), 'service:registry');
    expect(allowed).toMatchObject({ decision_id: 'd-allow', outcome: 'allow', reasons: [] });
    expect(allowed.policies.map((p) => p.result)).toEqual(Array(7).fill('pass'));

    const weak = request();
    weak.facts!.metrics = { ...weak.facts!.metrics, accuracy: NaN };
    const denied = await call('Evaluate', weak, 'service:registry');
    expect(denied).toMatchObject({ outcome: 'deny', reasons: ['accuracy must be at least 0.90'] });
    expect(denied.decision_id).toMatch(/^[0-9a-f-]{36}$/);

    const noTicket = request({ decision_id: 'd-wait' });
    noTicket.facts!.tags = {};
    expect(await call('Evaluate', noTicket, 'service:registry')).toMatchObject({ outcome: 'needs-approval', approvals_required: 2 });
  });

  it('approves by two approvers (PromotionApproved) and refuses self-approval with PERMISSION_DENIED', async () => {
    const self = await failure(call('Approve', { decision_id: 'd-wait', approver: { id: 'user:alice', roles: [{ role: 'approver' }] } }, 'user:alice'));
    expect(self.code).toBe(status.PERMISSION_DENIED);
    expect(codeOf(self)).toBe('GOVERNANCE.SELF_APPROVAL');

    const first = await call('Approve', { decision_id: 'd-wait', approver: { id: 'user:bob', roles: [{ role: 'approver' }] }, comment: 'ok' }, 'user:bob');
    expect(first.decision).toMatchObject({ status: 'awaiting-approval', approvers: ['user:bob'], approvals_required: 2 });
    const second = await call('Approve', { decision_id: 'd-wait', approver: { id: 'user:carol', roles: [{ role: 'approver', scope: 'fraud-*' }] } }, 'user:carol');
    expect(second.decision).toMatchObject({ status: 'approved', approvers: ['user:bob', 'user:carol'] });
    expect((await call('GetDecision', { decision_id: 'd-wait' })).decision).toMatchObject({
      status: 'approved',
      subject: { model: 'fraud-detector', version: 3, target: { kind: 'stage', name: 'Production' } },
      evaluated_at: expect.any(String),
    });
  });

  // The audit RPCs: audit/audit.int.spec.ts.
  it('GetDecision of an unknown id is NOT_FOUND', async () => {
    const missing = await failure(call('GetDecision', { decision_id: 'nope' }));
    expect(missing.code).toBe(status.NOT_FOUND);
    expect(codeOf(missing)).toBe('GOVERNANCE.DECISION_NOT_FOUND');
  });
});

describe('REST /api/2.0/cairn/governance', () => {
  it('lists policies and reads a decision', async () => {
    const list = await rest('GET', 'policies');
    expect(list.status).toBe(200);
    expect(list.body.policies).toHaveLength(7);
    expect(await rest('GET', 'decisions/d-allow')).toMatchObject({ status: 200, body: { decision: { status: 'allowed' } } });
  });

  it('publishes a new version and refuses a broken one in the platform error shape', async () => {
    const e = loadExamplePolicies()[0];
    const published = await rest('POST', 'policies', {
      policy_id: e.policyId, name: e.name, source: `${e.source}\n&& true`, scope: { model_pattern: e.scope.modelPattern, targets: e.scope.targets }, effect: e.effect, message: e.message,
    });
    expect(published).toMatchObject({ status: 200, body: { policy: { policy_id: e.policyId, version: 2, published_by: 'user:bob' } } });
    const broken = await rest('POST', 'policies', { policy_id: 'bad', name: 'bad', source: '1 +', scope: { model_pattern: '*', targets: ['*'] }, effect: 'deny-unless', message: 'm' });
    expect(broken).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message: expect.stringMatching(/1:\d+: /) } });
  });

  it('rejects a waiting decision, then a further approval is refused; unknown decisions are 404', async () => {
    const noTicket = request({ decision_id: 'd-reject' });
    noTicket.facts!.tags = {};
    await call('Evaluate', noTicket, 'service:registry');
    const stranger = await rest('POST', 'decisions/d-reject/approve', { approver: { id: 'user:dave', roles: [{ role: 'ml-engineer' }] } });
    expect(stranger).toMatchObject({ status: 403, body: { error_code: 'PERMISSION_DENIED', message: expect.stringMatching(/no approver role/) } });
    const rejected = await rest('POST', 'decisions/d-reject/reject', { approver: { id: 'user:bob', roles: [{ role: 'approver' }] }, reason: 'no ticket' });
    expect(rejected).toMatchObject({ status: 200, body: { decision: { status: 'rejected', rejected_by: 'user:bob' } } });
    const late = await rest('POST', 'decisions/d-reject/approve', { approver: { id: 'user:carol', roles: [{ role: 'approver' }] } });
    expect(late).toMatchObject({ status: 400, body: { error_code: 'BAD_REQUEST' } });
    const notApprover = await rest('POST', 'decisions/d-allow/approve', { approver: { id: 'user:dave', roles: [] } });
    expect(notApprover.status).toBe(400); // allowed already: not awaiting approval comes first
    expect((await rest('GET', 'decisions/nope')).status).toBe(404);
  });
});
