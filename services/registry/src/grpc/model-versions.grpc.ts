import { RegistryService } from '../application/registry-service';
import type { RegistryServiceHandlers } from './generated/cairn/registry/v1/RegistryService';
import { contextFromMetadata } from '@cairn/platform';
import { orUndefined, positiveOrUndefined, tags } from './from-proto';
import { modelVersionMessage } from './to-proto';
import { Wrap } from './wrap';

type ModelVersionHandlers = Pick<
  RegistryServiceHandlers,
  | 'CreateModelVersion'
  | 'GetModelVersion'
  | 'UpdateModelVersion'
  | 'DeleteModelVersion'
  | 'SearchModelVersions'
  | 'GetModelVersionDownloadUri'
  | 'SetModelVersionTag'
  | 'DeleteModelVersionTag'
>;

/** Model-version RPCs: convert, call the core (as the REST controller does), convert back; nothing else. */
export function modelVersionHandlers(registry: RegistryService, wrap: Wrap): ModelVersionHandlers {
  const { versions } = registry;
  return {
    CreateModelVersion: wrap(async (req, call) => {
      const input = {
        name: req.name,
        source: orUndefined(req.source),
        runId: orUndefined(req.run_id),
        modelId: orUndefined(req.model_id),
        runLink: orUndefined(req.run_link),
        description: orUndefined(req.description),
        tags: tags(req.tags),
      };
      return { model_version: modelVersionMessage(await versions.create(input, contextFromMetadata(call.metadata))) };
    }),
    GetModelVersion: wrap(async (req) => ({ model_version: modelVersionMessage(await versions.get(req.name, req.version)) })),
    UpdateModelVersion: wrap(async (req, call) => ({
      model_version: modelVersionMessage(await versions.update(req.name, req.version, req.description, contextFromMetadata(call.metadata))),
    })),
    DeleteModelVersion: wrap(async (req, call) => {
      await versions.delete(req.name, req.version, contextFromMetadata(call.metadata));
      return {};
    }),
    SearchModelVersions: wrap(async (req) => {
      const page = await versions.search({
        filter: orUndefined(req.filter),
        maxResults: positiveOrUndefined(req.max_results),
        orderBy: req.order_by,
        pageToken: orUndefined(req.page_token),
      });
      return { model_versions: page.items.map(modelVersionMessage), next_page_token: page.nextPageToken ?? '' };
    }),
    GetModelVersionDownloadUri: wrap(async (req) => ({ artifact_uri: await versions.downloadUri(req.name, req.version) })),
    SetModelVersionTag: wrap(async (req, call) => {
      await versions.setTag(req.name, req.version, { key: orUndefined(req.key), value: req.value }, contextFromMetadata(call.metadata));
      return {};
    }),
    DeleteModelVersionTag: wrap(async (req, call) => {
      await versions.deleteTag(req.name, req.version, orUndefined(req.key), contextFromMetadata(call.metadata));
      return {};
    }),
  };
}
