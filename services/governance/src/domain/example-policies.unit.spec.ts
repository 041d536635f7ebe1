import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createCelPolicyEngine } from './cel-engine';
import { aPolicyInput, metadataAt, T0 } from './decider-specification';
import { compilePolicy, evaluatePolicies } from './evaluation';
import { PolicyInput } from './model';
import { decidePolicy, evolvePolicyAll, initialPolicyState, PolicyVersion, PublishPolicyVersion } from './policy';

/**
 * The example policies shipped in services/governance/policies/examples (the guide's gates), each published
 * through the policy decider as an admin would, then evaluated on inputs that pass and inputs that fail.
 */
const engine = createCelPolicyEngine();
const dir = path.resolve(__dirname, '../../policies/examples');
type Entry = Omit<PublishPolicyVersion['data'], 'source'> & { file: string };
const manifest: Entry[] = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

function publish(entry: Entry): PolicyVersion {
  const { file, ...data } = entry;
  const command: PublishPolicyVersion = {
    type: 'PublishPolicyVersion',
    data: { ...data, source: readFileSync(path.join(dir, file), 'utf8') },
  };
  const state = evolvePolicyAll(decidePolicy(command, initialPolicyState(), metadataAt(T0, 'admin'), { engine }));
  if (state.kind !== 'active') throw new Error(`${entry.policyId} was not published`);
  return state.policy;
}
const published = new Map(manifest.map((entry) => [entry.policyId, publish(entry)]));
const outcomeOf = (policyId: string, input: PolicyInput) => {
  const policy = published.get(policyId);
  if (!policy) throw new Error(`no example ${policyId}`);
  return evaluatePolicies(engine, [compilePolicy(engine, policy)], input);
};
const day = (n: number) => new Date(T0 + n * 86_400_000).toISOString(); // T0 is a Monday
const withMetrics = (metrics: PolicyInput['metrics']) =>
  aPolicyInput({ metrics: { ...aPolicyInput().metrics, ...metrics } });
const withDatasets = (datasets: PolicyInput['lineage']['datasets']) =>
  aPolicyInput({ lineage: { ...aPolicyInput().lineage, datasets } });

it('the manifest lists the six gates of the guide and a require-approvals example, each with its file', () =>
  expect(manifest.map((e) => e.policyId)).toEqual([
    'minimum-accuracy',
    'maximum-fairness-gap',
    'latency-budget',
    'approvers-promote-to-production',
    'training-data-digest',
    'no-friday-deployments',
    'production-change-ticket',
  ]));

const cases: [string, string, PolicyInput, 'pass' | 'fail'][] = [
  ['minimum-accuracy', 'accuracy 0.93', aPolicyInput(), 'pass'],
  ['minimum-accuracy', 'accuracy exactly 0.90', withMetrics({ accuracy: 0.9 }), 'pass'],
  ['minimum-accuracy', 'accuracy 0.89', withMetrics({ accuracy: 0.89 }), 'fail'],
  ['minimum-accuracy', 'no accuracy logged', aPolicyInput({ metrics: { auc: 0.99 } }), 'fail'],
  ['minimum-accuracy', 'accuracy NaN', withMetrics({ accuracy: 'NaN' }), 'fail'],

  ['maximum-fairness-gap', 'two groups 0.02 apart', aPolicyInput(), 'pass'],
  ['maximum-fairness-gap', 'three groups within 0.05', withMetrics({ 'accuracy_by_group/other': 0.97 }), 'pass'],
  ['maximum-fairness-gap', 'a group 0.06 below another', withMetrics({ 'accuracy_by_group/male': 0.98 }), 'fail'],
  [
    'maximum-fairness-gap',
    'only one group reported',
    aPolicyInput({ metrics: { accuracy: 0.93, 'accuracy_by_group/female': 0.9 } }),
    'fail',
  ],
  ['maximum-fairness-gap', 'no group reported', aPolicyInput({ metrics: { accuracy: 0.93 } }), 'fail'],

  ['latency-budget', 'p95 42.5 ms', aPolicyInput(), 'pass'],
  ['latency-budget', 'p95 exactly 50 ms', withMetrics({ latency_p95_ms: 50 }), 'pass'],
  ['latency-budget', 'p95 80 ms', withMetrics({ latency_p95_ms: 80 }), 'fail'],
  ['latency-budget', 'latency not measured', aPolicyInput({ metrics: { accuracy: 0.93 } }), 'fail'],

  ['approvers-promote-to-production', 'an approver requests', aPolicyInput(), 'pass'],
  [
    'approvers-promote-to-production',
    'an ml-engineer requests',
    aPolicyInput({ requester: { id: 'user:dave', roles: ['ml-engineer'] } }),
    'fail',
  ],
  [
    'approvers-promote-to-production',
    'an ml-engineer requests the champion alias',
    aPolicyInput({
      requester: { id: 'user:dave', roles: ['ml-engineer'] },
      target: { kind: 'alias', name: 'champion' },
    }),
    'fail',
  ],

  ['training-data-digest', 'training and eval sets with digests', aPolicyInput(), 'pass'],
  [
    'training-data-digest',
    'datasets without a context count as training',
    withDatasets([{ name: 'all', digest: 'abcdef0123', source: '' }]),
    'pass',
  ],
  [
    'training-data-digest',
    'the training set has an empty digest',
    withDatasets([{ name: 'train', digest: '', source: 's3://d', context: 'training' }]),
    'fail',
  ],
  [
    'training-data-digest',
    'the training set has a non-hex digest',
    withDatasets([{ name: 'train', digest: 'latest', source: 's3://d', context: 'training' }]),
    'fail',
  ],
  [
    'training-data-digest',
    'only an eval set',
    withDatasets([{ name: 'eval', digest: '77aa01ff', source: 's3://d', context: 'eval' }]),
    'fail',
  ],
  ['training-data-digest', 'no datasets at all', withDatasets([]), 'fail'],

  ['no-friday-deployments', 'a Monday', aPolicyInput(), 'pass'],
  ['no-friday-deployments', 'a Thursday 23:59 UTC', aPolicyInput({ now: '2026-11-26T23:59:59Z' }), 'pass'],
  ['no-friday-deployments', 'a Friday 00:00 UTC', aPolicyInput({ now: '2026-11-27T00:00:00Z' }), 'fail'],
  ['no-friday-deployments', 'a Friday afternoon', aPolicyInput({ now: day(4).replace('10:00', '15:30') }), 'fail'],
  ['no-friday-deployments', 'a Saturday', aPolicyInput({ now: day(5) }), 'pass'],

  ['production-change-ticket', 'a change-ticket tag', aPolicyInput(), 'pass'],
  [
    'production-change-ticket',
    'no tags',
    aPolicyInput({ model: { name: 'fraud-detector', version: 3, tags: {} } }),
    'fail',
  ],
  [
    'production-change-ticket',
    'an empty change-ticket tag',
    aPolicyInput({ model: { name: 'fraud-detector', version: 3, tags: { 'change-ticket': '' } } }),
    'fail',
  ],
];

describe.each(manifest.map((e) => e.policyId))('the example policy %s', (policyId) => {
  const own = cases.filter(([id]) => id === policyId);

  it('has passing and failing cases here', () => {
    expect(own.some(([, , , r]) => r === 'pass')).toBe(true);
    expect(own.some(([, , , r]) => r === 'fail')).toBe(true);
  });

  it.each(own.map(([, label, input, result]) => [label, input, result] as const))(
    'given %s, then it %ss',
    (_label, input, expected) => {
      const outcome = outcomeOf(policyId, input);
      expect(outcome.policies).toHaveLength(1);
      expect(outcome.policies[0].result).toBe(expected);
      const effect = published.get(policyId)?.effect;
      const failing = effect === 'deny-unless' ? 'deny' : 'needs-approval';
      expect(outcome.outcome).toBe(expected === 'pass' ? 'allow' : failing);
      if (expected === 'fail') expect(outcome.reasons).toEqual([published.get(policyId)?.message]);
    },
  );
});

describe('all example policies together', () => {
  const all = [...published.values()].map((policy) => compilePolicy(engine, policy));

  it('given a well-documented version promoted to Production by an approver on a Monday, then allow after all seven', () => {
    const result = evaluatePolicies(engine, all, aPolicyInput());
    expect(result.outcome).toBe('allow');
    expect(result.policies.map((p) => p.policyId)).toHaveLength(7);
  });

  it('given the same request without a change ticket, then it needs two approvals', () =>
    expect(
      evaluatePolicies(engine, all, aPolicyInput({ model: { name: 'fraud-detector', version: 3, tags: {} } })),
    ).toMatchObject({
      outcome: 'needs-approval',
      approvalsRequired: 2,
    }));

  it('given a Friday request by an ml-engineer with a weak model, then deny with every reason', () => {
    const input = aPolicyInput({
      now: '2026-11-27T12:00:00Z',
      requester: { id: 'user:dave', roles: ['ml-engineer'] },
      metrics: { accuracy: 0.8, latency_p95_ms: 10, 'accuracy_by_group/a': 0.8, 'accuracy_by_group/b': 0.81 },
    });
    expect(evaluatePolicies(engine, all, input)).toMatchObject({
      outcome: 'deny',
      reasons: [
        'only approvers may promote to production',
        'accuracy must be at least 0.90',
        'no deployments on Fridays',
      ],
    });
  });

  it('given a promotion to Staging, then only the policies scoped to Staging or everything apply', () =>
    expect(
      evaluatePolicies(engine, all, aPolicyInput({ target: { kind: 'stage', name: 'Staging' } })).policies.map(
        (p) => p.policyId,
      ),
    ).toEqual(['minimum-accuracy', 'training-data-digest']));
});
