import {
  AccessEvent,
  activePolicies,
  compilePolicy,
  CompiledPolicy,
  decideDecision,
  decidePolicy,
  DecisionEvent,

  decisionStream,
  evolveDecisionAll,
  evolvePolicyAll,
  PolicyEngine,
  PolicyEvent,

  policyStream,
  RoleBinding,
} from '../../domain';
import { EvaluateRequest } from '../decisions';
import {
  CommandContext,
  DecisionRepository,
  Executed,
  GovernanceReads,
  PolicyCatalog,
  PolicyRepository,
} from '../ports';
import { fromVersion } from '../policies';
import { DecisionView, PolicyView } from '../views';

/**
 * In-memory ports over the real domain (unit tier): streams as arrays, reads and the catalog folded from them.
 * Event data is kept as the deciders return it (the event store's normalisation is the int tier's concern).
 */
export class InMemoryGovernance implements PolicyRepository, DecisionRepository, GovernanceReads, PolicyCatalog {
  readonly streams = new Map<string, { type: string; data: unknown }[]>();
  compiles = 0;

  constructor(private readonly engine: PolicyEngine) {}

  async execute(command: never, context: CommandContext, decisionContext?: never): Promise<never> {
    const metadata = { now: new Date(context.now), actor: context.actor };
    const c = command as { type: string; data: { policyId?: string; decisionId?: string } };
    if (c.type === 'PublishPolicyVersion' || c.type === 'RetirePolicy') {
      const stream = policyStream(c.data.policyId as string);
      const history = (this.streams.get(stream) ?? []) as PolicyEvent[];
      const state = evolvePolicyAll(history);
      const events = decidePolicy(command, state, metadata, { engine: this.engine });
      return this.append(stream, history, events, evolvePolicyAll(events, state)) as never;
    }
    const stream = decisionStream(c.data.decisionId as string);
    const history = (this.streams.get(stream) ?? []) as DecisionEvent[];
    const state = evolveDecisionAll(history);
    const events = decideDecision(command, state, metadata, decisionContext);
    return this.append(stream, history, events, evolveDecisionAll(events, state)) as never;
  }

  async recordRefusal(event: AccessEvent, context: CommandContext): Promise<void> {
    const stream = `access-${new Date(context.now).toISOString().slice(0, 10)}`;
    this.streams.set(stream, [...(this.streams.get(stream) ?? []), event]);
  }

  async listPolicies(options: { includeRetired: boolean }): Promise<PolicyView[]> {
    const views: PolicyView[] = [];
    for (const [stream, events] of this.streams) {
      if (!stream.startsWith('policy-')) continue;
      const state = evolvePolicyAll(events as PolicyEvent[]);
      if (state.kind === 'active') views.push(fromVersion(state.policy));
      if (state.kind === 'retired' && options.includeRetired) views.push({ ...fromVersion(state.policy), retiredAt: state.retiredAt });
    }
    return views.sort((a, b) => a.policyId.localeCompare(b.policyId));
  }

  async getDecision(decisionId: string): Promise<DecisionView | null> {
    const events = (this.streams.get(decisionStream(decisionId)) ?? []) as DecisionEvent[];
    const state = evolveDecisionAll(events);
    if (state.kind === 'empty') return null;
    const evaluated = events[0].type === 'PolicyEvaluated' ? events[0].data : undefined;
    const { input: _input, policies: _refs, reasons, approvers, ...decision } = state.decision;
    return { ...decision, reasons: [...reasons], approvers: [...approvers], policies: evaluated?.policies ?? [] };
  }

  async active(): Promise<CompiledPolicy[]> {
    const events = [...this.streams.entries()].filter(([s]) => s.startsWith('policy-')).flatMap(([, e]) => e);
    return activePolicies(events as PolicyEvent[]).map((policy) => {
      this.compiles += 1;
      return compilePolicy(this.engine, policy);
    });
  }

  types(stream: string): string[] {
    return (this.streams.get(stream) ?? []).map((event) => event.type);
  }

  private append<E extends { type: string; data: unknown }, S>(stream: string, history: E[], events: E[], state: S): Executed<E, S> {
    if (events.length > 0) this.streams.set(stream, [...history, ...events]);
    return { events, state, history: [...history, ...events] };
  }
}


export const T0 = Date.UTC(2026, 10, 23, 10); // a Monday
export const contextAt = (now: number, actor = 'user:admin'): CommandContext => ({
  actor,
  correlationId: `corr-${now}`,
  traceparent: null,
  now,
});

export const roles = (...names: string[]): RoleBinding[] => names.map((role) => ({ role }) as RoleBinding);

/** A promotion of fraud-detector v3 to Production by an approver, with facts every example policy passes. */
export function anEvaluation(overrides: Partial<EvaluateRequest> = {}): EvaluateRequest {
  return {
    subject: { model: 'fraud-detector', version: 3, target: { kind: 'stage', name: 'Production' } },
    requester: { id: 'user:alice', roles: roles('approver', 'ml-engineer') },
    facts: {
      tags: { 'change-ticket': 'CHG-1042' },
      metrics: { accuracy: 0.93, latency_p95_ms: 42.5, 'accuracy_by_group/female': 0.92, 'accuracy_by_group/male': 0.94 },
      lineage: {
        run: 'run-7',
        datasets: [
          { name: 'train', digest: '2b9a1f0d', source: 's3://data/train.parquet', context: 'training' },
          { name: 'eval', digest: '77aa01ff', source: 's3://data/eval.parquet', context: 'eval' },
        ],
        codeVersion: 'deadbeef',
      },
      dataQuality: { train: { passed: true, checks: { null_rate: { passed: true, value: 0.001 } } } },
    },
    ...overrides,
  };
}
