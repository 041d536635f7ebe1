import { TrackingStore } from '../application/tracking-store';
import type { TrackingServiceHandlers } from './generated/cairn/tracking/v1/TrackingService';
import { contextFromMetadata } from '@cairn/platform';
import { orUndefined, positiveOrUndefined, tags, viewType } from './from-proto';
import { Wrap } from './wrap';
import { experimentMessage } from './to-proto';

type ExperimentHandlers = Pick<
  TrackingServiceHandlers,
  | 'CreateExperiment'
  | 'GetExperiment'
  | 'GetExperimentByName'
  | 'SearchExperiments'
  | 'UpdateExperiment'
  | 'DeleteExperiment'
  | 'RestoreExperiment'
  | 'SetExperimentTag'
  | 'DeleteExperimentTag'
>;

/** Experiment RPCs: convert, call the store, convert back; nothing else. */
export function experimentHandlers(store: TrackingStore, wrap: Wrap): ExperimentHandlers {
  return {
    CreateExperiment: wrap(async (req, call) => ({
      experiment_id: await store.createExperiment(
        { name: req.name, artifactLocation: orUndefined(req.artifact_location), tags: tags(req.tags) },
        contextFromMetadata(call.metadata),
      ),
    })),
    GetExperiment: wrap(async (req) => ({ experiment: experimentMessage(await store.getExperiment(req.experiment_id)) })),
    GetExperimentByName: wrap(async (req) => ({
      experiment: experimentMessage(await store.getExperimentByName(req.experiment_name)),
    })),
    SearchExperiments: wrap(async (req) => {
      const page = await store.searchExperiments({
        filter: orUndefined(req.filter),
        orderBy: req.order_by,
        viewType: viewType(req.view_type),
        maxResults: positiveOrUndefined(req.max_results),
        pageToken: orUndefined(req.page_token),
      });
      return { experiments: page.items.map(experimentMessage), next_page_token: page.nextPageToken ?? '' };
    }),
    UpdateExperiment: wrap(async (req, call) => {
      await store.renameExperiment(req.experiment_id, req.new_name, contextFromMetadata(call.metadata));
      return {};
    }),
    DeleteExperiment: wrap(async (req, call) => {
      await store.deleteExperiment(req.experiment_id, contextFromMetadata(call.metadata));
      return {};
    }),
    RestoreExperiment: wrap(async (req, call) => {
      await store.restoreExperiment(req.experiment_id, contextFromMetadata(call.metadata));
      return {};
    }),
    SetExperimentTag: wrap(async (req) => {
      await store.setExperimentTag(req.experiment_id, { key: req.key, value: req.value });
      return {};
    }),
    DeleteExperimentTag: wrap(async (req) => {
      await store.deleteExperimentTag(req.experiment_id, req.key);
      return {};
    }),
  };
}
