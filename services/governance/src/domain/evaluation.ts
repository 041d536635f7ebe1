import { DecisionOutcome, DecisionTarget, PolicyInput, PolicyOutcome } from './model';
import { PolicyVersion } from './policy';
import { CompileResult, PolicyEngine } from './policy-engine';
import { scopeMatches } from './scope';

/**
 * Policy evaluation, pure and deterministic: the same policies over the same input (its `now` included) give the
 * same outcome, in the same order, every time.
 *
 * 1. Select the policies whose scope matches the model name and the target.
 * 2. Evaluate each over the input. true → pass; false → fail; anything else (an error, a non-bool) → error.
 * 3. Outcome: any error, or any failing `deny-unless` policy → deny (reasons: their messages, errors named);
 *    else any failing `require-approvals` policy → needs-approval (the largest `approvals` among them);
 *    else allow. No matching policy → allow.
 */

/** A policy version with its program, compiled once per version (cache by `hash` in the adapter). */
export interface CompiledPolicy {
  policy: PolicyVersion;
  /** The compile result: a policy that no longer compiles (an engine change) evaluates as an error, a deny. */
  compiled: CompileResult;
}

export function compilePolicy(engine: PolicyEngine, policy: PolicyVersion): CompiledPolicy {
  return { policy, compiled: engine.compile(policy.source) };
}

export interface EvaluationOutcome {
  /** One entry per matching policy, in policy id order. */
  policies: PolicyOutcome[];
  outcome: DecisionOutcome;
  reasons: string[];
  approvalsRequired?: number;
}

export function selectPolicies(
  policies: readonly CompiledPolicy[],
  model: string,
  target: DecisionTarget,
): CompiledPolicy[] {
  return policies
    .filter(({ policy }) => scopeMatches(policy.scope, model, target))
    .sort((a, b) => compare(a.policy.policyId, b.policy.policyId) || a.policy.version - b.policy.version);
}

export function evaluatePolicies(
  engine: PolicyEngine,
  policies: readonly CompiledPolicy[],
  input: PolicyInput,
): EvaluationOutcome {
  const selected = selectPolicies(policies, input.model.name, input.target);
  const results: PolicyOutcome[] = selected.map(({ policy, compiled }) => {
    const ref = { policyId: policy.policyId, version: policy.version, hash: policy.hash, effect: policy.effect };
    if (!compiled.ok) {
      const detail = compiled.errors.map((e) => `${e.line}:${e.column}: ${e.message}`).join('; ');
      return { ...ref, result: 'error', message: `does not compile with ${engine.name}: ${detail}` };
    }
    const evaluated = engine.evaluate(compiled.program, input);
    if (!evaluated.ok) return { ...ref, result: 'error', message: evaluated.error };
    return evaluated.value ? { ...ref, result: 'pass' } : { ...ref, result: 'fail', message: policy.message };
  });

  const byId = new Map(selected.map(({ policy }) => [policy.policyId, policy]));
  const denials = results.filter((r) => r.result === 'error' || (r.result === 'fail' && r.effect === 'deny-unless'));
  if (denials.length > 0) {
    const reasons = denials.map((r) => {
      const policy = byId.get(r.policyId) as PolicyVersion;
      return r.result === 'error'
        ? `${policy.name} (policy ${r.policyId} v${r.version}) could not be evaluated: ${r.message}`
        : policy.message;
    });
    return { policies: results, outcome: 'deny', reasons };
  }
  const approvals = results.filter((r) => r.result === 'fail' && r.effect === 'require-approvals');
  if (approvals.length > 0) {
    const approvalsRequired = Math.max(...approvals.map((r) => byId.get(r.policyId)?.approvals ?? 1));
    return {
      policies: results,
      outcome: 'needs-approval',
      reasons: approvals.map((r) => byId.get(r.policyId)?.message ?? r.policyId),
      approvalsRequired,
    };
  }
  return { policies: results, outcome: 'allow', reasons: [] };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
