import { outcomeOf } from '@cairn/contracts/testing';
import { sha256Hex } from './hash';
import { CommandMetadata, PolicyInput } from './model';
import { PolicyVersion } from './policy';

/**
 * Given / when / then for governance's deciders (emmett's DeciderSpecification, for tests only):
 *   spec(decider).given([events]).when(command).then([events])   or   .thenThrows(ErrorClass, code, /message/)
 */
export const T0 = Date.UTC(2026, 10, 23, 10); // Monday 2026-11-23 10:00 UTC
/** Seconds after T0, in epoch milliseconds. */
export const at = (seconds: number): number => T0 + seconds * 1000;
export const metadataAt = (ms: number, actor = 'user:alice'): CommandMetadata => ({ now: new Date(ms), actor });

interface Decider<C, S, E, X> {
  decide: (command: C, state: S, metadata: CommandMetadata, context: X) => E[];
  evolve: (state: S, event: E) => S;
  initialState: () => S;
}

export function spec<C, S, E, X>(decider: Decider<C, S, E, X>, context: X) {
  return {
    given(events: E[]) {
      const state = events.reduce(decider.evolve, decider.initialState());
      return {
        state,
        when(command: C, metadata: CommandMetadata = metadataAt(at(100))) {
          const run = () => decider.decide(command, state, metadata, context);
          return {
            ...outcomeOf(run),
            /** The state after the command's events. */
            state: () => run().reduce(decider.evolve, state),
          };
        },
      };
    },
  };
}

/** A policy input that passes every example policy (a Monday, accuracy 0.93, …); tests change one part. */
export function aPolicyInput(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    model: { name: 'fraud-detector', version: 3, tags: { 'change-ticket': 'CHG-1042' } },
    metrics: {
      accuracy: 0.93,
      latency_p95_ms: 42.5,
      'accuracy_by_group/female': 0.92,
      'accuracy_by_group/male': 0.94,
    },
    lineage: {
      run: 'run-7',
      datasets: [
        { name: 'train', digest: '2b9a1f0d', source: 's3://data/train.parquet', context: 'training' },
        { name: 'eval', digest: '77aa01ff', source: 's3://data/eval.parquet', context: 'eval' },
      ],
      codeVersion: 'deadbeef',
    },
    dataQuality: { train: { passed: true, checks: { null_rate: { passed: true, value: 0.001 } } } },
    requester: { id: 'user:alice', roles: ['approver', 'ml-engineer'] },
    target: { kind: 'stage', name: 'Production' },
    now: new Date(T0).toISOString(),
    ...overrides,
  };
}

/** A published policy version (deny-unless, every model and target unless overridden). */
export function aPolicy(policyId: string, source: string, overrides: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    policyId,
    version: 1,
    name: policyId,
    description: '',
    source,
    hash: sha256Hex(source),
    scope: { modelPattern: '*', targets: ['*'] },
    effect: 'deny-unless',
    message: `${policyId} failed`,
    publishedBy: 'user:root',
    publishedAt: 0,
    ...overrides,
  };
}
