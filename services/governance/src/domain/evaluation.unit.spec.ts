import { createCelPolicyEngine } from './cel-engine';
import { aPolicy, aPolicyInput } from './decider-specification';
import { compilePolicy, CompiledPolicy, evaluatePolicies, selectPolicies } from './evaluation';
import { PolicyVersion } from './policy';
import { PolicyEngine } from './policy-engine';

const engine = createCelPolicyEngine();

const compiled = (...policies: PolicyVersion[]): CompiledPolicy[] => policies.map((p) => compilePolicy(engine, p));
const ref = (policy: PolicyVersion) => ({
  policyId: policy.policyId,
  version: policy.version,
  hash: policy.hash,
  effect: policy.effect,
});

const pass = aPolicy('b-pass', 'metrics.accuracy >= 0.9');
const fail = aPolicy('c-fail', 'metrics.accuracy >= 0.99', { message: 'accuracy below 0.99' });
const broken = aPolicy('a-error', 'metrics.f1 >= 0.9');
const twoApprovals = aPolicy('d-two', 'false', { effect: 'require-approvals', approvals: 2, message: 'two approvers' });
const oneApproval = aPolicy('e-one', 'false', { effect: 'require-approvals', approvals: 1, message: 'one approver' });
const noApprovalNeeded = aPolicy('f-none', 'true', { effect: 'require-approvals', approvals: 3 });

describe('given no policy applies', () => {
  it('when evaluated, then allow with no reasons', () =>
    expect(evaluatePolicies(engine, [], aPolicyInput())).toEqual({ policies: [], outcome: 'allow', reasons: [] }));

  it('when the only policy is scoped to another model, then allow and it is not listed', () => {
    const other = aPolicy('x', 'false', { scope: { modelPattern: 'churn-*', targets: ['*'] } });
    expect(evaluatePolicies(engine, compiled(other), aPolicyInput())).toMatchObject({ policies: [], outcome: 'allow' });
  });

  it('when the only policy is scoped to another target, then allow', () => {
    const staging = aPolicy('x', 'false', { scope: { modelPattern: '*', targets: ['Staging'] } });
    expect(evaluatePolicies(engine, compiled(staging), aPolicyInput()).outcome).toBe('allow');
  });
});

describe('given matching policies', () => {
  it('when every policy passes, then allow, listing each with its id, version, hash and result', () =>
    expect(evaluatePolicies(engine, compiled(pass, noApprovalNeeded), aPolicyInput())).toEqual({
      policies: [
        { ...ref(pass), result: 'pass' },
        { ...ref(noApprovalNeeded), result: 'pass' },
      ],
      outcome: 'allow',
      reasons: [],
    }));

  it('when a deny-unless policy fails, then deny with its message', () =>
    expect(evaluatePolicies(engine, compiled(pass, fail), aPolicyInput())).toEqual({
      policies: [
        { ...ref(pass), result: 'pass' },
        { ...ref(fail), result: 'fail', message: 'accuracy below 0.99' },
      ],
      outcome: 'deny',
      reasons: ['accuracy below 0.99'],
    }));

  it('when a policy errors, then deny (an error is never an allow), naming the policy and the error', () => {
    const result = evaluatePolicies(engine, compiled(broken, pass), aPolicyInput());
    expect(result.outcome).toBe('deny');
    expect(result.policies[0]).toEqual({ ...ref(broken), result: 'error', message: 'field not found: f1' });
    expect(result.reasons).toEqual(['a-error (policy a-error v1) could not be evaluated: field not found: f1']);
  });

  it('when a require-approvals policy errors, then deny too', () => {
    const erroring = aPolicy('g', 'metrics.f1 > 0.5', { effect: 'require-approvals', approvals: 1 });
    expect(evaluatePolicies(engine, compiled(erroring), aPolicyInput()).outcome).toBe('deny');
  });

  it('when a policy returns a non-bool, then deny', () =>
    expect(evaluatePolicies(engine, compiled(aPolicy('h', 'metrics.accuracy')), aPolicyInput()).outcome).toBe('deny'));

  it('when a stored policy no longer compiles, then deny', () => {
    const stale: CompiledPolicy = {
      policy: aPolicy('s', 'x'),
      compiled: { ok: false, errors: [{ message: 'gone', line: 1, column: 1 }] },
    };
    expect(evaluatePolicies(engine, [stale], aPolicyInput())).toMatchObject({
      outcome: 'deny',
      policies: [{ result: 'error', message: 'does not compile with @bufbuild/cel 0.6.1: 1:1: gone' }],
    });
  });

  it('when require-approvals policies fail, then needs-approval with the largest number among them', () =>
    expect(evaluatePolicies(engine, compiled(oneApproval, twoApprovals, pass), aPolicyInput())).toMatchObject({
      outcome: 'needs-approval',
      approvalsRequired: 2,
      reasons: ['two approvers', 'one approver'],
    }));

  it('when a deny-unless policy fails and a require-approvals one too, then deny wins', () =>
    expect(evaluatePolicies(engine, compiled(twoApprovals, fail), aPolicyInput())).toMatchObject({
      outcome: 'deny',
      reasons: ['accuracy below 0.99'],
    }));

  it('lists policies by id whatever order they come in', () =>
    expect(
      selectPolicies(compiled(fail, broken, pass), 'm', { kind: 'stage', name: 'Production' }).map(
        (p) => p.policy.policyId,
      ),
    ).toEqual(['a-error', 'b-pass', 'c-fail']));
});

describe('given an engine that throws nothing but answers errors', () => {
  const fake: PolicyEngine = {
    name: 'fake',
    compile: (source) => ({ ok: true, program: { engine: 'fake', source } }),
    evaluate: () => ({ ok: false, error: 'boom' }),
  };
  it('when evaluated, then the outcome is deny whatever the policy', () =>
    expect(evaluatePolicies(fake, [compilePolicy(fake, pass)], aPolicyInput())).toMatchObject({
      outcome: 'deny',
      reasons: [expect.stringMatching(/boom/)],
    }));
});

it('the same policies over the same input give the same outcome (deterministic)', () => {
  const policies = compiled(pass, fail, twoApprovals, broken);
  expect(evaluatePolicies(engine, policies, aPolicyInput())).toEqual(
    evaluatePolicies(engine, [...policies].reverse(), aPolicyInput()),
  );
});
