import { CairnError, Unavailable } from '@cairn/contracts';
import { status } from '@grpc/grpc-js';
import type { PromotionRequest } from '../../application/ports';
import { evaluateRequestOf, gateDecisionOf, gateErrorOf, GOVERNANCE_GATE_ERRORS, latestMetrics } from './evaluate-mapping';

const request: PromotionRequest = {
  name: 'fraud',
  version: 3,
  requestId: 'req-1',
  target: { kind: 'stage', stage: 'Production', archiveExistingVersions: true },
  requester: 'user:alice',
  tags: [{ key: 'change-ticket', value: 'CHG-1' }],
  lineage: {
    runId: 'run-7',
    experimentId: '1',
    datasets: [
      { name: 'train', digest: '2b9a1f0d', source: 's3://t', sourceType: 's3', context: 'training' },
      { name: 'holdout', digest: 'ffff0000' },
    ],
    codeVersion: { gitCommit: 'deadbeef', sourceName: 'train.py' },
    metrics: [
      { key: 'accuracy', value: 0.91, step: 1, timestamp: 10 },
      { key: 'accuracy', value: 0.93, step: 2, timestamp: 5 },
      { key: 'loss', value: 'NaN', step: 0, timestamp: 1 },
      { key: 'gap', value: '-Infinity', step: 0, timestamp: 1 },
    ],
    params: [{ key: 'C', value: '1.0' }],
  },
};

describe('PromotionRequest → EvaluateRequest', () => {
  it('sends subject, request id, the requester id without roles, and the facts governance reads', () => {
    expect(evaluateRequestOf(request)).toEqual({
      subject: { model: 'fraud', version: 3, target: { kind: 'stage', name: 'Production' }, request_id: 'req-1' },
      requester: { id: 'user:alice', roles: [] },
      facts: {
        tags: { 'change-ticket': 'CHG-1' },
        metrics: { accuracy: 0.93, loss: NaN, gap: -Infinity },
        lineage: {
          run: 'run-7',
          datasets: [
            { name: 'train', digest: '2b9a1f0d', source: 's3://t', context: 'training' },
            { name: 'holdout', digest: 'ffff0000', source: '' },
          ],
          code_version: 'deadbeef',
        },
        data_quality: {},
      },
    });
  });

  it('an alias target names the alias; absent run, commit and tags are left out', () => {
    const bare = evaluateRequestOf({
      ...request,
      target: { kind: 'alias', alias: 'champion' },
      tags: undefined,
      lineage: { datasets: [], codeVersion: {}, metrics: [] },
    });
    expect(bare.subject?.target).toEqual({ kind: 'alias', name: 'champion' });
    expect(bare.facts).toEqual({ tags: {}, metrics: {}, lineage: { datasets: [] }, data_quality: {} });
  });

  it('a metric logged at several steps counts once: highest step, then latest timestamp, then last listed', () => {
    expect(
      latestMetrics([
        { key: 'a', value: 1, step: 2, timestamp: 1 },
        { key: 'a', value: 2, step: 1, timestamp: 9 },
        { key: 'b', value: 1, step: 1, timestamp: 1 },
        { key: 'b', value: 2, step: 1, timestamp: 2 },
        { key: 'c', value: 1, step: 1, timestamp: 1 },
        { key: 'c', value: 3, step: 1, timestamp: 1 },
      ]),
    ).toEqual({ a: 1, b: 2, c: 3 });
  });
});

const response = (overrides: Record<string, unknown>) => ({
  decision_id: 'dec-1',
  outcome: 'allow',
  reasons: [] as string[],
  policies: [{ policy_id: 'minimum-accuracy', version: 2, hash: 'a'.repeat(64), effect: 'deny-unless', result: 'pass' }],
  evaluated_at: '1',
  ...overrides,
});

describe('EvaluateResponse → GateDecision', () => {
  it('allow keeps the decision id and the evaluated policy versions', () => {
    expect(gateDecisionOf(response({}), request)).toEqual({
      outcome: 'allow',
      decisionId: 'dec-1',
      policies: [{ id: 'minimum-accuracy', version: 2 }],
      reasons: [],
    });
  });

  it('deny carries the reasons', () => {
    expect(gateDecisionOf(response({ outcome: 'deny', reasons: ['accuracy must be at least 0.90'] }), request)).toMatchObject({
      outcome: 'deny',
      reasons: ['accuracy must be at least 0.90'],
    });
  });

  it('needs-approval carries the decision id and the approvals required (1 when governance leaves it out)', () => {
    expect(gateDecisionOf(response({ outcome: 'needs-approval', approvals_required: 2, reasons: ['two approvers'] }), request)).toMatchObject({
      outcome: 'needs-approval',
      decisionId: 'dec-1',
      approvalsRequired: 2,
      reasons: ['two approvers'],
    });
    expect(gateDecisionOf(response({ outcome: 'needs-approval' }), request)).toMatchObject({ approvalsRequired: 1 });
  });

  it('an unknown outcome, or needs-approval without a decision id, is INTERNAL and never an allow', () => {
    for (const bad of [response({ outcome: 'maybe' }), response({ outcome: 'needs-approval', decision_id: '' })]) {
      let thrown: unknown;
      try {
        gateDecisionOf(bad, request);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ kind: 'INTERNAL', code: GOVERNANCE_GATE_ERRORS.badAnswer, context: { requestId: 'req-1' } });
    }
  });
});

describe('a failed Evaluate → the port error', () => {
  it.each([status.UNAVAILABLE, status.DEADLINE_EXCEEDED, status.INTERNAL, status.ABORTED, status.RESOURCE_EXHAUSTED, undefined])(
    'gRPC status %s is UNAVAILABLE (try again)',
    (code) => {
      const error = gateErrorOf({ code, details: 'connect ECONNREFUSED' }, request);
      expect(error).toBeInstanceOf(Unavailable);
      expect(error).toMatchObject({ code: GOVERNANCE_GATE_ERRORS.unavailable, context: { name: 'fraud', version: 3, requestId: 'req-1' } });
    },
  );

  it.each([status.INVALID_ARGUMENT, status.UNAUTHENTICATED, status.PERMISSION_DENIED, status.UNIMPLEMENTED])(
    'gRPC status %s is INTERNAL with the governance code in context (our bug: retrying cannot help)',
    (code) => {
      const error = gateErrorOf({ code, details: 'subject.target is required', cairnCode: 'GOVERNANCE.INVALID_ARGUMENT' }, request);
      expect(error).toBeInstanceOf(CairnError);
      expect(error).toMatchObject({
        kind: 'INTERNAL',
        code: GOVERNANCE_GATE_ERRORS.refused,
        context: { requestId: 'req-1', grpcStatus: code, governanceCode: 'GOVERNANCE.INVALID_ARGUMENT' },
      });
      expect(error.message).toMatch(/subject.target is required/);
    },
  );
});
