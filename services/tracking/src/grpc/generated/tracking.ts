import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateExperimentRequest as _cairn_tracking_v1_CreateExperimentRequest, CreateExperimentRequest__Output as _cairn_tracking_v1_CreateExperimentRequest__Output } from './cairn/tracking/v1/CreateExperimentRequest';
import type { CreateExperimentResponse as _cairn_tracking_v1_CreateExperimentResponse, CreateExperimentResponse__Output as _cairn_tracking_v1_CreateExperimentResponse__Output } from './cairn/tracking/v1/CreateExperimentResponse';
import type { CreateRunRequest as _cairn_tracking_v1_CreateRunRequest, CreateRunRequest__Output as _cairn_tracking_v1_CreateRunRequest__Output } from './cairn/tracking/v1/CreateRunRequest';
import type { CreateRunResponse as _cairn_tracking_v1_CreateRunResponse, CreateRunResponse__Output as _cairn_tracking_v1_CreateRunResponse__Output } from './cairn/tracking/v1/CreateRunResponse';
import type { Dataset as _cairn_tracking_v1_Dataset, Dataset__Output as _cairn_tracking_v1_Dataset__Output } from './cairn/tracking/v1/Dataset';
import type { DatasetInput as _cairn_tracking_v1_DatasetInput, DatasetInput__Output as _cairn_tracking_v1_DatasetInput__Output } from './cairn/tracking/v1/DatasetInput';
import type { DeleteExperimentRequest as _cairn_tracking_v1_DeleteExperimentRequest, DeleteExperimentRequest__Output as _cairn_tracking_v1_DeleteExperimentRequest__Output } from './cairn/tracking/v1/DeleteExperimentRequest';
import type { DeleteExperimentResponse as _cairn_tracking_v1_DeleteExperimentResponse, DeleteExperimentResponse__Output as _cairn_tracking_v1_DeleteExperimentResponse__Output } from './cairn/tracking/v1/DeleteExperimentResponse';
import type { DeleteExperimentTagRequest as _cairn_tracking_v1_DeleteExperimentTagRequest, DeleteExperimentTagRequest__Output as _cairn_tracking_v1_DeleteExperimentTagRequest__Output } from './cairn/tracking/v1/DeleteExperimentTagRequest';
import type { DeleteExperimentTagResponse as _cairn_tracking_v1_DeleteExperimentTagResponse, DeleteExperimentTagResponse__Output as _cairn_tracking_v1_DeleteExperimentTagResponse__Output } from './cairn/tracking/v1/DeleteExperimentTagResponse';
import type { DeleteRunRequest as _cairn_tracking_v1_DeleteRunRequest, DeleteRunRequest__Output as _cairn_tracking_v1_DeleteRunRequest__Output } from './cairn/tracking/v1/DeleteRunRequest';
import type { DeleteRunResponse as _cairn_tracking_v1_DeleteRunResponse, DeleteRunResponse__Output as _cairn_tracking_v1_DeleteRunResponse__Output } from './cairn/tracking/v1/DeleteRunResponse';
import type { DeleteTagRequest as _cairn_tracking_v1_DeleteTagRequest, DeleteTagRequest__Output as _cairn_tracking_v1_DeleteTagRequest__Output } from './cairn/tracking/v1/DeleteTagRequest';
import type { DeleteTagResponse as _cairn_tracking_v1_DeleteTagResponse, DeleteTagResponse__Output as _cairn_tracking_v1_DeleteTagResponse__Output } from './cairn/tracking/v1/DeleteTagResponse';
import type { Experiment as _cairn_tracking_v1_Experiment, Experiment__Output as _cairn_tracking_v1_Experiment__Output } from './cairn/tracking/v1/Experiment';
import type { GetExperimentByNameRequest as _cairn_tracking_v1_GetExperimentByNameRequest, GetExperimentByNameRequest__Output as _cairn_tracking_v1_GetExperimentByNameRequest__Output } from './cairn/tracking/v1/GetExperimentByNameRequest';
import type { GetExperimentByNameResponse as _cairn_tracking_v1_GetExperimentByNameResponse, GetExperimentByNameResponse__Output as _cairn_tracking_v1_GetExperimentByNameResponse__Output } from './cairn/tracking/v1/GetExperimentByNameResponse';
import type { GetExperimentRequest as _cairn_tracking_v1_GetExperimentRequest, GetExperimentRequest__Output as _cairn_tracking_v1_GetExperimentRequest__Output } from './cairn/tracking/v1/GetExperimentRequest';
import type { GetExperimentResponse as _cairn_tracking_v1_GetExperimentResponse, GetExperimentResponse__Output as _cairn_tracking_v1_GetExperimentResponse__Output } from './cairn/tracking/v1/GetExperimentResponse';
import type { GetLoggedModelRequest as _cairn_tracking_v1_GetLoggedModelRequest, GetLoggedModelRequest__Output as _cairn_tracking_v1_GetLoggedModelRequest__Output } from './cairn/tracking/v1/GetLoggedModelRequest';
import type { GetLoggedModelResponse as _cairn_tracking_v1_GetLoggedModelResponse, GetLoggedModelResponse__Output as _cairn_tracking_v1_GetLoggedModelResponse__Output } from './cairn/tracking/v1/GetLoggedModelResponse';
import type { GetMetricHistoryRequest as _cairn_tracking_v1_GetMetricHistoryRequest, GetMetricHistoryRequest__Output as _cairn_tracking_v1_GetMetricHistoryRequest__Output } from './cairn/tracking/v1/GetMetricHistoryRequest';
import type { GetMetricHistoryResponse as _cairn_tracking_v1_GetMetricHistoryResponse, GetMetricHistoryResponse__Output as _cairn_tracking_v1_GetMetricHistoryResponse__Output } from './cairn/tracking/v1/GetMetricHistoryResponse';
import type { GetRunRequest as _cairn_tracking_v1_GetRunRequest, GetRunRequest__Output as _cairn_tracking_v1_GetRunRequest__Output } from './cairn/tracking/v1/GetRunRequest';
import type { GetRunResponse as _cairn_tracking_v1_GetRunResponse, GetRunResponse__Output as _cairn_tracking_v1_GetRunResponse__Output } from './cairn/tracking/v1/GetRunResponse';
import type { LogBatchRequest as _cairn_tracking_v1_LogBatchRequest, LogBatchRequest__Output as _cairn_tracking_v1_LogBatchRequest__Output } from './cairn/tracking/v1/LogBatchRequest';
import type { LogBatchResponse as _cairn_tracking_v1_LogBatchResponse, LogBatchResponse__Output as _cairn_tracking_v1_LogBatchResponse__Output } from './cairn/tracking/v1/LogBatchResponse';
import type { LogInputsRequest as _cairn_tracking_v1_LogInputsRequest, LogInputsRequest__Output as _cairn_tracking_v1_LogInputsRequest__Output } from './cairn/tracking/v1/LogInputsRequest';
import type { LogInputsResponse as _cairn_tracking_v1_LogInputsResponse, LogInputsResponse__Output as _cairn_tracking_v1_LogInputsResponse__Output } from './cairn/tracking/v1/LogInputsResponse';
import type { LogMetricRequest as _cairn_tracking_v1_LogMetricRequest, LogMetricRequest__Output as _cairn_tracking_v1_LogMetricRequest__Output } from './cairn/tracking/v1/LogMetricRequest';
import type { LogMetricResponse as _cairn_tracking_v1_LogMetricResponse, LogMetricResponse__Output as _cairn_tracking_v1_LogMetricResponse__Output } from './cairn/tracking/v1/LogMetricResponse';
import type { LogParamRequest as _cairn_tracking_v1_LogParamRequest, LogParamRequest__Output as _cairn_tracking_v1_LogParamRequest__Output } from './cairn/tracking/v1/LogParamRequest';
import type { LogParamResponse as _cairn_tracking_v1_LogParamResponse, LogParamResponse__Output as _cairn_tracking_v1_LogParamResponse__Output } from './cairn/tracking/v1/LogParamResponse';
import type { LoggedModel as _cairn_tracking_v1_LoggedModel, LoggedModel__Output as _cairn_tracking_v1_LoggedModel__Output } from './cairn/tracking/v1/LoggedModel';
import type { Metric as _cairn_tracking_v1_Metric, Metric__Output as _cairn_tracking_v1_Metric__Output } from './cairn/tracking/v1/Metric';
import type { Param as _cairn_tracking_v1_Param, Param__Output as _cairn_tracking_v1_Param__Output } from './cairn/tracking/v1/Param';
import type { RestoreExperimentRequest as _cairn_tracking_v1_RestoreExperimentRequest, RestoreExperimentRequest__Output as _cairn_tracking_v1_RestoreExperimentRequest__Output } from './cairn/tracking/v1/RestoreExperimentRequest';
import type { RestoreExperimentResponse as _cairn_tracking_v1_RestoreExperimentResponse, RestoreExperimentResponse__Output as _cairn_tracking_v1_RestoreExperimentResponse__Output } from './cairn/tracking/v1/RestoreExperimentResponse';
import type { RestoreRunRequest as _cairn_tracking_v1_RestoreRunRequest, RestoreRunRequest__Output as _cairn_tracking_v1_RestoreRunRequest__Output } from './cairn/tracking/v1/RestoreRunRequest';
import type { RestoreRunResponse as _cairn_tracking_v1_RestoreRunResponse, RestoreRunResponse__Output as _cairn_tracking_v1_RestoreRunResponse__Output } from './cairn/tracking/v1/RestoreRunResponse';
import type { Run as _cairn_tracking_v1_Run, Run__Output as _cairn_tracking_v1_Run__Output } from './cairn/tracking/v1/Run';
import type { RunData as _cairn_tracking_v1_RunData, RunData__Output as _cairn_tracking_v1_RunData__Output } from './cairn/tracking/v1/RunData';
import type { RunInfo as _cairn_tracking_v1_RunInfo, RunInfo__Output as _cairn_tracking_v1_RunInfo__Output } from './cairn/tracking/v1/RunInfo';
import type { RunInputs as _cairn_tracking_v1_RunInputs, RunInputs__Output as _cairn_tracking_v1_RunInputs__Output } from './cairn/tracking/v1/RunInputs';
import type { SearchExperimentsRequest as _cairn_tracking_v1_SearchExperimentsRequest, SearchExperimentsRequest__Output as _cairn_tracking_v1_SearchExperimentsRequest__Output } from './cairn/tracking/v1/SearchExperimentsRequest';
import type { SearchExperimentsResponse as _cairn_tracking_v1_SearchExperimentsResponse, SearchExperimentsResponse__Output as _cairn_tracking_v1_SearchExperimentsResponse__Output } from './cairn/tracking/v1/SearchExperimentsResponse';
import type { SearchRunsRequest as _cairn_tracking_v1_SearchRunsRequest, SearchRunsRequest__Output as _cairn_tracking_v1_SearchRunsRequest__Output } from './cairn/tracking/v1/SearchRunsRequest';
import type { SearchRunsResponse as _cairn_tracking_v1_SearchRunsResponse, SearchRunsResponse__Output as _cairn_tracking_v1_SearchRunsResponse__Output } from './cairn/tracking/v1/SearchRunsResponse';
import type { SetExperimentTagRequest as _cairn_tracking_v1_SetExperimentTagRequest, SetExperimentTagRequest__Output as _cairn_tracking_v1_SetExperimentTagRequest__Output } from './cairn/tracking/v1/SetExperimentTagRequest';
import type { SetExperimentTagResponse as _cairn_tracking_v1_SetExperimentTagResponse, SetExperimentTagResponse__Output as _cairn_tracking_v1_SetExperimentTagResponse__Output } from './cairn/tracking/v1/SetExperimentTagResponse';
import type { SetTagRequest as _cairn_tracking_v1_SetTagRequest, SetTagRequest__Output as _cairn_tracking_v1_SetTagRequest__Output } from './cairn/tracking/v1/SetTagRequest';
import type { SetTagResponse as _cairn_tracking_v1_SetTagResponse, SetTagResponse__Output as _cairn_tracking_v1_SetTagResponse__Output } from './cairn/tracking/v1/SetTagResponse';
import type { Tag as _cairn_tracking_v1_Tag, Tag__Output as _cairn_tracking_v1_Tag__Output } from './cairn/tracking/v1/Tag';
import type { TrackingServiceClient as _cairn_tracking_v1_TrackingServiceClient, TrackingServiceDefinition as _cairn_tracking_v1_TrackingServiceDefinition } from './cairn/tracking/v1/TrackingService';
import type { UpdateExperimentRequest as _cairn_tracking_v1_UpdateExperimentRequest, UpdateExperimentRequest__Output as _cairn_tracking_v1_UpdateExperimentRequest__Output } from './cairn/tracking/v1/UpdateExperimentRequest';
import type { UpdateExperimentResponse as _cairn_tracking_v1_UpdateExperimentResponse, UpdateExperimentResponse__Output as _cairn_tracking_v1_UpdateExperimentResponse__Output } from './cairn/tracking/v1/UpdateExperimentResponse';
import type { UpdateRunRequest as _cairn_tracking_v1_UpdateRunRequest, UpdateRunRequest__Output as _cairn_tracking_v1_UpdateRunRequest__Output } from './cairn/tracking/v1/UpdateRunRequest';
import type { UpdateRunResponse as _cairn_tracking_v1_UpdateRunResponse, UpdateRunResponse__Output as _cairn_tracking_v1_UpdateRunResponse__Output } from './cairn/tracking/v1/UpdateRunResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cairn: {
    tracking: {
      v1: {
        CreateExperimentRequest: MessageTypeDefinition<_cairn_tracking_v1_CreateExperimentRequest, _cairn_tracking_v1_CreateExperimentRequest__Output>
        CreateExperimentResponse: MessageTypeDefinition<_cairn_tracking_v1_CreateExperimentResponse, _cairn_tracking_v1_CreateExperimentResponse__Output>
        CreateRunRequest: MessageTypeDefinition<_cairn_tracking_v1_CreateRunRequest, _cairn_tracking_v1_CreateRunRequest__Output>
        CreateRunResponse: MessageTypeDefinition<_cairn_tracking_v1_CreateRunResponse, _cairn_tracking_v1_CreateRunResponse__Output>
        Dataset: MessageTypeDefinition<_cairn_tracking_v1_Dataset, _cairn_tracking_v1_Dataset__Output>
        DatasetInput: MessageTypeDefinition<_cairn_tracking_v1_DatasetInput, _cairn_tracking_v1_DatasetInput__Output>
        DeleteExperimentRequest: MessageTypeDefinition<_cairn_tracking_v1_DeleteExperimentRequest, _cairn_tracking_v1_DeleteExperimentRequest__Output>
        DeleteExperimentResponse: MessageTypeDefinition<_cairn_tracking_v1_DeleteExperimentResponse, _cairn_tracking_v1_DeleteExperimentResponse__Output>
        DeleteExperimentTagRequest: MessageTypeDefinition<_cairn_tracking_v1_DeleteExperimentTagRequest, _cairn_tracking_v1_DeleteExperimentTagRequest__Output>
        DeleteExperimentTagResponse: MessageTypeDefinition<_cairn_tracking_v1_DeleteExperimentTagResponse, _cairn_tracking_v1_DeleteExperimentTagResponse__Output>
        DeleteRunRequest: MessageTypeDefinition<_cairn_tracking_v1_DeleteRunRequest, _cairn_tracking_v1_DeleteRunRequest__Output>
        DeleteRunResponse: MessageTypeDefinition<_cairn_tracking_v1_DeleteRunResponse, _cairn_tracking_v1_DeleteRunResponse__Output>
        DeleteTagRequest: MessageTypeDefinition<_cairn_tracking_v1_DeleteTagRequest, _cairn_tracking_v1_DeleteTagRequest__Output>
        DeleteTagResponse: MessageTypeDefinition<_cairn_tracking_v1_DeleteTagResponse, _cairn_tracking_v1_DeleteTagResponse__Output>
        Experiment: MessageTypeDefinition<_cairn_tracking_v1_Experiment, _cairn_tracking_v1_Experiment__Output>
        GetExperimentByNameRequest: MessageTypeDefinition<_cairn_tracking_v1_GetExperimentByNameRequest, _cairn_tracking_v1_GetExperimentByNameRequest__Output>
        GetExperimentByNameResponse: MessageTypeDefinition<_cairn_tracking_v1_GetExperimentByNameResponse, _cairn_tracking_v1_GetExperimentByNameResponse__Output>
        GetExperimentRequest: MessageTypeDefinition<_cairn_tracking_v1_GetExperimentRequest, _cairn_tracking_v1_GetExperimentRequest__Output>
        GetExperimentResponse: MessageTypeDefinition<_cairn_tracking_v1_GetExperimentResponse, _cairn_tracking_v1_GetExperimentResponse__Output>
        GetLoggedModelRequest: MessageTypeDefinition<_cairn_tracking_v1_GetLoggedModelRequest, _cairn_tracking_v1_GetLoggedModelRequest__Output>
        GetLoggedModelResponse: MessageTypeDefinition<_cairn_tracking_v1_GetLoggedModelResponse, _cairn_tracking_v1_GetLoggedModelResponse__Output>
        GetMetricHistoryRequest: MessageTypeDefinition<_cairn_tracking_v1_GetMetricHistoryRequest, _cairn_tracking_v1_GetMetricHistoryRequest__Output>
        GetMetricHistoryResponse: MessageTypeDefinition<_cairn_tracking_v1_GetMetricHistoryResponse, _cairn_tracking_v1_GetMetricHistoryResponse__Output>
        GetRunRequest: MessageTypeDefinition<_cairn_tracking_v1_GetRunRequest, _cairn_tracking_v1_GetRunRequest__Output>
        GetRunResponse: MessageTypeDefinition<_cairn_tracking_v1_GetRunResponse, _cairn_tracking_v1_GetRunResponse__Output>
        LifecycleStage: EnumTypeDefinition
        LogBatchRequest: MessageTypeDefinition<_cairn_tracking_v1_LogBatchRequest, _cairn_tracking_v1_LogBatchRequest__Output>
        LogBatchResponse: MessageTypeDefinition<_cairn_tracking_v1_LogBatchResponse, _cairn_tracking_v1_LogBatchResponse__Output>
        LogInputsRequest: MessageTypeDefinition<_cairn_tracking_v1_LogInputsRequest, _cairn_tracking_v1_LogInputsRequest__Output>
        LogInputsResponse: MessageTypeDefinition<_cairn_tracking_v1_LogInputsResponse, _cairn_tracking_v1_LogInputsResponse__Output>
        LogMetricRequest: MessageTypeDefinition<_cairn_tracking_v1_LogMetricRequest, _cairn_tracking_v1_LogMetricRequest__Output>
        LogMetricResponse: MessageTypeDefinition<_cairn_tracking_v1_LogMetricResponse, _cairn_tracking_v1_LogMetricResponse__Output>
        LogParamRequest: MessageTypeDefinition<_cairn_tracking_v1_LogParamRequest, _cairn_tracking_v1_LogParamRequest__Output>
        LogParamResponse: MessageTypeDefinition<_cairn_tracking_v1_LogParamResponse, _cairn_tracking_v1_LogParamResponse__Output>
        LoggedModel: MessageTypeDefinition<_cairn_tracking_v1_LoggedModel, _cairn_tracking_v1_LoggedModel__Output>
        LoggedModelStatus: EnumTypeDefinition
        Metric: MessageTypeDefinition<_cairn_tracking_v1_Metric, _cairn_tracking_v1_Metric__Output>
        Param: MessageTypeDefinition<_cairn_tracking_v1_Param, _cairn_tracking_v1_Param__Output>
        RestoreExperimentRequest: MessageTypeDefinition<_cairn_tracking_v1_RestoreExperimentRequest, _cairn_tracking_v1_RestoreExperimentRequest__Output>
        RestoreExperimentResponse: MessageTypeDefinition<_cairn_tracking_v1_RestoreExperimentResponse, _cairn_tracking_v1_RestoreExperimentResponse__Output>
        RestoreRunRequest: MessageTypeDefinition<_cairn_tracking_v1_RestoreRunRequest, _cairn_tracking_v1_RestoreRunRequest__Output>
        RestoreRunResponse: MessageTypeDefinition<_cairn_tracking_v1_RestoreRunResponse, _cairn_tracking_v1_RestoreRunResponse__Output>
        Run: MessageTypeDefinition<_cairn_tracking_v1_Run, _cairn_tracking_v1_Run__Output>
        RunData: MessageTypeDefinition<_cairn_tracking_v1_RunData, _cairn_tracking_v1_RunData__Output>
        RunInfo: MessageTypeDefinition<_cairn_tracking_v1_RunInfo, _cairn_tracking_v1_RunInfo__Output>
        RunInputs: MessageTypeDefinition<_cairn_tracking_v1_RunInputs, _cairn_tracking_v1_RunInputs__Output>
        RunStatus: EnumTypeDefinition
        SearchExperimentsRequest: MessageTypeDefinition<_cairn_tracking_v1_SearchExperimentsRequest, _cairn_tracking_v1_SearchExperimentsRequest__Output>
        SearchExperimentsResponse: MessageTypeDefinition<_cairn_tracking_v1_SearchExperimentsResponse, _cairn_tracking_v1_SearchExperimentsResponse__Output>
        SearchRunsRequest: MessageTypeDefinition<_cairn_tracking_v1_SearchRunsRequest, _cairn_tracking_v1_SearchRunsRequest__Output>
        SearchRunsResponse: MessageTypeDefinition<_cairn_tracking_v1_SearchRunsResponse, _cairn_tracking_v1_SearchRunsResponse__Output>
        SetExperimentTagRequest: MessageTypeDefinition<_cairn_tracking_v1_SetExperimentTagRequest, _cairn_tracking_v1_SetExperimentTagRequest__Output>
        SetExperimentTagResponse: MessageTypeDefinition<_cairn_tracking_v1_SetExperimentTagResponse, _cairn_tracking_v1_SetExperimentTagResponse__Output>
        SetTagRequest: MessageTypeDefinition<_cairn_tracking_v1_SetTagRequest, _cairn_tracking_v1_SetTagRequest__Output>
        SetTagResponse: MessageTypeDefinition<_cairn_tracking_v1_SetTagResponse, _cairn_tracking_v1_SetTagResponse__Output>
        Tag: MessageTypeDefinition<_cairn_tracking_v1_Tag, _cairn_tracking_v1_Tag__Output>
        /**
         * Cairn tracking for non-Python clients: the operations of the MLflow tracking REST API, over the same core, so a
         * command fails the same way on both. Errors: INVALID_ARGUMENT (bad or missing input, bad filter, param
         * overwrite), NOT_FOUND, ALREADY_EXISTS, INTERNAL; the stable Cairn code (e.g. `TRACKING.RUN_NOT_FOUND`) is in
         * the `cairn-error-code` trailer. Request metadata: `x-cairn-actor` (who), `x-request-id` (correlation id),
         * `traceparent` (W3C trace context).
         */
        TrackingService: SubtypeConstructor<typeof grpc.Client, _cairn_tracking_v1_TrackingServiceClient> & { service: _cairn_tracking_v1_TrackingServiceDefinition }
        UpdateExperimentRequest: MessageTypeDefinition<_cairn_tracking_v1_UpdateExperimentRequest, _cairn_tracking_v1_UpdateExperimentRequest__Output>
        UpdateExperimentResponse: MessageTypeDefinition<_cairn_tracking_v1_UpdateExperimentResponse, _cairn_tracking_v1_UpdateExperimentResponse__Output>
        UpdateRunRequest: MessageTypeDefinition<_cairn_tracking_v1_UpdateRunRequest, _cairn_tracking_v1_UpdateRunRequest__Output>
        UpdateRunResponse: MessageTypeDefinition<_cairn_tracking_v1_UpdateRunResponse, _cairn_tracking_v1_UpdateRunResponse__Output>
        ViewType: EnumTypeDefinition
      }
    }
  }
}

