import { ModelHistory } from '../application/model-history';
import type { RegistryServiceHandlers } from './generated/cairn/registry/v1/RegistryService';
import { orUndefined, positiveOrUndefined } from './from-proto';
import { modelEventMessage } from './to-proto';
import { Wrap } from './wrap';

/** Cairn's audit view: ListModelHistory over the event store's `model-<name>` stream (application/model-history.ts). */
export function historyHandlers(history: ModelHistory, wrap: Wrap): Pick<RegistryServiceHandlers, 'ListModelHistory'> {
  return {
    ListModelHistory: wrap(async (req) => {
      const page = await history.list({ name: req.name, maxResults: positiveOrUndefined(req.max_results), pageToken: orUndefined(req.page_token) });
      return { events: page.items.map(modelEventMessage), next_page_token: page.nextPageToken ?? '' };
    }),
  };
}
