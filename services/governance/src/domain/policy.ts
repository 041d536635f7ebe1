import { InvalidArgument } from '@cairn/contracts';
import { GOVERNANCE_ERRORS, invalid, notFound } from './errors';
import { sha256Hex } from './hash';
import { CommandMetadata, PolicyEffect, PolicyEvent, PolicyScope } from './model';
import { describeCompileErrors, PolicyEngine } from './policy-engine';
import { scopeProblems } from './scope';

/**
 * The policy decider, one aggregate per `policy-<policyId>` stream: every published version is an event, the
 * latest one applies until the policy is retired.
 */

type Command<TType extends string, TData> = { type: TType; data: TData };

export type PublishPolicyVersion = Command<
  'PublishPolicyVersion',
  {
    policyId: string;
    name: string;
    description?: string;
    /** The CEL expression (README "Writing policies"). */
    source: string;
    scope: PolicyScope;
    effect: PolicyEffect;
    /** Required for `require-approvals` (1–10), absent for `deny-unless`. */
    approvals?: number;
    message: string;
  }
>;
export type RetirePolicy = Command<'RetirePolicy', { policyId: string; reason?: string }>;
export type PolicyCommand = PublishPolicyVersion | RetirePolicy;

/** One published version of a policy, as evaluation uses it. */
export interface PolicyVersion {
  policyId: string;
  version: number;
  name: string;
  description: string;
  source: string;
  hash: string;
  scope: PolicyScope;
  effect: PolicyEffect;
  approvals?: number;
  message: string;
  publishedBy: string;
  publishedAt: number;
}

export type PolicyState =
  | { kind: 'empty' }
  | { kind: 'active'; policy: PolicyVersion }
  | { kind: 'retired'; policy: PolicyVersion; retiredAt: number };

export const initialPolicyState = (): PolicyState => ({ kind: 'empty' });

export const POLICY_LIMITS = { sourceLength: 20_000, nameLength: 256, messageLength: 1000, maxApprovals: 10 } as const;
const POLICY_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;

// ── decide ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** The policy engine compiles a new version; a policy that does not compile is refused with each error's position. */
export interface PolicyContext {
  engine: PolicyEngine;
}

export function decidePolicy(
  command: PolicyCommand,
  state: PolicyState,
  metadata: CommandMetadata,
  context: PolicyContext,
): PolicyEvent[] {
  switch (command.type) {
    case 'PublishPolicyVersion':
      return publish(command.data, state, metadata, context.engine);
    case 'RetirePolicy':
      return retire(command.data, state, metadata);
  }
}

function publish(
  data: PublishPolicyVersion['data'],
  state: PolicyState,
  metadata: CommandMetadata,
  engine: PolicyEngine,
): PolicyEvent[] {
  if (!POLICY_ID.test(data.policyId)) {
    invalid(`policy id "${data.policyId}" must be 1-128 lower-case letters, digits, '.', '_' or '-'`, {
      policyId: data.policyId,
    });
  }
  const name = data.name?.trim() ?? '';
  if (name === '' || name.length > POLICY_LIMITS.nameLength) invalid('a policy needs a name of 1-256 characters');
  const message = data.message?.trim() ?? '';
  if (message === '' || message.length > POLICY_LIMITS.messageLength) {
    invalid('a policy needs a message of 1-1000 characters: the reason shown when it fails');
  }
  if (typeof data.source !== 'string' || data.source.trim() === '') invalid('a policy needs a CEL source');
  if (data.source.length > POLICY_LIMITS.sourceLength) {
    invalid(`a policy's source is limited to ${POLICY_LIMITS.sourceLength} characters`);
  }
  if ((data.description ?? '').length > 5000) invalid("a policy's description is limited to 5000 characters");
  const problems = scopeProblems(data.scope);
  if (problems.length > 0) invalid(`invalid scope: ${problems.join('; ')}`, { problems });
  if (data.effect === 'require-approvals') {
    const n = data.approvals;
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > POLICY_LIMITS.maxApprovals) {
      invalid(`a require-approvals policy needs approvals between 1 and ${POLICY_LIMITS.maxApprovals}`);
    }
  } else if (data.effect === 'deny-unless') {
    if (data.approvals !== undefined) invalid('a deny-unless policy takes no approvals');
  } else {
    invalid(`unknown effect "${String(data.effect)}" (deny-unless or require-approvals)`);
  }

  const compiled = engine.compile(data.source);
  if (!compiled.ok) {
    throw new InvalidArgument(
      GOVERNANCE_ERRORS.policyDoesNotCompile,
      `policy ${data.policyId} does not compile:\n${describeCompileErrors(compiled.errors)}`,
      { policyId: data.policyId, errors: compiled.errors },
    );
  }

  const next = {
    policyId: data.policyId,
    name,
    description: data.description ?? '',
    source: data.source,
    hash: sha256Hex(data.source),
    scope: { modelPattern: data.scope.modelPattern, targets: [...data.scope.targets] },
    effect: data.effect,
    ...(data.effect === 'require-approvals' ? { approvals: data.approvals } : {}),
    message,
  };
  if (state.kind === 'active' && sameContent(state.policy, next)) return [];
  const version = state.kind === 'empty' ? 1 : state.policy.version + 1;
  return [
    {
      type: 'PolicyVersionPublished',
      data: { ...next, version, publishedBy: metadata.actor, timestamp: metadata.now.getTime() },
    },
  ];
}

function sameContent(current: PolicyVersion, next: Omit<PolicyVersion, 'version' | 'publishedBy' | 'publishedAt'>) {
  return (
    current.name === next.name &&
    current.description === next.description &&
    current.hash === next.hash &&
    current.effect === next.effect &&
    current.approvals === next.approvals &&
    current.message === next.message &&
    current.scope.modelPattern === next.scope.modelPattern &&
    JSON.stringify(current.scope.targets) === JSON.stringify(next.scope.targets)
  );
}

function retire(data: RetirePolicy['data'], state: PolicyState, metadata: CommandMetadata): PolicyEvent[] {
  if (state.kind === 'empty') {
    throw notFound(GOVERNANCE_ERRORS.policyNotFound, `policy ${data.policyId} not found`, { policyId: data.policyId });
  }
  if (state.kind === 'retired') return [];
  return [
    {
      type: 'PolicyRetired',
      data: {
        policyId: data.policyId,
        version: state.policy.version,
        ...(data.reason ? { reason: data.reason } : {}),
        retiredBy: metadata.actor,
        timestamp: metadata.now.getTime(),
      },
    },
  ];
}

// ── evolve ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function evolvePolicy(state: PolicyState, event: PolicyEvent): PolicyState {
  switch (event.type) {
    case 'PolicyVersionPublished': {
      const { timestamp, ...data } = event.data;
      return { kind: 'active', policy: { ...data, publishedAt: timestamp } };
    }
    case 'PolicyRetired':
      return state.kind === 'empty'
        ? state
        : { kind: 'retired', policy: state.policy, retiredAt: event.data.timestamp };
  }
}

export const evolvePolicyAll = (
  events: readonly PolicyEvent[],
  state: PolicyState = initialPolicyState(),
): PolicyState => events.reduce(evolvePolicy, state);

/**
 * The policies that apply now, from every `policy-*` stream's events (a projection the adapter keeps, or rebuilds
 * from `readAll`): the latest version of each policy that is not retired, ordered by policy id.
 */
export function activePolicies(events: Iterable<PolicyEvent>): PolicyVersion[] {
  const states = new Map<string, PolicyState>();
  for (const event of events) {
    const id = event.data.policyId;
    states.set(id, evolvePolicy(states.get(id) ?? initialPolicyState(), event));
  }
  return [...states.values()]
    .flatMap((state) => (state.kind === 'active' ? [state.policy] : []))
    .sort((a, b) => (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0));
}

export const policyDecider = {
  decide: decidePolicy,
  evolve: evolvePolicy,
  initialState: initialPolicyState,
};
