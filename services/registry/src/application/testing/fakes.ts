import {
  aliasesOf,
  decide,
  decideRename,
  evolveAll,
  latestVersions,
  modelStream,
  ModelVersion,
  RegisteredModel,
  RegisteredModelState,
  RegistryEvent,
} from '../../domain';
import {
  ArtifactCheck,
  ArtifactVerifier,
  CommandContext,
  Executed,
  GateDecision,
  GovernanceGate,
  LoggedModelRecord,
  ModelRepository,
  PromotionRequest,
  RegistryReads,
  RunRecord,
  TrackingLookup,
} from '../ports';
import { ModelVersionView, RegisteredModelView } from '../views';

/**
 * Test doubles for the core's ports (unit tier): an in-memory event-sourced repository over the real domain,
 * reads derived from its folded streams, and scripted tracking, artifact and governance answers.
 */
export class InMemoryModelRepository implements ModelRepository {
  readonly streams = new Map<string, RegistryEvent[]>();

  async load(name: string): Promise<RegisteredModelState> {
    return evolveAll(this.streams.get(modelStream(name)) ?? []);
  }

  async execute(command: Parameters<ModelRepository['execute']>[0], context: CommandContext, requestId?: string): Promise<Executed> {
    const state = await this.load(command.data.name);
    const events = decide(command, state, { now: new Date(context.now), actor: context.actor, requestId });
    this.append(modelStream(command.data.name), events);
    return { events, state: evolveAll(events, state) };
  }

  async rename(command: Parameters<ModelRepository['rename']>[0], context: CommandContext): Promise<void> {
    const decision = decideRename(command, await this.load(command.data.name), await this.load(command.data.newName), {
      now: new Date(context.now),
      actor: context.actor,
    });
    this.append(decision.old.stream, decision.old.events);
    this.append(decision.new.stream, decision.new.events);
  }

  /** Every event of a stream, by type, for then-assertions. */
  types(name: string): string[] {
    return (this.streams.get(modelStream(name)) ?? []).map((event) => event.type);
  }

  private append(stream: string, events: RegistryEvent[]): void {
    this.streams.set(stream, [...(this.streams.get(stream) ?? []), ...events]);
  }
}

function versionView(model: RegisteredModel, v: ModelVersion): ModelVersionView {
  return {
    name: model.name,
    version: v.version,
    creationTimestamp: v.creationTimestamp,
    lastUpdatedTimestamp: v.lastUpdatedTimestamp,
    userId: v.userId,
    currentStage: v.stage,
    description: v.description,
    source: v.source,
    storageLocation: v.storageLocation ?? v.source,
    runId: v.runId,
    modelId: v.modelId,
    runLink: v.runLink,
    status: v.status,
    statusMessage: v.statusMessage,
    tags: [...v.tags].map(([key, value]) => ({ key, value })),
    aliases: aliasesOf(model, v.version),
    lineage: v.lineage,
  };
}

/** Reads answered from the repository's folded streams (searches are the read-model adapter's, tested there). */
export class StateReads implements RegistryReads {
  constructor(private readonly repository: InMemoryModelRepository) {}

  private async live(name: string): Promise<RegisteredModel | null> {
    const state = await this.repository.load(name);
    return state.kind === 'live' ? state.model : null;
  }

  async getRegisteredModel(name: string): Promise<RegisteredModelView | null> {
    const model = await this.live(name);
    if (!model) return null;
    return {
      name: model.name,
      description: model.description,
      creationTimestamp: model.creationTimestamp,
      lastUpdatedTimestamp: model.lastUpdatedTimestamp,
      tags: [...model.tags].map(([key, value]) => ({ key, value })),
      aliases: [...model.aliases].map(([alias, version]) => ({ alias, version })),
      latestVersions: latestVersions({ kind: 'live', model }, model.name).map((v) => versionView(model, v)),
    };
  }

  async getModelVersion(name: string, version: number): Promise<ModelVersionView | null> {
    const model = await this.live(name);
    const found = model?.versions.get(version);
    return model && found ? versionView(model, found) : null;
  }

  async searchRegisteredModels(): Promise<never> {
    throw new Error('not in the unit tier');
  }

  async searchModelVersions(): Promise<never> {
    throw new Error('not in the unit tier');
  }

  async pendingVersions() {
    const pending: Array<Pick<ModelVersionView, 'name' | 'version' | 'storageLocation' | 'creationTimestamp'>> = [];
    for (const stream of this.repository.streams.keys()) {
      const model = await this.live(stream.slice('model-'.length));
      for (const v of model?.versions.values() ?? []) {
        if (v.status === 'PENDING_REGISTRATION') pending.push(versionView(model!, v));
      }
    }
    return pending;
  }
}

export class FakeTracking implements TrackingLookup {
  readonly runs = new Map<string, RunRecord>();
  readonly models = new Map<string, LoggedModelRecord>();
  async getRun(runId: string) {
    return this.runs.get(runId) ?? null;
  }
  async getLoggedModel(modelId: string) {
    return this.models.get(modelId) ?? null;
  }
}

/** Answers each check from a script (the last answer repeats); records the locations asked about. */
export class ScriptedVerifier implements ArtifactVerifier {
  readonly asked: string[] = [];
  constructor(private readonly answers: ArtifactCheck[] = [{ ok: true }]) {}
  async check(location: string): Promise<ArtifactCheck> {
    this.asked.push(location);
    return this.answers.length > 1 ? this.answers.shift()! : this.answers[0];
  }
}

export class ScriptedGate implements GovernanceGate {
  readonly requests: PromotionRequest[] = [];
  constructor(private readonly decide: (request: PromotionRequest) => GateDecision | Promise<GateDecision>) {}
  async evaluate(request: PromotionRequest): Promise<GateDecision> {
    this.requests.push(request);
    return this.decide(request);
  }
}

export const contextAt = (now: number, actor = 'user:ada'): CommandContext => ({ actor, correlationId: 'corr-1', traceparent: null, now });
