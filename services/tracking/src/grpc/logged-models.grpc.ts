import { LoggedModel as DomainLoggedModel } from '../domain/logged-model';
import { LoggedModelsStore } from '../application/logged-models-store';
import type { LoggedModel } from './generated/cairn/tracking/v1/LoggedModel';
import type { TrackingServiceHandlers } from './generated/cairn/tracking/v1/TrackingService';
import { orUndefined } from './from-proto';
import { Wrap } from './wrap';

type LoggedModelHandlers = Pick<TrackingServiceHandlers, 'GetLoggedModel'>;

/** The core's logged model → its protobuf message (the registry reads `artifact_uri` and `source_run_id`). */
export function loggedModelMessage(model: DomainLoggedModel): LoggedModel {
  return {
    model_id: model.modelId,
    experiment_id: model.experimentId,
    name: model.name,
    artifact_uri: model.artifactLocation,
    status: `LOGGED_MODEL_STATUS_${model.status}`,
    source_run_id: model.sourceRunId ?? '',
    creation_timestamp: model.creationTimestampMs,
    last_updated_timestamp: model.lastUpdatedTimestampMs,
    tags: model.tags,
    params: model.params,
  };
}

/** MLflow 3 logged-model RPCs over the LoggedModelsStore the REST controller uses: convert, call, convert back. */
export function loggedModelHandlers(store: LoggedModelsStore, wrap: Wrap): LoggedModelHandlers {
  return {
    GetLoggedModel: wrap(async (req) => ({ model: loggedModelMessage(await store.getLoggedModel(orUndefined(req.model_id))) })),
  };
}
