import { CairnError } from '@cairn/contracts';
import {
  LIMITS,
  parseVersion,
  RegistryCommand,
  RegistryEventOf,
  Tag,
  validateModelName,
  validateSource,
  versionNotFound,
} from '../domain';
import { lineageOf } from './lineage';
import { CommandContext, ModelRepository, RegistryReads, TrackingLookup } from './ports';
import { resolveSource } from './resolve-source';
import { encodePageToken } from './search/page-token';
import { modelVersionQuery, SearchInput } from './search/queries';
import { ArtifactVerification, VerificationOutcome } from './verification';
import { ModelVersionView, Page } from './views';

export interface CreateModelVersionInput {
  name?: string;
  source?: string;
  runId?: string;
  modelId?: string;
  runLink?: string;
  description?: string;
  tags?: Tag[];
}

/** Where the core logs what no caller waits for (a background check's outcome that could not be recorded). */
export interface CoreLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

/** The system's own commands (a check's outcome) are appended as this actor. */
const SYSTEM_ACTOR = 'registry:artifact-check';

/** Model-version use cases. Registration records PENDING_REGISTRATION, then a background check settles it. */
export class ModelVersions {
  constructor(
    private readonly repository: ModelRepository,
    private readonly reads: RegistryReads,
    private readonly tracking: TrackingLookup,
    private readonly verification: ArtifactVerification,
    private readonly logger: CoreLogger,
  ) {}

  /**
   * MLflow's create_model_version, in MLflow's order: required fields, then the source (shape, then inside the
   * run's / logged model's artifacts), then the model. Lineage is gathered from tracking before the append, so
   * the event carries it; the MLmodel check runs after (the client polls get-model-version until READY).
   */
  async create(input: CreateModelVersionInput, context: CommandContext): Promise<ModelVersionView> {
    const name = validateModelName(input.name);
    const source = validateSource(input.source);
    const resolved = await resolveSource({ source, runId: input.runId || undefined, modelId: input.modelId || undefined }, this.tracking, this.reads);
    const { events } = await this.repository.execute(
      {
        type: 'CreateModelVersion',
        data: {
          name,
          source,
          storageLocation: resolved.storageLocation,
          runId: resolved.runId,
          modelId: resolved.modelId,
          runLink: input.runLink,
          description: input.description,
          tags: input.tags,
          userId: context.actor,
          lineage: lineageOf(resolved.run, resolved.model),
        },
      },
      context,
    );
    const registered = events.find((e): e is RegistryEventOf<'ModelVersionRegistered'> => e.type === 'ModelVersionRegistered')!;
    const view = await this.get(name, registered.data.version);
    this.startCheck(view.name, view.version, view.storageLocation, view.creationTimestamp);
    return view;
  }

  async get(name: string | undefined, version: string | number | undefined): Promise<ModelVersionView> {
    const validName = validateModelName(name);
    const number = parseVersion(version);
    const found = await this.reads.getModelVersion(validName, number);
    if (!found) throw versionNotFound(validName, number);
    return found;
  }

  async update(name: string | undefined, version: string | undefined, description: string | undefined, context: CommandContext) {
    await this.run({ type: 'UpdateModelVersion', data: { name: name ?? '', version: parseVersion(version), description } }, context);
    return this.get(name, version);
  }

  async delete(name: string | undefined, version: string | undefined, context: CommandContext): Promise<void> {
    await this.run({ type: 'DeleteModelVersion', data: { name: name ?? '', version: parseVersion(version) } }, context);
  }

  async setTag(name: string | undefined, version: string | undefined, tag: { key?: string; value?: string }, context: CommandContext) {
    const data = { name: name ?? '', version: parseVersion(version), key: tag.key as string, value: tag.value as string };
    await this.run({ type: 'SetModelVersionTag', data }, context);
  }

  async deleteTag(name: string | undefined, version: string | undefined, key: string | undefined, context: CommandContext) {
    await this.run({ type: 'DeleteModelVersionTag', data: { name: name ?? '', version: parseVersion(version), key: key as string } }, context);
  }

  /** Where the client downloads the version from: its resolved storage location in Cairn's artifact store. */
  async downloadUri(name: string | undefined, version: string | undefined): Promise<string> {
    return (await this.get(name, version)).storageLocation;
  }

  async search(input: SearchInput): Promise<Page<ModelVersionView>> {
    const query = modelVersionQuery(input);
    const slice = await this.reads.searchModelVersions(query);
    return { items: slice.items, nextPageToken: slice.more ? encodePageToken(query.offset + query.limit) : undefined };
  }

  /** After a restart: checks again every version left PENDING_REGISTRATION (its deadline still counts from creation). */
  async resumeChecks(): Promise<number> {
    const pending = await this.reads.pendingVersions();
    for (const version of pending) this.startCheck(version.name, version.version, version.storageLocation, version.creationTimestamp);
    return pending.length;
  }

  private async run(command: RegistryCommand, context: CommandContext): Promise<void> {
    await this.repository.execute(command, context);
  }

  private startCheck(name: string, version: number, location: string, createdAt: number): void {
    this.verification.start(`${name}\u0000${version}`, location, createdAt, (outcome) => this.settle(name, version, outcome));
  }

  /**
   * Records a check's outcome. The model may have been renamed meanwhile (follow its closed stream's `renamedTo`)
   * or the version deleted (nothing to record); anything else is logged, and the version is checked again after
   * the next restart.
   */
  private async settle(name: string, version: number, outcome: VerificationOutcome, hops = 0): Promise<void> {
    const context: CommandContext = { actor: SYSTEM_ACTOR, correlationId: `check:${name}:${version}`, traceparent: null, now: Date.now() };
    const command: RegistryCommand = outcome.ok
      ? { type: 'MarkModelVersionReady', data: { name, version } }
      : { type: 'MarkModelVersionFailed', data: { name, version, statusMessage: clip(outcome.reason ?? 'artifact check failed') } };
    try {
      await this.repository.execute(command, context);
    } catch (error) {
      if (error instanceof CairnError && error.code === 'REGISTRY.MODEL_NOT_FOUND' && hops < 10) {
        const state = await this.repository.load(name);
        if (state.kind === 'closed' && state.renamedTo) return this.settle(state.renamedTo, version, outcome, hops + 1);
      }
      const expected = error instanceof CairnError && ['REGISTRY.MODEL_NOT_FOUND', 'REGISTRY.VERSION_NOT_FOUND', 'REGISTRY.VERSION_STATUS_SETTLED'].includes(error.code);
      if (!expected) this.logger.warn({ err: error, name, version }, 'could not record the artifact check of a model version');
    }
  }
}

const clip = (message: string): string =>
  message.length <= LIMITS.maxStatusMessageLength ? message : `${message.slice(0, LIMITS.maxStatusMessageLength - 1)}…`;
