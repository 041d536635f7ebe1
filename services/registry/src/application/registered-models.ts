import {
  canonicalStage,
  modelNotFound,
  ModelStage,
  STAGES,
  Tag,
  validateModelName,
} from '../domain';
import { CommandContext, ModelRepository, RegistryReads } from './ports';
import { encodePageToken } from './search/page-token';
import { registeredModelQuery, SearchInput } from './search/queries';
import { ModelVersionView, Page, RegisteredModelView } from './views';

/** Registered-model use cases: commands through the event-sourced repository, answers from the read models. */
export class RegisteredModels {
  constructor(
    private readonly repository: ModelRepository,
    private readonly reads: RegistryReads,
  ) {}

  async create(input: { name?: string; description?: string; tags?: Tag[] }, context: CommandContext): Promise<RegisteredModelView> {
    const name = input.name ?? '';
    await this.repository.execute(
      { type: 'CreateRegisteredModel', data: { name, description: input.description, tags: input.tags } },
      context,
    );
    return this.get(name);
  }

  async get(name: string | undefined): Promise<RegisteredModelView> {
    const valid = validateModelName(name);
    const model = await this.reads.getRegisteredModel(valid);
    if (!model) throw modelNotFound(valid);
    return model;
  }

  async search(input: SearchInput): Promise<Page<RegisteredModelView>> {
    const query = registeredModelQuery(input);
    const slice = await this.reads.searchRegisteredModels(query);
    return { items: slice.items, nextPageToken: slice.more ? encodePageToken(query.offset + query.limit) : undefined };
  }

  /** Both streams change in one transaction; the versions, aliases and tags follow the model to its new name. */
  async rename(name: string | undefined, newName: string | undefined, context: CommandContext): Promise<RegisteredModelView> {
    const data = { name: validateModelName(name), newName: validateModelName(newName, 'new_name') };
    await this.repository.rename({ type: 'RenameRegisteredModel', data }, context);
    return this.get(data.newName);
  }

  async update(name: string | undefined, description: string | undefined, context: CommandContext): Promise<RegisteredModelView> {
    await this.repository.execute({ type: 'UpdateRegisteredModel', data: { name: name ?? '', description } }, context);
    return this.get(name);
  }

  async delete(name: string | undefined, context: CommandContext): Promise<void> {
    await this.repository.execute({ type: 'DeleteRegisteredModel', data: { name: name ?? '' } }, context);
  }

  async setTag(name: string | undefined, tag: { key?: string; value?: string }, context: CommandContext): Promise<void> {
    await this.repository.execute(
      { type: 'SetRegisteredModelTag', data: { name: name ?? '', key: tag.key as string, value: tag.value as string } },
      context,
    );
  }

  async deleteTag(name: string | undefined, key: string | undefined, context: CommandContext): Promise<void> {
    await this.repository.execute({ type: 'DeleteRegisteredModelTag', data: { name: name ?? '', key: key as string } }, context);
  }

  /** MLflow's get_latest_versions: per requested stage (any case; none = all four) the highest version. */
  async latestVersions(name: string | undefined, stages: string[] | undefined): Promise<ModelVersionView[]> {
    const wanted = new Set<ModelStage>(stages && stages.length > 0 ? stages.map(canonicalStage) : STAGES);
    const model = await this.get(name);
    return model.latestVersions.filter((version) => wanted.has(version.currentStage));
  }
}
