import { RegistryService } from '../application/registry-service';
import type { RegistryServiceHandlers } from './generated/cairn/registry/v1/RegistryService';
import { contextFromMetadata } from '@cairn/platform';
import { orUndefined, positiveOrUndefined, tags } from './from-proto';
import { modelVersionMessage, registeredModelMessage } from './to-proto';
import { Wrap } from './wrap';

type RegisteredModelHandlers = Pick<
  RegistryServiceHandlers,
  | 'CreateRegisteredModel'
  | 'GetRegisteredModel'
  | 'SearchRegisteredModels'
  | 'RenameRegisteredModel'
  | 'UpdateRegisteredModel'
  | 'DeleteRegisteredModel'
  | 'GetLatestVersions'
  | 'SetRegisteredModelTag'
  | 'DeleteRegisteredModelTag'
>;

/** Registered-model RPCs: convert, call the core (as the REST controller does), convert back; nothing else. */
export function registeredModelHandlers(registry: RegistryService, wrap: Wrap): RegisteredModelHandlers {
  const { models } = registry;
  return {
    CreateRegisteredModel: wrap(async (req, call) => {
      const input = { name: req.name, description: orUndefined(req.description), tags: tags(req.tags) };
      return { registered_model: registeredModelMessage(await models.create(input, contextFromMetadata(call.metadata))) };
    }),
    GetRegisteredModel: wrap(async (req) => ({ registered_model: registeredModelMessage(await models.get(req.name)) })),
    SearchRegisteredModels: wrap(async (req) => {
      const page = await models.search({
        filter: orUndefined(req.filter),
        maxResults: positiveOrUndefined(req.max_results),
        orderBy: req.order_by,
        pageToken: orUndefined(req.page_token),
      });
      return { registered_models: page.items.map(registeredModelMessage), next_page_token: page.nextPageToken ?? '' };
    }),
    RenameRegisteredModel: wrap(async (req, call) => ({
      registered_model: registeredModelMessage(await models.rename(req.name, req.new_name, contextFromMetadata(call.metadata))),
    })),
    UpdateRegisteredModel: wrap(async (req, call) => ({
      registered_model: registeredModelMessage(await models.update(req.name, req.description, contextFromMetadata(call.metadata))),
    })),
    DeleteRegisteredModel: wrap(async (req, call) => {
      await models.delete(req.name, contextFromMetadata(call.metadata));
      return {};
    }),
    GetLatestVersions: wrap(async (req) => ({
      model_versions: (await models.latestVersions(req.name, req.stages)).map(modelVersionMessage),
    })),
    SetRegisteredModelTag: wrap(async (req, call) => {
      await models.setTag(req.name, { key: orUndefined(req.key), value: req.value }, contextFromMetadata(call.metadata));
      return {};
    }),
    DeleteRegisteredModelTag: wrap(async (req, call) => {
      await models.deleteTag(req.name, orUndefined(req.key), contextFromMetadata(call.metadata));
      return {};
    }),
  };
}
