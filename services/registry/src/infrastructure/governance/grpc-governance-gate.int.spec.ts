import { createServer, Server, Socket } from 'node:net';
import { CairnError, Unavailable } from '@cairn/contracts';
import { testAdminToken } from '@cairn/platform/grpc-testing';
import type { PromotionRequest } from '../../application/ports';
import { freePort } from '../../../../testing/service-process';
import { GOVERNANCE_GATE_ERRORS } from './evaluate-mapping';
import { GrpcGovernanceGate } from './grpc-governance-gate';
import { RunningGovernance, startGovernance } from './testing/governance-process';

/**
 * The gate against the real governance service (a child process on a throwaway database): policies published over
 * its gRPC API, then the registry's PromotionRequests evaluated through the adapter; governance down or silent.
 */
jest.setTimeout(180_000);

let governance: RunningGovernance;
let gate: GrpcGovernanceGate;

const request = (overrides: Partial<PromotionRequest> = {}): PromotionRequest => ({
  name: 'gate-fraud',
  version: 3,
  requestId: `req-${Math.random().toString(36).slice(2)}`,
  target: { kind: 'alias', alias: 'champion' },
  requester: 'user:alice',
  correlationId: 'corr-gate-1',
  traceparent: null,
  tags: [],
  lineage: {
    runId: 'run-7',
    datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://t', context: 'training' }],
    codeVersion: { gitCommit: 'deadbeef' },
    metrics: [{ key: 'accuracy', value: 0.95, step: 1, timestamp: 1 }],
  },
  ...overrides,
});

const withAccuracy = (value: number) => ({ ...request().lineage, metrics: [{ key: 'accuracy', value, step: 1, timestamp: 1 }] });

beforeAll(async () => {
  governance = await startGovernance();
  const publish = (policy: Record<string, unknown>) => governance.call('PublishPolicy', policy);
  await publish({
    policy_id: 'gate-minimum-accuracy',
    name: 'Minimum accuracy',
    source: 'has(metrics.accuracy) && metrics.accuracy >= 0.90',
    scope: { model_pattern: 'gate-*', targets: ['alias:champion', 'Production'] },
    effect: 'deny-unless',
    message: 'accuracy must be at least 0.90',
  });
  await publish({
    policy_id: 'gate-change-ticket',
    name: 'Production needs a change ticket or two approvals',
    source: '"change-ticket" in model.tags && model.tags["change-ticket"] != ""',
    scope: { model_pattern: 'gate-*', targets: ['Production'] },
    effect: 'require-approvals',
    approvals: 2,
    message: 'no change ticket: two approvers must approve',
  });
  await publish({
    policy_id: 'gate-approvers-only',
    name: 'Only approvers',
    source: '"approver" in requester.roles',
    scope: { model_pattern: 'gate-*', targets: ['alias:production'] },
    effect: 'deny-unless',
    message: 'only approvers may promote to production',
  });
  gate = new GrpcGovernanceGate({ address: governance.address, token: testAdminToken() });
}, 180_000);

afterAll(async () => {
  gate?.close();
  await governance?.stop();
});

describe('GrpcGovernanceGate against governance', () => {
  it('allows a version whose accuracy passes, naming the evaluated policy version and the decision', async () => {
    const decision = await gate.evaluate(request());
    expect(decision).toMatchObject({ outcome: 'allow', policies: [{ id: 'gate-minimum-accuracy', version: 1 }], reasons: [] });
    expect(decision.decisionId).toEqual(expect.any(String));
  });

  it('denies a version below the accuracy bar, with the policy message as the reason', async () => {
    const decision = await gate.evaluate(request({ lineage: withAccuracy(0.8) }));
    expect(decision).toMatchObject({ outcome: 'deny', reasons: ['accuracy must be at least 0.90'] });
  });

  it('needs two approvals for Production without a change ticket, and none with one', async () => {
    const production = { kind: 'stage', stage: 'Production', archiveExistingVersions: false } as const;
    const waiting = await gate.evaluate(request({ target: production }));
    expect(waiting).toMatchObject({ outcome: 'needs-approval', approvalsRequired: 2, reasons: ['no change ticket: two approvers must approve'] });

    // What governance recorded: the registry's request id and the requester as sent.
    const { decision } = await governance.call('GetDecision', { decision_id: waiting.decisionId! });
    expect(decision).toMatchObject({ requester: 'user:alice', status: 'awaiting-approval', subject: { model: 'gate-fraud', version: 3 } });
    expect(decision!.subject!.request_id).toMatch(/^req-/);

    const ticketed = await gate.evaluate(request({ target: production, tags: [{ key: 'change-ticket', value: 'CHG-7' }] }));
    expect(ticketed.outcome).toBe('allow');
  });

  it('claims no roles for the requester: a policy that wants an approver denies an unknown requester', async () => {
    const decision = await gate.evaluate(request({ target: { kind: 'alias', alias: 'production' } }));
    expect(decision).toMatchObject({ outcome: 'deny', reasons: ['only approvers may promote to production'] });
  });

  it('governance refusing the request (INVALID_ARGUMENT) is INTERNAL with context, not UNAVAILABLE; the next request still succeeds', async () => {
    const failure = await gate.evaluate(request({ requester: '' })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CairnError);
    expect(failure).not.toBeInstanceOf(Unavailable);
    expect(failure).toMatchObject({ kind: 'INTERNAL', code: GOVERNANCE_GATE_ERRORS.refused, context: { name: 'gate-fraud', grpcStatus: 3 } });
    expect((await gate.evaluate(request())).outcome).toBe('allow');
  });
});

describe('GrpcGovernanceGate without governance', () => {
  it('nothing listening at the address: UNAVAILABLE', async () => {
    const down = new GrpcGovernanceGate({ address: `127.0.0.1:${await freePort()}`, token: testAdminToken(), deadlineMs: 2_000 });
    try {
      const failure = await down.evaluate(request()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Unavailable);
      expect(failure).toMatchObject({ code: GOVERNANCE_GATE_ERRORS.unavailable });
    } finally {
      down.close();
    }
  });

  it('a governance that never answers: UNAVAILABLE once the deadline passes, not later', async () => {
    // Accepts TCP connections and says nothing: the HTTP/2 handshake never completes.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const stuck = new GrpcGovernanceGate({ address: `127.0.0.1:${port}`, token: testAdminToken(), deadlineMs: 500 });
    try {
      const started = Date.now();
      const failure = await stuck.evaluate(request()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Unavailable);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      stuck.close();
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
