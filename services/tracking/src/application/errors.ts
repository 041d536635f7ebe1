import { AlreadyExists, InvalidArgument, NotFound } from '@cairn/contracts';

/** The tracking errors the use cases throw, with MLflow's wording. */
export const runNotFound = (runId: string) =>
  new NotFound('TRACKING.RUN_NOT_FOUND', `Run with id=${runId} not found`, { runId });

export const experimentNotFound = (experimentId: string) =>
  new NotFound('TRACKING.EXPERIMENT_NOT_FOUND', `No Experiment with id=${experimentId} exists`, { experimentId });

export const experimentNameNotFound = (name: string) =>
  new NotFound('TRACKING.EXPERIMENT_NOT_FOUND', `Could not find experiment with name '${name}'`, { name });

export const experimentExists = (name: string) =>
  new AlreadyExists('TRACKING.EXPERIMENT_EXISTS', `Experiment(name=${name}) already exists.`, { name });

export const defaultExperimentUndeletable = () =>
  new InvalidArgument(
    'TRACKING.DEFAULT_EXPERIMENT_UNDELETABLE',
    "Cannot delete the default experiment '0'. This is an internally reserved experiment.",
  );

export const tagNotFound = (kind: 'run' | 'experiment', id: string, key: string) =>
  new NotFound('TRACKING.TAG_NOT_FOUND', `No tag with name: ${key} in ${kind} with id ${id}`, { id, key });

export const loggedModelNotFound = (modelId: string) =>
  new NotFound('TRACKING.LOGGED_MODEL_NOT_FOUND', `Logged model with ID '${modelId}' not found.`, { modelId });

export const loggedModelTagNotFound = (modelId: string, key: string) =>
  new NotFound('TRACKING.TAG_NOT_FOUND', `No tag with key '${key}' found for model with ID '${modelId}'.`, { modelId, key });
