// Original file: proto/cairn/tracking/v1/tracking.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateExperimentRequest as _cairn_tracking_v1_CreateExperimentRequest, CreateExperimentRequest__Output as _cairn_tracking_v1_CreateExperimentRequest__Output } from '../../../cairn/tracking/v1/CreateExperimentRequest';
import type { CreateExperimentResponse as _cairn_tracking_v1_CreateExperimentResponse, CreateExperimentResponse__Output as _cairn_tracking_v1_CreateExperimentResponse__Output } from '../../../cairn/tracking/v1/CreateExperimentResponse';
import type { CreateRunRequest as _cairn_tracking_v1_CreateRunRequest, CreateRunRequest__Output as _cairn_tracking_v1_CreateRunRequest__Output } from '../../../cairn/tracking/v1/CreateRunRequest';
import type { CreateRunResponse as _cairn_tracking_v1_CreateRunResponse, CreateRunResponse__Output as _cairn_tracking_v1_CreateRunResponse__Output } from '../../../cairn/tracking/v1/CreateRunResponse';
import type { DeleteExperimentRequest as _cairn_tracking_v1_DeleteExperimentRequest, DeleteExperimentRequest__Output as _cairn_tracking_v1_DeleteExperimentRequest__Output } from '../../../cairn/tracking/v1/DeleteExperimentRequest';
import type { DeleteExperimentResponse as _cairn_tracking_v1_DeleteExperimentResponse, DeleteExperimentResponse__Output as _cairn_tracking_v1_DeleteExperimentResponse__Output } from '../../../cairn/tracking/v1/DeleteExperimentResponse';
import type { DeleteExperimentTagRequest as _cairn_tracking_v1_DeleteExperimentTagRequest, DeleteExperimentTagRequest__Output as _cairn_tracking_v1_DeleteExperimentTagRequest__Output } from '../../../cairn/tracking/v1/DeleteExperimentTagRequest';
import type { DeleteExperimentTagResponse as _cairn_tracking_v1_DeleteExperimentTagResponse, DeleteExperimentTagResponse__Output as _cairn_tracking_v1_DeleteExperimentTagResponse__Output } from '../../../cairn/tracking/v1/DeleteExperimentTagResponse';
import type { DeleteRunRequest as _cairn_tracking_v1_DeleteRunRequest, DeleteRunRequest__Output as _cairn_tracking_v1_DeleteRunRequest__Output } from '../../../cairn/tracking/v1/DeleteRunRequest';
import type { DeleteRunResponse as _cairn_tracking_v1_DeleteRunResponse, DeleteRunResponse__Output as _cairn_tracking_v1_DeleteRunResponse__Output } from '../../../cairn/tracking/v1/DeleteRunResponse';
import type { DeleteTagRequest as _cairn_tracking_v1_DeleteTagRequest, DeleteTagRequest__Output as _cairn_tracking_v1_DeleteTagRequest__Output } from '../../../cairn/tracking/v1/DeleteTagRequest';
import type { DeleteTagResponse as _cairn_tracking_v1_DeleteTagResponse, DeleteTagResponse__Output as _cairn_tracking_v1_DeleteTagResponse__Output } from '../../../cairn/tracking/v1/DeleteTagResponse';
import type { GetExperimentByNameRequest as _cairn_tracking_v1_GetExperimentByNameRequest, GetExperimentByNameRequest__Output as _cairn_tracking_v1_GetExperimentByNameRequest__Output } from '../../../cairn/tracking/v1/GetExperimentByNameRequest';
import type { GetExperimentByNameResponse as _cairn_tracking_v1_GetExperimentByNameResponse, GetExperimentByNameResponse__Output as _cairn_tracking_v1_GetExperimentByNameResponse__Output } from '../../../cairn/tracking/v1/GetExperimentByNameResponse';
import type { GetExperimentRequest as _cairn_tracking_v1_GetExperimentRequest, GetExperimentRequest__Output as _cairn_tracking_v1_GetExperimentRequest__Output } from '../../../cairn/tracking/v1/GetExperimentRequest';
import type { GetExperimentResponse as _cairn_tracking_v1_GetExperimentResponse, GetExperimentResponse__Output as _cairn_tracking_v1_GetExperimentResponse__Output } from '../../../cairn/tracking/v1/GetExperimentResponse';
import type { GetLoggedModelRequest as _cairn_tracking_v1_GetLoggedModelRequest, GetLoggedModelRequest__Output as _cairn_tracking_v1_GetLoggedModelRequest__Output } from '../../../cairn/tracking/v1/GetLoggedModelRequest';
import type { GetLoggedModelResponse as _cairn_tracking_v1_GetLoggedModelResponse, GetLoggedModelResponse__Output as _cairn_tracking_v1_GetLoggedModelResponse__Output } from '../../../cairn/tracking/v1/GetLoggedModelResponse';
import type { GetMetricHistoryRequest as _cairn_tracking_v1_GetMetricHistoryRequest, GetMetricHistoryRequest__Output as _cairn_tracking_v1_GetMetricHistoryRequest__Output } from '../../../cairn/tracking/v1/GetMetricHistoryRequest';
import type { GetMetricHistoryResponse as _cairn_tracking_v1_GetMetricHistoryResponse, GetMetricHistoryResponse__Output as _cairn_tracking_v1_GetMetricHistoryResponse__Output } from '../../../cairn/tracking/v1/GetMetricHistoryResponse';
import type { GetRunRequest as _cairn_tracking_v1_GetRunRequest, GetRunRequest__Output as _cairn_tracking_v1_GetRunRequest__Output } from '../../../cairn/tracking/v1/GetRunRequest';
import type { GetRunResponse as _cairn_tracking_v1_GetRunResponse, GetRunResponse__Output as _cairn_tracking_v1_GetRunResponse__Output } from '../../../cairn/tracking/v1/GetRunResponse';
import type { LogBatchRequest as _cairn_tracking_v1_LogBatchRequest, LogBatchRequest__Output as _cairn_tracking_v1_LogBatchRequest__Output } from '../../../cairn/tracking/v1/LogBatchRequest';
import type { LogBatchResponse as _cairn_tracking_v1_LogBatchResponse, LogBatchResponse__Output as _cairn_tracking_v1_LogBatchResponse__Output } from '../../../cairn/tracking/v1/LogBatchResponse';
import type { LogInputsRequest as _cairn_tracking_v1_LogInputsRequest, LogInputsRequest__Output as _cairn_tracking_v1_LogInputsRequest__Output } from '../../../cairn/tracking/v1/LogInputsRequest';
import type { LogInputsResponse as _cairn_tracking_v1_LogInputsResponse, LogInputsResponse__Output as _cairn_tracking_v1_LogInputsResponse__Output } from '../../../cairn/tracking/v1/LogInputsResponse';
import type { LogMetricRequest as _cairn_tracking_v1_LogMetricRequest, LogMetricRequest__Output as _cairn_tracking_v1_LogMetricRequest__Output } from '../../../cairn/tracking/v1/LogMetricRequest';
import type { LogMetricResponse as _cairn_tracking_v1_LogMetricResponse, LogMetricResponse__Output as _cairn_tracking_v1_LogMetricResponse__Output } from '../../../cairn/tracking/v1/LogMetricResponse';
import type { LogParamRequest as _cairn_tracking_v1_LogParamRequest, LogParamRequest__Output as _cairn_tracking_v1_LogParamRequest__Output } from '../../../cairn/tracking/v1/LogParamRequest';
import type { LogParamResponse as _cairn_tracking_v1_LogParamResponse, LogParamResponse__Output as _cairn_tracking_v1_LogParamResponse__Output } from '../../../cairn/tracking/v1/LogParamResponse';
import type { RestoreExperimentRequest as _cairn_tracking_v1_RestoreExperimentRequest, RestoreExperimentRequest__Output as _cairn_tracking_v1_RestoreExperimentRequest__Output } from '../../../cairn/tracking/v1/RestoreExperimentRequest';
import type { RestoreExperimentResponse as _cairn_tracking_v1_RestoreExperimentResponse, RestoreExperimentResponse__Output as _cairn_tracking_v1_RestoreExperimentResponse__Output } from '../../../cairn/tracking/v1/RestoreExperimentResponse';
import type { RestoreRunRequest as _cairn_tracking_v1_RestoreRunRequest, RestoreRunRequest__Output as _cairn_tracking_v1_RestoreRunRequest__Output } from '../../../cairn/tracking/v1/RestoreRunRequest';
import type { RestoreRunResponse as _cairn_tracking_v1_RestoreRunResponse, RestoreRunResponse__Output as _cairn_tracking_v1_RestoreRunResponse__Output } from '../../../cairn/tracking/v1/RestoreRunResponse';
import type { SearchExperimentsRequest as _cairn_tracking_v1_SearchExperimentsRequest, SearchExperimentsRequest__Output as _cairn_tracking_v1_SearchExperimentsRequest__Output } from '../../../cairn/tracking/v1/SearchExperimentsRequest';
import type { SearchExperimentsResponse as _cairn_tracking_v1_SearchExperimentsResponse, SearchExperimentsResponse__Output as _cairn_tracking_v1_SearchExperimentsResponse__Output } from '../../../cairn/tracking/v1/SearchExperimentsResponse';
import type { SearchRunsRequest as _cairn_tracking_v1_SearchRunsRequest, SearchRunsRequest__Output as _cairn_tracking_v1_SearchRunsRequest__Output } from '../../../cairn/tracking/v1/SearchRunsRequest';
import type { SearchRunsResponse as _cairn_tracking_v1_SearchRunsResponse, SearchRunsResponse__Output as _cairn_tracking_v1_SearchRunsResponse__Output } from '../../../cairn/tracking/v1/SearchRunsResponse';
import type { SetExperimentTagRequest as _cairn_tracking_v1_SetExperimentTagRequest, SetExperimentTagRequest__Output as _cairn_tracking_v1_SetExperimentTagRequest__Output } from '../../../cairn/tracking/v1/SetExperimentTagRequest';
import type { SetExperimentTagResponse as _cairn_tracking_v1_SetExperimentTagResponse, SetExperimentTagResponse__Output as _cairn_tracking_v1_SetExperimentTagResponse__Output } from '../../../cairn/tracking/v1/SetExperimentTagResponse';
import type { SetTagRequest as _cairn_tracking_v1_SetTagRequest, SetTagRequest__Output as _cairn_tracking_v1_SetTagRequest__Output } from '../../../cairn/tracking/v1/SetTagRequest';
import type { SetTagResponse as _cairn_tracking_v1_SetTagResponse, SetTagResponse__Output as _cairn_tracking_v1_SetTagResponse__Output } from '../../../cairn/tracking/v1/SetTagResponse';
import type { UpdateExperimentRequest as _cairn_tracking_v1_UpdateExperimentRequest, UpdateExperimentRequest__Output as _cairn_tracking_v1_UpdateExperimentRequest__Output } from '../../../cairn/tracking/v1/UpdateExperimentRequest';
import type { UpdateExperimentResponse as _cairn_tracking_v1_UpdateExperimentResponse, UpdateExperimentResponse__Output as _cairn_tracking_v1_UpdateExperimentResponse__Output } from '../../../cairn/tracking/v1/UpdateExperimentResponse';
import type { UpdateRunRequest as _cairn_tracking_v1_UpdateRunRequest, UpdateRunRequest__Output as _cairn_tracking_v1_UpdateRunRequest__Output } from '../../../cairn/tracking/v1/UpdateRunRequest';
import type { UpdateRunResponse as _cairn_tracking_v1_UpdateRunResponse, UpdateRunResponse__Output as _cairn_tracking_v1_UpdateRunResponse__Output } from '../../../cairn/tracking/v1/UpdateRunResponse';

/**
 * Cairn tracking for non-Python clients: the operations of the MLflow tracking REST API, over the same core, so a
 * command fails the same way on both. Errors: INVALID_ARGUMENT (bad or missing input, bad filter, param
 * overwrite), NOT_FOUND, ALREADY_EXISTS, INTERNAL; the stable Cairn code (e.g. `TRACKING.RUN_NOT_FOUND`) is in
 * the `cairn-error-code` trailer. Request metadata: `x-cairn-actor` (who), `x-request-id` (correlation id),
 * `traceparent` (W3C trace context).
 */
export interface TrackingServiceClient extends grpc.Client {
  /**
   * Experiments.
   */
  CreateExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  CreateExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  CreateExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  CreateExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Experiments.
   */
  createExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  createExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  createExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  createExperiment(argument: _cairn_tracking_v1_CreateExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_CreateExperimentResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Runs.
   */
  CreateRun(argument: _cairn_tracking_v1_CreateRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  CreateRun(argument: _cairn_tracking_v1_CreateRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  CreateRun(argument: _cairn_tracking_v1_CreateRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  CreateRun(argument: _cairn_tracking_v1_CreateRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Runs.
   */
  createRun(argument: _cairn_tracking_v1_CreateRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  createRun(argument: _cairn_tracking_v1_CreateRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  createRun(argument: _cairn_tracking_v1_CreateRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  createRun(argument: _cairn_tracking_v1_CreateRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_CreateRunResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  deleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  deleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  deleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  deleteExperiment(argument: _cairn_tracking_v1_DeleteExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteExperimentTag(argument: _cairn_tracking_v1_DeleteExperimentTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  DeleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  DeleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  DeleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  deleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  deleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  deleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  deleteRun(argument: _cairn_tracking_v1_DeleteRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteRunResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  deleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  deleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  deleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  deleteTag(argument: _cairn_tracking_v1_DeleteTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_DeleteTagResponse__Output>): grpc.ClientUnaryCall;
  
  GetExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  GetExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  GetExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  GetExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  getExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  getExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  getExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  getExperiment(argument: _cairn_tracking_v1_GetExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentResponse__Output>): grpc.ClientUnaryCall;
  
  GetExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  GetExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  GetExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  GetExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  getExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  getExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  getExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  getExperimentByName(argument: _cairn_tracking_v1_GetExperimentByNameRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetExperimentByNameResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * MLflow 3 logged models: one model by id, deleted ones NOT_FOUND (the registry resolves `models:/m-…` here).
   */
  GetLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  GetLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  GetLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  GetLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  /**
   * MLflow 3 logged models: one model by id, deleted ones NOT_FOUND (the registry resolves `models:/m-…` here).
   */
  getLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  getLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  getLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  getLoggedModel(argument: _cairn_tracking_v1_GetLoggedModelRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetLoggedModelResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Metric history: every logged point of one metric, by step then timestamp.
   */
  GetMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Metric history: every logged point of one metric, by step then timestamp.
   */
  getMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  getMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  getMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  getMetricHistory(argument: _cairn_tracking_v1_GetMetricHistoryRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetMetricHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  GetRun(argument: _cairn_tracking_v1_GetRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  GetRun(argument: _cairn_tracking_v1_GetRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  GetRun(argument: _cairn_tracking_v1_GetRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  GetRun(argument: _cairn_tracking_v1_GetRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  getRun(argument: _cairn_tracking_v1_GetRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  getRun(argument: _cairn_tracking_v1_GetRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  getRun(argument: _cairn_tracking_v1_GetRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  getRun(argument: _cairn_tracking_v1_GetRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
  
  LogBatch(argument: _cairn_tracking_v1_LogBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  LogBatch(argument: _cairn_tracking_v1_LogBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  LogBatch(argument: _cairn_tracking_v1_LogBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  LogBatch(argument: _cairn_tracking_v1_LogBatchRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  logBatch(argument: _cairn_tracking_v1_LogBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  logBatch(argument: _cairn_tracking_v1_LogBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  logBatch(argument: _cairn_tracking_v1_LogBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  logBatch(argument: _cairn_tracking_v1_LogBatchRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogBatchResponse__Output>): grpc.ClientUnaryCall;
  
  LogInputs(argument: _cairn_tracking_v1_LogInputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  LogInputs(argument: _cairn_tracking_v1_LogInputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  LogInputs(argument: _cairn_tracking_v1_LogInputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  LogInputs(argument: _cairn_tracking_v1_LogInputsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  logInputs(argument: _cairn_tracking_v1_LogInputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  logInputs(argument: _cairn_tracking_v1_LogInputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  logInputs(argument: _cairn_tracking_v1_LogInputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  logInputs(argument: _cairn_tracking_v1_LogInputsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogInputsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Logging.
   */
  LogMetric(argument: _cairn_tracking_v1_LogMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _cairn_tracking_v1_LogMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _cairn_tracking_v1_LogMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  LogMetric(argument: _cairn_tracking_v1_LogMetricRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Logging.
   */
  logMetric(argument: _cairn_tracking_v1_LogMetricRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _cairn_tracking_v1_LogMetricRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _cairn_tracking_v1_LogMetricRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  logMetric(argument: _cairn_tracking_v1_LogMetricRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogMetricResponse__Output>): grpc.ClientUnaryCall;
  
  LogParam(argument: _cairn_tracking_v1_LogParamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  LogParam(argument: _cairn_tracking_v1_LogParamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  LogParam(argument: _cairn_tracking_v1_LogParamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  LogParam(argument: _cairn_tracking_v1_LogParamRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  logParam(argument: _cairn_tracking_v1_LogParamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  logParam(argument: _cairn_tracking_v1_LogParamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  logParam(argument: _cairn_tracking_v1_LogParamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  logParam(argument: _cairn_tracking_v1_LogParamRequest, callback: grpc.requestCallback<_cairn_tracking_v1_LogParamResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  RestoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  RestoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  RestoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  restoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  restoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  restoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  restoreExperiment(argument: _cairn_tracking_v1_RestoreExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreExperimentResponse__Output>): grpc.ClientUnaryCall;
  
  RestoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  RestoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  RestoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  RestoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  restoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  restoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  restoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  restoreRun(argument: _cairn_tracking_v1_RestoreRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_RestoreRunResponse__Output>): grpc.ClientUnaryCall;
  
  SearchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  SearchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  SearchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  SearchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  searchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  searchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  searchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  searchExperiments(argument: _cairn_tracking_v1_SearchExperimentsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SearchExperimentsResponse__Output>): grpc.ClientUnaryCall;
  
  SearchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  SearchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  SearchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  SearchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  searchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  searchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  searchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  searchRuns(argument: _cairn_tracking_v1_SearchRunsRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SearchRunsResponse__Output>): grpc.ClientUnaryCall;
  
  SetExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  SetExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  SetExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  SetExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  setExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  setExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  setExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  setExperimentTag(argument: _cairn_tracking_v1_SetExperimentTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SetExperimentTagResponse__Output>): grpc.ClientUnaryCall;
  
  SetTag(argument: _cairn_tracking_v1_SetTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  SetTag(argument: _cairn_tracking_v1_SetTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  SetTag(argument: _cairn_tracking_v1_SetTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  SetTag(argument: _cairn_tracking_v1_SetTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  setTag(argument: _cairn_tracking_v1_SetTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  setTag(argument: _cairn_tracking_v1_SetTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  setTag(argument: _cairn_tracking_v1_SetTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  setTag(argument: _cairn_tracking_v1_SetTagRequest, callback: grpc.requestCallback<_cairn_tracking_v1_SetTagResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  UpdateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  UpdateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  UpdateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  updateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  updateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  updateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  updateExperiment(argument: _cairn_tracking_v1_UpdateExperimentRequest, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateExperimentResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRun(argument: _cairn_tracking_v1_UpdateRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  UpdateRun(argument: _cairn_tracking_v1_UpdateRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  UpdateRun(argument: _cairn_tracking_v1_UpdateRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  UpdateRun(argument: _cairn_tracking_v1_UpdateRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  updateRun(argument: _cairn_tracking_v1_UpdateRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  updateRun(argument: _cairn_tracking_v1_UpdateRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  updateRun(argument: _cairn_tracking_v1_UpdateRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  updateRun(argument: _cairn_tracking_v1_UpdateRunRequest, callback: grpc.requestCallback<_cairn_tracking_v1_UpdateRunResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Cairn tracking for non-Python clients: the operations of the MLflow tracking REST API, over the same core, so a
 * command fails the same way on both. Errors: INVALID_ARGUMENT (bad or missing input, bad filter, param
 * overwrite), NOT_FOUND, ALREADY_EXISTS, INTERNAL; the stable Cairn code (e.g. `TRACKING.RUN_NOT_FOUND`) is in
 * the `cairn-error-code` trailer. Request metadata: `x-cairn-actor` (who), `x-request-id` (correlation id),
 * `traceparent` (W3C trace context).
 */
export interface TrackingServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Experiments.
   */
  CreateExperiment: grpc.handleUnaryCall<_cairn_tracking_v1_CreateExperimentRequest__Output, _cairn_tracking_v1_CreateExperimentResponse>;
  
  /**
   * Runs.
   */
  CreateRun: grpc.handleUnaryCall<_cairn_tracking_v1_CreateRunRequest__Output, _cairn_tracking_v1_CreateRunResponse>;
  
  DeleteExperiment: grpc.handleUnaryCall<_cairn_tracking_v1_DeleteExperimentRequest__Output, _cairn_tracking_v1_DeleteExperimentResponse>;
  
  DeleteExperimentTag: grpc.handleUnaryCall<_cairn_tracking_v1_DeleteExperimentTagRequest__Output, _cairn_tracking_v1_DeleteExperimentTagResponse>;
  
  DeleteRun: grpc.handleUnaryCall<_cairn_tracking_v1_DeleteRunRequest__Output, _cairn_tracking_v1_DeleteRunResponse>;
  
  DeleteTag: grpc.handleUnaryCall<_cairn_tracking_v1_DeleteTagRequest__Output, _cairn_tracking_v1_DeleteTagResponse>;
  
  GetExperiment: grpc.handleUnaryCall<_cairn_tracking_v1_GetExperimentRequest__Output, _cairn_tracking_v1_GetExperimentResponse>;
  
  GetExperimentByName: grpc.handleUnaryCall<_cairn_tracking_v1_GetExperimentByNameRequest__Output, _cairn_tracking_v1_GetExperimentByNameResponse>;
  
  /**
   * MLflow 3 logged models: one model by id, deleted ones NOT_FOUND (the registry resolves `models:/m-…` here).
   */
  GetLoggedModel: grpc.handleUnaryCall<_cairn_tracking_v1_GetLoggedModelRequest__Output, _cairn_tracking_v1_GetLoggedModelResponse>;
  
  /**
   * Metric history: every logged point of one metric, by step then timestamp.
   */
  GetMetricHistory: grpc.handleUnaryCall<_cairn_tracking_v1_GetMetricHistoryRequest__Output, _cairn_tracking_v1_GetMetricHistoryResponse>;
  
  GetRun: grpc.handleUnaryCall<_cairn_tracking_v1_GetRunRequest__Output, _cairn_tracking_v1_GetRunResponse>;
  
  LogBatch: grpc.handleUnaryCall<_cairn_tracking_v1_LogBatchRequest__Output, _cairn_tracking_v1_LogBatchResponse>;
  
  LogInputs: grpc.handleUnaryCall<_cairn_tracking_v1_LogInputsRequest__Output, _cairn_tracking_v1_LogInputsResponse>;
  
  /**
   * Logging.
   */
  LogMetric: grpc.handleUnaryCall<_cairn_tracking_v1_LogMetricRequest__Output, _cairn_tracking_v1_LogMetricResponse>;
  
  LogParam: grpc.handleUnaryCall<_cairn_tracking_v1_LogParamRequest__Output, _cairn_tracking_v1_LogParamResponse>;
  
  RestoreExperiment: grpc.handleUnaryCall<_cairn_tracking_v1_RestoreExperimentRequest__Output, _cairn_tracking_v1_RestoreExperimentResponse>;
  
  RestoreRun: grpc.handleUnaryCall<_cairn_tracking_v1_RestoreRunRequest__Output, _cairn_tracking_v1_RestoreRunResponse>;
  
  SearchExperiments: grpc.handleUnaryCall<_cairn_tracking_v1_SearchExperimentsRequest__Output, _cairn_tracking_v1_SearchExperimentsResponse>;
  
  SearchRuns: grpc.handleUnaryCall<_cairn_tracking_v1_SearchRunsRequest__Output, _cairn_tracking_v1_SearchRunsResponse>;
  
  SetExperimentTag: grpc.handleUnaryCall<_cairn_tracking_v1_SetExperimentTagRequest__Output, _cairn_tracking_v1_SetExperimentTagResponse>;
  
  SetTag: grpc.handleUnaryCall<_cairn_tracking_v1_SetTagRequest__Output, _cairn_tracking_v1_SetTagResponse>;
  
  UpdateExperiment: grpc.handleUnaryCall<_cairn_tracking_v1_UpdateExperimentRequest__Output, _cairn_tracking_v1_UpdateExperimentResponse>;
  
  UpdateRun: grpc.handleUnaryCall<_cairn_tracking_v1_UpdateRunRequest__Output, _cairn_tracking_v1_UpdateRunResponse>;
  
}

export interface TrackingServiceDefinition extends grpc.ServiceDefinition {
  CreateExperiment: MethodDefinition<_cairn_tracking_v1_CreateExperimentRequest, _cairn_tracking_v1_CreateExperimentResponse, _cairn_tracking_v1_CreateExperimentRequest__Output, _cairn_tracking_v1_CreateExperimentResponse__Output>
  CreateRun: MethodDefinition<_cairn_tracking_v1_CreateRunRequest, _cairn_tracking_v1_CreateRunResponse, _cairn_tracking_v1_CreateRunRequest__Output, _cairn_tracking_v1_CreateRunResponse__Output>
  DeleteExperiment: MethodDefinition<_cairn_tracking_v1_DeleteExperimentRequest, _cairn_tracking_v1_DeleteExperimentResponse, _cairn_tracking_v1_DeleteExperimentRequest__Output, _cairn_tracking_v1_DeleteExperimentResponse__Output>
  DeleteExperimentTag: MethodDefinition<_cairn_tracking_v1_DeleteExperimentTagRequest, _cairn_tracking_v1_DeleteExperimentTagResponse, _cairn_tracking_v1_DeleteExperimentTagRequest__Output, _cairn_tracking_v1_DeleteExperimentTagResponse__Output>
  DeleteRun: MethodDefinition<_cairn_tracking_v1_DeleteRunRequest, _cairn_tracking_v1_DeleteRunResponse, _cairn_tracking_v1_DeleteRunRequest__Output, _cairn_tracking_v1_DeleteRunResponse__Output>
  DeleteTag: MethodDefinition<_cairn_tracking_v1_DeleteTagRequest, _cairn_tracking_v1_DeleteTagResponse, _cairn_tracking_v1_DeleteTagRequest__Output, _cairn_tracking_v1_DeleteTagResponse__Output>
  GetExperiment: MethodDefinition<_cairn_tracking_v1_GetExperimentRequest, _cairn_tracking_v1_GetExperimentResponse, _cairn_tracking_v1_GetExperimentRequest__Output, _cairn_tracking_v1_GetExperimentResponse__Output>
  GetExperimentByName: MethodDefinition<_cairn_tracking_v1_GetExperimentByNameRequest, _cairn_tracking_v1_GetExperimentByNameResponse, _cairn_tracking_v1_GetExperimentByNameRequest__Output, _cairn_tracking_v1_GetExperimentByNameResponse__Output>
  GetLoggedModel: MethodDefinition<_cairn_tracking_v1_GetLoggedModelRequest, _cairn_tracking_v1_GetLoggedModelResponse, _cairn_tracking_v1_GetLoggedModelRequest__Output, _cairn_tracking_v1_GetLoggedModelResponse__Output>
  GetMetricHistory: MethodDefinition<_cairn_tracking_v1_GetMetricHistoryRequest, _cairn_tracking_v1_GetMetricHistoryResponse, _cairn_tracking_v1_GetMetricHistoryRequest__Output, _cairn_tracking_v1_GetMetricHistoryResponse__Output>
  GetRun: MethodDefinition<_cairn_tracking_v1_GetRunRequest, _cairn_tracking_v1_GetRunResponse, _cairn_tracking_v1_GetRunRequest__Output, _cairn_tracking_v1_GetRunResponse__Output>
  LogBatch: MethodDefinition<_cairn_tracking_v1_LogBatchRequest, _cairn_tracking_v1_LogBatchResponse, _cairn_tracking_v1_LogBatchRequest__Output, _cairn_tracking_v1_LogBatchResponse__Output>
  LogInputs: MethodDefinition<_cairn_tracking_v1_LogInputsRequest, _cairn_tracking_v1_LogInputsResponse, _cairn_tracking_v1_LogInputsRequest__Output, _cairn_tracking_v1_LogInputsResponse__Output>
  LogMetric: MethodDefinition<_cairn_tracking_v1_LogMetricRequest, _cairn_tracking_v1_LogMetricResponse, _cairn_tracking_v1_LogMetricRequest__Output, _cairn_tracking_v1_LogMetricResponse__Output>
  LogParam: MethodDefinition<_cairn_tracking_v1_LogParamRequest, _cairn_tracking_v1_LogParamResponse, _cairn_tracking_v1_LogParamRequest__Output, _cairn_tracking_v1_LogParamResponse__Output>
  RestoreExperiment: MethodDefinition<_cairn_tracking_v1_RestoreExperimentRequest, _cairn_tracking_v1_RestoreExperimentResponse, _cairn_tracking_v1_RestoreExperimentRequest__Output, _cairn_tracking_v1_RestoreExperimentResponse__Output>
  RestoreRun: MethodDefinition<_cairn_tracking_v1_RestoreRunRequest, _cairn_tracking_v1_RestoreRunResponse, _cairn_tracking_v1_RestoreRunRequest__Output, _cairn_tracking_v1_RestoreRunResponse__Output>
  SearchExperiments: MethodDefinition<_cairn_tracking_v1_SearchExperimentsRequest, _cairn_tracking_v1_SearchExperimentsResponse, _cairn_tracking_v1_SearchExperimentsRequest__Output, _cairn_tracking_v1_SearchExperimentsResponse__Output>
  SearchRuns: MethodDefinition<_cairn_tracking_v1_SearchRunsRequest, _cairn_tracking_v1_SearchRunsResponse, _cairn_tracking_v1_SearchRunsRequest__Output, _cairn_tracking_v1_SearchRunsResponse__Output>
  SetExperimentTag: MethodDefinition<_cairn_tracking_v1_SetExperimentTagRequest, _cairn_tracking_v1_SetExperimentTagResponse, _cairn_tracking_v1_SetExperimentTagRequest__Output, _cairn_tracking_v1_SetExperimentTagResponse__Output>
  SetTag: MethodDefinition<_cairn_tracking_v1_SetTagRequest, _cairn_tracking_v1_SetTagResponse, _cairn_tracking_v1_SetTagRequest__Output, _cairn_tracking_v1_SetTagResponse__Output>
  UpdateExperiment: MethodDefinition<_cairn_tracking_v1_UpdateExperimentRequest, _cairn_tracking_v1_UpdateExperimentResponse, _cairn_tracking_v1_UpdateExperimentRequest__Output, _cairn_tracking_v1_UpdateExperimentResponse__Output>
  UpdateRun: MethodDefinition<_cairn_tracking_v1_UpdateRunRequest, _cairn_tracking_v1_UpdateRunResponse, _cairn_tracking_v1_UpdateRunRequest__Output, _cairn_tracking_v1_UpdateRunResponse__Output>
}
