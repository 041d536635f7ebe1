import { outcomeOf } from '@cairn/contracts/testing';
import { RegistryCommand } from './commands';
import { CommandMetadata, RegistryEvent } from './model';
import { decide, evolveAll } from './registered-model';

/**
 * Given / when / then for the registered-model decider (emmett's DeciderSpecification, for tests only):
 *   given([created, registered]).when(command).then([events])   or   .thenThrows(ErrorClass, code, /message/)
 */
export const T0 = Date.UTC(2026, 0, 1);
export const metadataAt = (ms: number, extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
  now: new Date(ms),
  actor: 'user:alice',
  ...extra,
});

export function given(events: RegistryEvent[]) {
  const state = evolveAll(events);
  return {
    state,
    when(command: RegistryCommand, metadata: CommandMetadata = metadataAt(T0 + 1000)) {
      return outcomeOf(() => decide(command, state, metadata));
    },
  };
}

/** Seconds after T0, in epoch milliseconds. */
export const at = (seconds: number): number => T0 + seconds * 1000;

type Target = Extract<RegistryEvent, { type: 'PromotionRequested' }>['data']['target'];
export const aliasTarget = (alias: string): Target => ({ kind: 'alias', alias });
export const stageTarget = (
  stage: 'None' | 'Staging' | 'Production' | 'Archived',
  archiveExistingVersions = false,
): Target => ({
  kind: 'stage',
  stage,
  archiveExistingVersions,
});

/** Tiny event builders: the facts a test starts from. */
export const ev = {
  created: (name = 'm', timestamp = T0): RegistryEvent => ({
    type: 'RegisteredModelCreated',
    data: { name, tags: [], timestamp },
  }),
  registered: (name: string, version: number, timestamp = at(version)): RegistryEvent => ({
    type: 'ModelVersionRegistered',
    data: {
      name,
      version,
      source: `mlflow-artifacts:/1/models/m-${version}/artifacts`,
      runId: `run${version}`,
      tags: [],
      lineage: { runId: `run${version}`, datasets: [], codeVersion: {}, metrics: [] },
      timestamp,
    },
  }),
  ready: (name: string, version: number, timestamp = at(version)): RegistryEvent => ({
    type: 'ModelVersionReady',
    data: { name, version, timestamp },
  }),
  requested: (name: string, requestId: string, version: number, target: Target, timestamp = at(50)): RegistryEvent => ({
    type: 'PromotionRequested',
    data: { name, requestId, version, target, requestedBy: 'user:alice', timestamp },
  }),
  awaiting: (name: string, requestId: string, version: number, target: Target, timestamp = at(51)): RegistryEvent => ({
    type: 'PromotionAwaitingApproval',
    data: {
      name,
      requestId,
      version,
      target,
      decisionId: `d-${requestId}`,
      approvalsRequired: 1,
      reasons: ['needs a reviewer'],
      timestamp,
    },
  }),
  allowed: (name: string, requestId: string, version: number, target: Target, timestamp = at(51)): RegistryEvent => ({
    type: 'PromotionAllowed',
    data: { name, requestId, version, target, decisionId: `d-${requestId}`, reasons: [], timestamp },
  }),
  aliasAssigned: (
    name: string,
    alias: string,
    version: number,
    requestId = 'r0',
    timestamp = at(51),
  ): RegistryEvent => ({
    type: 'AliasAssigned',
    data: { name, alias, version, requestId, timestamp },
  }),
  staged: (
    name: string,
    version: number,
    from: 'None' | 'Staging' | 'Production' | 'Archived',
    to: 'None' | 'Staging' | 'Production' | 'Archived',
    timestamp = at(51),
  ): RegistryEvent => ({ type: 'StageTransitioned', data: { name, version, from, to, requestId: 'r0', timestamp } }),
};

/** A model `m` with READY versions 1..n. */
export const withReadyVersions = (n: number, name = 'm'): RegistryEvent[] => [
  ev.created(name),
  ...Array.from({ length: n }, (_, i) => [ev.registered(name, i + 1), ev.ready(name, i + 1)]).flat(),
];
