// Original file: proto/cairn/tracking/v1/entities.proto

import type { LoggedModelStatus as _cairn_tracking_v1_LoggedModelStatus, LoggedModelStatus__Output as _cairn_tracking_v1_LoggedModelStatus__Output } from '../../../cairn/tracking/v1/LoggedModelStatus';
import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from '../../../cairn/tracking/v1/Tag';
import type { Param as _cairn_tracking_v1_Param, Param__Output as _cairn_tracking_v1_Param__Output } from '../../../cairn/tracking/v1/Param';
import type { Long } from '@grpc/proto-loader';

/**
 * An MLflow 3 logged model (`models:/m-<id>`): its artifacts live at `artifact_uri`, usually logged by a run.
 */
export interface LoggedModel {
  'model_id'?: (string);
  'experiment_id'?: (string);
  'name'?: (string);
  /**
   * e.g. `mlflow-artifacts:/1/models/m-…/artifacts`.
   */
  'artifact_uri'?: (string);
  'status'?: (_cairn_tracking_v1_LoggedModelStatus);
  /**
   * Empty when no run logged the model.
   */
  'source_run_id'?: (string);
  'creation_timestamp'?: (number | string | Long);
  'last_updated_timestamp'?: (number | string | Long);
  'tags'?: (_cairn_tracking_v1_Tag)[];
  'params'?: (_cairn_tracking_v1_Param)[];
}

/**
 * An MLflow 3 logged model (`models:/m-<id>`): its artifacts live at `artifact_uri`, usually logged by a run.
 */
export interface LoggedModel__Output {
  'model_id': (string);
  'experiment_id': (string);
  'name': (string);
  /**
   * e.g. `mlflow-artifacts:/1/models/m-…/artifacts`.
   */
  'artifact_uri': (string);
  'status': (_cairn_tracking_v1_LoggedModelStatus__Output);
  /**
   * Empty when no run logged the model.
   */
  'source_run_id': (string);
  'creation_timestamp': (string);
  'last_updated_timestamp': (string);
  'tags': (_cairn_tracking_v1_Tag__Output)[];
  'params': (_cairn_tracking_v1_Param__Output)[];
}
