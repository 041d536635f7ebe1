import {
  Lineage,
  PolicyRef,
  PromotionTarget,
  RegisteredModelState,
  RegistryCommand,
  RegistryEvent,
  RenameRegisteredModel,
} from '../domain';
import { ModelVersionView, RegisteredModelView } from './views';
import { ModelVersionQuery, RegisteredModelQuery } from './search/queries';

/** Who and when, taken once at the edge (REST headers, gRPC metadata); deciders never read a clock. */
export interface CommandContext {
  actor: string;
  correlationId: string;
  traceparent: string | null;
  /** Epoch milliseconds. */
  now: number;
}

export interface Executed {
  /** What was appended (empty: nothing changed). */
  events: RegistryEvent[];
  /** The stream's state after them, for answering the caller. */
  state: RegisteredModelState;
}

/**
 * The write side: a `model-<name>` stream is read, folded, decided and appended together with its read-model
 * projection in one transaction. A concurrent writer's append makes the expected version wrong: the adapter
 * re-reads and re-decides (bounded), then reports CONFLICT; a write is never lost silently.
 */
export interface ModelRepository {
  load(name: string): Promise<RegisteredModelState>;
  execute(command: RegistryCommand, context: CommandContext, requestId?: string): Promise<Executed>;
  /** Both streams of a rename in one transaction (the domain's `decideRename`). */
  rename(command: RenameRegisteredModel, context: CommandContext): Promise<void>;
}

/** A page query's rows plus whether more follow (the adapter reads limit + 1). */
export interface Slice<T> {
  items: T[];
  more: boolean;
}

/** The query side: the read models in schema `registry`, current as of the last committed command. */
export interface RegistryReads {
  getRegisteredModel(name: string): Promise<RegisteredModelView | null>;
  searchRegisteredModels(query: RegisteredModelQuery): Promise<Slice<RegisteredModelView>>;
  getModelVersion(name: string, version: number): Promise<ModelVersionView | null>;
  searchModelVersions(query: ModelVersionQuery): Promise<Slice<ModelVersionView>>;
  /** Versions still PENDING_REGISTRATION (their artifact check is re-started after a restart). */
  pendingVersions(): Promise<Array<Pick<ModelVersionView, 'name' | 'version' | 'storageLocation' | 'creationTimestamp'>>>;
}

// ── tracking, read over its gRPC API ──────────────────────────────────────────────────────────────────────────

export interface RunRecord {
  runId: string;
  experimentId: string;
  /** e.g. `mlflow-artifacts:/1/<run_id>/artifacts` */
  artifactUri: string;
  tags: Array<{ key: string; value: string }>;
  params: Array<{ key: string; value: string }>;
  /** The latest value of each metric. */
  metrics: Array<{ key: string; value: number; step: number; timestamp: number }>;
  datasets: Array<{ name: string; digest: string; source?: string; sourceType?: string; context?: string }>;
}

export interface LoggedModelRecord {
  modelId: string;
  experimentId: string;
  sourceRunId?: string;
  /** e.g. `mlflow-artifacts:/1/models/m-…/artifacts` */
  artifactLocation: string;
  status: 'PENDING' | 'READY' | 'FAILED' | 'UNSPECIFIED';
}

/** Runs and logged models as tracking knows them; null when tracking says they do not exist (or are deleted). */
export interface TrackingLookup {
  getRun(runId: string): Promise<RunRecord | null>;
  getLoggedModel(modelId: string): Promise<LoggedModelRecord | null>;
}

// ── artifacts ─────────────────────────────────────────────────────────────────────────────────────────────────

export type ArtifactCheck =
  | { ok: true }
  /** `final`: looking again cannot help (e.g. a location the proxy does not serve); otherwise retry until the deadline. */
  | { ok: false; reason: string; final?: boolean };

/** Does a version's storage location hold an MLflow model (an `MLmodel` file)? */
export interface ArtifactVerifier {
  check(storageLocation: string): Promise<ArtifactCheck>;
}

// ── governance ────────────────────────────────────────────────────────────────────────────────────────────────

/** What governance evaluates (DESIGN.md promotion flow step 3): shaped for governance's gRPC Evaluate. */
export interface PromotionRequest {
  name: string;
  version: number;
  requestId: string;
  target: PromotionTarget;
  lineage: Lineage;
  requester: string;
  /** The version's tags (policies read e.g. a change ticket from them). */
  tags?: Array<{ key: string; value: string }>;
  /** The client's correlation id and trace context, forwarded so governance's decision joins the same trace. */
  correlationId?: string;
  traceparent?: string | null;
}

export type GateDecision =
  | { outcome: 'allow'; decisionId?: string; policies?: PolicyRef[]; reasons?: string[] }
  | { outcome: 'deny'; reasons: string[]; decisionId?: string; policies?: PolicyRef[] }
  | { outcome: 'needs-approval'; decisionId: string; approvalsRequired: number; reasons?: string[]; policies?: PolicyRef[] };

/**
 * Throws when it cannot decide: the registry abandons the request and answers UNAVAILABLE, except for a CairnError
 * of kind INTERNAL (governance refused what the registry sent: a bug here, not a reason to retry), which the registry
 * answers as it is.
 */
export interface GovernanceGate {
  evaluate(request: PromotionRequest): Promise<GateDecision>;
}
