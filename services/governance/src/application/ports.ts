import {
  AccessEvent,
  Actor,
  CompiledPolicy,
  DecisionCommand,
  DecisionContext,
  DecisionEvent,
  DecisionState,
  PolicyCommand,
  PolicyEvent,
  PolicyState,
  RoleBinding,
} from '../domain';
import { DecisionView, PolicyView } from './views';

/** Who and when, taken once at the edge (REST headers, gRPC metadata); deciders never read a clock. */
export interface CommandContext {
  actor: string;
  /** The authenticated principal behind `actor` (they differ when an admin acts for someone). */
  caller?: string;
  correlationId: string;
  traceparent: string | null;
  /** Epoch milliseconds, from the adapter's clock. */
  now: number;
}

export interface Executed<E, S> {
  /** What was appended (empty: nothing changed). */
  events: E[];
  /** The stream's state after them. */
  state: S;
  /** Every event of the stream, the new ones included (to answer a retried command from what it recorded). */
  history: E[];
}

/**
 * The write side of `policy-<id>` and `decision-<id>`: read, fold, decide, then one transaction with the read-model
 * projection, the append (expected version = the version read) and the audit rows. A concurrent append makes the
 * adapter re-read and re-decide (bounded), then CONFLICT; a write is never lost silently.
 */
export interface PolicyRepository {
  execute(command: PolicyCommand, context: CommandContext): Promise<Executed<PolicyEvent, PolicyState>>;
}

export interface DecisionRepository {
  execute(
    command: DecisionCommand,
    context: CommandContext,
    decisionContext?: DecisionContext,
  ): Promise<Executed<DecisionEvent, DecisionState>>;
  /** An audited refusal, appended to the day's `access-<date>` stream (no decider, any expected version). */
  recordRefusal(event: AccessEvent, context: CommandContext): Promise<void>;
}

/** The live policies, compiled (once per source hash), in policy id order. */
export interface PolicyCatalog {
  active(): Promise<CompiledPolicy[]>;
}

/** The query side: the read models in schema `governance`, current as of the last committed command. */
export interface GovernanceReads {
  listPolicies(options: { includeRetired: boolean }): Promise<PolicyView[]>;
  getDecision(decisionId: string): Promise<DecisionView | null>;
}

/** A principal as a request names it: its id and, until authentication lands, the roles the caller claims. */
export interface PrincipalClaim {
  id: string;
  roles?: RoleBinding[];
}

/**
 * Turns a requester / approver named in a request into the domain's Actor: with bearer tokens the access projection
 * answers (`access/token-actors.ts`); `ClaimedActors` (trust the claim) remains for unit tests.
 */
export interface ActorResolver {
  resolve(claim: PrincipalClaim | null | undefined, context: CommandContext): Promise<Actor>;
}
