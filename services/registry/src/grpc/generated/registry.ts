import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateModelVersionRequest as _cairn_registry_v1_CreateModelVersionRequest, CreateModelVersionRequest__Output as _cairn_registry_v1_CreateModelVersionRequest__Output } from './cairn/registry/v1/CreateModelVersionRequest';
import type { CreateModelVersionResponse as _cairn_registry_v1_CreateModelVersionResponse, CreateModelVersionResponse__Output as _cairn_registry_v1_CreateModelVersionResponse__Output } from './cairn/registry/v1/CreateModelVersionResponse';
import type { CreateRegisteredModelRequest as _cairn_registry_v1_CreateRegisteredModelRequest, CreateRegisteredModelRequest__Output as _cairn_registry_v1_CreateRegisteredModelRequest__Output } from './cairn/registry/v1/CreateRegisteredModelRequest';
import type { CreateRegisteredModelResponse as _cairn_registry_v1_CreateRegisteredModelResponse, CreateRegisteredModelResponse__Output as _cairn_registry_v1_CreateRegisteredModelResponse__Output } from './cairn/registry/v1/CreateRegisteredModelResponse';
import type { DeleteModelVersionRequest as _cairn_registry_v1_DeleteModelVersionRequest, DeleteModelVersionRequest__Output as _cairn_registry_v1_DeleteModelVersionRequest__Output } from './cairn/registry/v1/DeleteModelVersionRequest';
import type { DeleteModelVersionResponse as _cairn_registry_v1_DeleteModelVersionResponse, DeleteModelVersionResponse__Output as _cairn_registry_v1_DeleteModelVersionResponse__Output } from './cairn/registry/v1/DeleteModelVersionResponse';
import type { DeleteModelVersionTagRequest as _cairn_registry_v1_DeleteModelVersionTagRequest, DeleteModelVersionTagRequest__Output as _cairn_registry_v1_DeleteModelVersionTagRequest__Output } from './cairn/registry/v1/DeleteModelVersionTagRequest';
import type { DeleteModelVersionTagResponse as _cairn_registry_v1_DeleteModelVersionTagResponse, DeleteModelVersionTagResponse__Output as _cairn_registry_v1_DeleteModelVersionTagResponse__Output } from './cairn/registry/v1/DeleteModelVersionTagResponse';
import type { DeleteRegisteredModelAliasRequest as _cairn_registry_v1_DeleteRegisteredModelAliasRequest, DeleteRegisteredModelAliasRequest__Output as _cairn_registry_v1_DeleteRegisteredModelAliasRequest__Output } from './cairn/registry/v1/DeleteRegisteredModelAliasRequest';
import type { DeleteRegisteredModelAliasResponse as _cairn_registry_v1_DeleteRegisteredModelAliasResponse, DeleteRegisteredModelAliasResponse__Output as _cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output } from './cairn/registry/v1/DeleteRegisteredModelAliasResponse';
import type { DeleteRegisteredModelRequest as _cairn_registry_v1_DeleteRegisteredModelRequest, DeleteRegisteredModelRequest__Output as _cairn_registry_v1_DeleteRegisteredModelRequest__Output } from './cairn/registry/v1/DeleteRegisteredModelRequest';
import type { DeleteRegisteredModelResponse as _cairn_registry_v1_DeleteRegisteredModelResponse, DeleteRegisteredModelResponse__Output as _cairn_registry_v1_DeleteRegisteredModelResponse__Output } from './cairn/registry/v1/DeleteRegisteredModelResponse';
import type { DeleteRegisteredModelTagRequest as _cairn_registry_v1_DeleteRegisteredModelTagRequest, DeleteRegisteredModelTagRequest__Output as _cairn_registry_v1_DeleteRegisteredModelTagRequest__Output } from './cairn/registry/v1/DeleteRegisteredModelTagRequest';
import type { DeleteRegisteredModelTagResponse as _cairn_registry_v1_DeleteRegisteredModelTagResponse, DeleteRegisteredModelTagResponse__Output as _cairn_registry_v1_DeleteRegisteredModelTagResponse__Output } from './cairn/registry/v1/DeleteRegisteredModelTagResponse';
import type { GetLatestVersionsRequest as _cairn_registry_v1_GetLatestVersionsRequest, GetLatestVersionsRequest__Output as _cairn_registry_v1_GetLatestVersionsRequest__Output } from './cairn/registry/v1/GetLatestVersionsRequest';
import type { GetLatestVersionsResponse as _cairn_registry_v1_GetLatestVersionsResponse, GetLatestVersionsResponse__Output as _cairn_registry_v1_GetLatestVersionsResponse__Output } from './cairn/registry/v1/GetLatestVersionsResponse';
import type { GetLineageRequest as _cairn_registry_v1_GetLineageRequest, GetLineageRequest__Output as _cairn_registry_v1_GetLineageRequest__Output } from './cairn/registry/v1/GetLineageRequest';
import type { GetLineageResponse as _cairn_registry_v1_GetLineageResponse, GetLineageResponse__Output as _cairn_registry_v1_GetLineageResponse__Output } from './cairn/registry/v1/GetLineageResponse';
import type { GetModelVersionByAliasRequest as _cairn_registry_v1_GetModelVersionByAliasRequest, GetModelVersionByAliasRequest__Output as _cairn_registry_v1_GetModelVersionByAliasRequest__Output } from './cairn/registry/v1/GetModelVersionByAliasRequest';
import type { GetModelVersionByAliasResponse as _cairn_registry_v1_GetModelVersionByAliasResponse, GetModelVersionByAliasResponse__Output as _cairn_registry_v1_GetModelVersionByAliasResponse__Output } from './cairn/registry/v1/GetModelVersionByAliasResponse';
import type { GetModelVersionDownloadUriRequest as _cairn_registry_v1_GetModelVersionDownloadUriRequest, GetModelVersionDownloadUriRequest__Output as _cairn_registry_v1_GetModelVersionDownloadUriRequest__Output } from './cairn/registry/v1/GetModelVersionDownloadUriRequest';
import type { GetModelVersionDownloadUriResponse as _cairn_registry_v1_GetModelVersionDownloadUriResponse, GetModelVersionDownloadUriResponse__Output as _cairn_registry_v1_GetModelVersionDownloadUriResponse__Output } from './cairn/registry/v1/GetModelVersionDownloadUriResponse';
import type { GetModelVersionRequest as _cairn_registry_v1_GetModelVersionRequest, GetModelVersionRequest__Output as _cairn_registry_v1_GetModelVersionRequest__Output } from './cairn/registry/v1/GetModelVersionRequest';
import type { GetModelVersionResponse as _cairn_registry_v1_GetModelVersionResponse, GetModelVersionResponse__Output as _cairn_registry_v1_GetModelVersionResponse__Output } from './cairn/registry/v1/GetModelVersionResponse';
import type { GetRegisteredModelRequest as _cairn_registry_v1_GetRegisteredModelRequest, GetRegisteredModelRequest__Output as _cairn_registry_v1_GetRegisteredModelRequest__Output } from './cairn/registry/v1/GetRegisteredModelRequest';
import type { GetRegisteredModelResponse as _cairn_registry_v1_GetRegisteredModelResponse, GetRegisteredModelResponse__Output as _cairn_registry_v1_GetRegisteredModelResponse__Output } from './cairn/registry/v1/GetRegisteredModelResponse';
import type { LineageEdge as _cairn_registry_v1_LineageEdge, LineageEdge__Output as _cairn_registry_v1_LineageEdge__Output } from './cairn/registry/v1/LineageEdge';
import type { LineageGraph as _cairn_registry_v1_LineageGraph, LineageGraph__Output as _cairn_registry_v1_LineageGraph__Output } from './cairn/registry/v1/LineageGraph';
import type { LineageNode as _cairn_registry_v1_LineageNode, LineageNode__Output as _cairn_registry_v1_LineageNode__Output } from './cairn/registry/v1/LineageNode';
import type { ListModelHistoryRequest as _cairn_registry_v1_ListModelHistoryRequest, ListModelHistoryRequest__Output as _cairn_registry_v1_ListModelHistoryRequest__Output } from './cairn/registry/v1/ListModelHistoryRequest';
import type { ListModelHistoryResponse as _cairn_registry_v1_ListModelHistoryResponse, ListModelHistoryResponse__Output as _cairn_registry_v1_ListModelHistoryResponse__Output } from './cairn/registry/v1/ListModelHistoryResponse';
import type { ModelEvent as _cairn_registry_v1_ModelEvent, ModelEvent__Output as _cairn_registry_v1_ModelEvent__Output } from './cairn/registry/v1/ModelEvent';
import type { ModelVersion as _cairn_registry_v1_ModelVersion, ModelVersion__Output as _cairn_registry_v1_ModelVersion__Output } from './cairn/registry/v1/ModelVersion';
import type { Promotion as _cairn_registry_v1_Promotion, Promotion__Output as _cairn_registry_v1_Promotion__Output } from './cairn/registry/v1/Promotion';
import type { RegisteredModel as _cairn_registry_v1_RegisteredModel, RegisteredModel__Output as _cairn_registry_v1_RegisteredModel__Output } from './cairn/registry/v1/RegisteredModel';
import type { RegisteredModelAlias as _cairn_registry_v1_RegisteredModelAlias, RegisteredModelAlias__Output as _cairn_registry_v1_RegisteredModelAlias__Output } from './cairn/registry/v1/RegisteredModelAlias';
import type { RegistryServiceClient as _cairn_registry_v1_RegistryServiceClient, RegistryServiceDefinition as _cairn_registry_v1_RegistryServiceDefinition } from './cairn/registry/v1/RegistryService';
import type { RenameRegisteredModelRequest as _cairn_registry_v1_RenameRegisteredModelRequest, RenameRegisteredModelRequest__Output as _cairn_registry_v1_RenameRegisteredModelRequest__Output } from './cairn/registry/v1/RenameRegisteredModelRequest';
import type { RenameRegisteredModelResponse as _cairn_registry_v1_RenameRegisteredModelResponse, RenameRegisteredModelResponse__Output as _cairn_registry_v1_RenameRegisteredModelResponse__Output } from './cairn/registry/v1/RenameRegisteredModelResponse';
import type { SearchModelVersionsRequest as _cairn_registry_v1_SearchModelVersionsRequest, SearchModelVersionsRequest__Output as _cairn_registry_v1_SearchModelVersionsRequest__Output } from './cairn/registry/v1/SearchModelVersionsRequest';
import type { SearchModelVersionsResponse as _cairn_registry_v1_SearchModelVersionsResponse, SearchModelVersionsResponse__Output as _cairn_registry_v1_SearchModelVersionsResponse__Output } from './cairn/registry/v1/SearchModelVersionsResponse';
import type { SearchRegisteredModelsRequest as _cairn_registry_v1_SearchRegisteredModelsRequest, SearchRegisteredModelsRequest__Output as _cairn_registry_v1_SearchRegisteredModelsRequest__Output } from './cairn/registry/v1/SearchRegisteredModelsRequest';
import type { SearchRegisteredModelsResponse as _cairn_registry_v1_SearchRegisteredModelsResponse, SearchRegisteredModelsResponse__Output as _cairn_registry_v1_SearchRegisteredModelsResponse__Output } from './cairn/registry/v1/SearchRegisteredModelsResponse';
import type { SetModelVersionTagRequest as _cairn_registry_v1_SetModelVersionTagRequest, SetModelVersionTagRequest__Output as _cairn_registry_v1_SetModelVersionTagRequest__Output } from './cairn/registry/v1/SetModelVersionTagRequest';
import type { SetModelVersionTagResponse as _cairn_registry_v1_SetModelVersionTagResponse, SetModelVersionTagResponse__Output as _cairn_registry_v1_SetModelVersionTagResponse__Output } from './cairn/registry/v1/SetModelVersionTagResponse';
import type { SetRegisteredModelAliasRequest as _cairn_registry_v1_SetRegisteredModelAliasRequest, SetRegisteredModelAliasRequest__Output as _cairn_registry_v1_SetRegisteredModelAliasRequest__Output } from './cairn/registry/v1/SetRegisteredModelAliasRequest';
import type { SetRegisteredModelAliasResponse as _cairn_registry_v1_SetRegisteredModelAliasResponse, SetRegisteredModelAliasResponse__Output as _cairn_registry_v1_SetRegisteredModelAliasResponse__Output } from './cairn/registry/v1/SetRegisteredModelAliasResponse';
import type { SetRegisteredModelTagRequest as _cairn_registry_v1_SetRegisteredModelTagRequest, SetRegisteredModelTagRequest__Output as _cairn_registry_v1_SetRegisteredModelTagRequest__Output } from './cairn/registry/v1/SetRegisteredModelTagRequest';
import type { SetRegisteredModelTagResponse as _cairn_registry_v1_SetRegisteredModelTagResponse, SetRegisteredModelTagResponse__Output as _cairn_registry_v1_SetRegisteredModelTagResponse__Output } from './cairn/registry/v1/SetRegisteredModelTagResponse';
import type { Tag as _cairn_registry_v1_Tag, Tag__Output as _cairn_registry_v1_Tag__Output } from './cairn/registry/v1/Tag';
import type { TransitionModelVersionStageRequest as _cairn_registry_v1_TransitionModelVersionStageRequest, TransitionModelVersionStageRequest__Output as _cairn_registry_v1_TransitionModelVersionStageRequest__Output } from './cairn/registry/v1/TransitionModelVersionStageRequest';
import type { TransitionModelVersionStageResponse as _cairn_registry_v1_TransitionModelVersionStageResponse, TransitionModelVersionStageResponse__Output as _cairn_registry_v1_TransitionModelVersionStageResponse__Output } from './cairn/registry/v1/TransitionModelVersionStageResponse';
import type { UpdateModelVersionRequest as _cairn_registry_v1_UpdateModelVersionRequest, UpdateModelVersionRequest__Output as _cairn_registry_v1_UpdateModelVersionRequest__Output } from './cairn/registry/v1/UpdateModelVersionRequest';
import type { UpdateModelVersionResponse as _cairn_registry_v1_UpdateModelVersionResponse, UpdateModelVersionResponse__Output as _cairn_registry_v1_UpdateModelVersionResponse__Output } from './cairn/registry/v1/UpdateModelVersionResponse';
import type { UpdateRegisteredModelRequest as _cairn_registry_v1_UpdateRegisteredModelRequest, UpdateRegisteredModelRequest__Output as _cairn_registry_v1_UpdateRegisteredModelRequest__Output } from './cairn/registry/v1/UpdateRegisteredModelRequest';
import type { UpdateRegisteredModelResponse as _cairn_registry_v1_UpdateRegisteredModelResponse, UpdateRegisteredModelResponse__Output as _cairn_registry_v1_UpdateRegisteredModelResponse__Output } from './cairn/registry/v1/UpdateRegisteredModelResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cairn: {
    registry: {
      v1: {
        CreateModelVersionRequest: MessageTypeDefinition<_cairn_registry_v1_CreateModelVersionRequest, _cairn_registry_v1_CreateModelVersionRequest__Output>
        CreateModelVersionResponse: MessageTypeDefinition<_cairn_registry_v1_CreateModelVersionResponse, _cairn_registry_v1_CreateModelVersionResponse__Output>
        CreateRegisteredModelRequest: MessageTypeDefinition<_cairn_registry_v1_CreateRegisteredModelRequest, _cairn_registry_v1_CreateRegisteredModelRequest__Output>
        CreateRegisteredModelResponse: MessageTypeDefinition<_cairn_registry_v1_CreateRegisteredModelResponse, _cairn_registry_v1_CreateRegisteredModelResponse__Output>
        DeleteModelVersionRequest: MessageTypeDefinition<_cairn_registry_v1_DeleteModelVersionRequest, _cairn_registry_v1_DeleteModelVersionRequest__Output>
        DeleteModelVersionResponse: MessageTypeDefinition<_cairn_registry_v1_DeleteModelVersionResponse, _cairn_registry_v1_DeleteModelVersionResponse__Output>
        DeleteModelVersionTagRequest: MessageTypeDefinition<_cairn_registry_v1_DeleteModelVersionTagRequest, _cairn_registry_v1_DeleteModelVersionTagRequest__Output>
        DeleteModelVersionTagResponse: MessageTypeDefinition<_cairn_registry_v1_DeleteModelVersionTagResponse, _cairn_registry_v1_DeleteModelVersionTagResponse__Output>
        DeleteRegisteredModelAliasRequest: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelAliasRequest, _cairn_registry_v1_DeleteRegisteredModelAliasRequest__Output>
        DeleteRegisteredModelAliasResponse: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelAliasResponse, _cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>
        DeleteRegisteredModelRequest: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelRequest, _cairn_registry_v1_DeleteRegisteredModelRequest__Output>
        DeleteRegisteredModelResponse: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelResponse, _cairn_registry_v1_DeleteRegisteredModelResponse__Output>
        DeleteRegisteredModelTagRequest: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelTagRequest, _cairn_registry_v1_DeleteRegisteredModelTagRequest__Output>
        DeleteRegisteredModelTagResponse: MessageTypeDefinition<_cairn_registry_v1_DeleteRegisteredModelTagResponse, _cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>
        GetLatestVersionsRequest: MessageTypeDefinition<_cairn_registry_v1_GetLatestVersionsRequest, _cairn_registry_v1_GetLatestVersionsRequest__Output>
        GetLatestVersionsResponse: MessageTypeDefinition<_cairn_registry_v1_GetLatestVersionsResponse, _cairn_registry_v1_GetLatestVersionsResponse__Output>
        GetLineageRequest: MessageTypeDefinition<_cairn_registry_v1_GetLineageRequest, _cairn_registry_v1_GetLineageRequest__Output>
        GetLineageResponse: MessageTypeDefinition<_cairn_registry_v1_GetLineageResponse, _cairn_registry_v1_GetLineageResponse__Output>
        GetModelVersionByAliasRequest: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionByAliasRequest, _cairn_registry_v1_GetModelVersionByAliasRequest__Output>
        GetModelVersionByAliasResponse: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionByAliasResponse, _cairn_registry_v1_GetModelVersionByAliasResponse__Output>
        GetModelVersionDownloadUriRequest: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionDownloadUriRequest, _cairn_registry_v1_GetModelVersionDownloadUriRequest__Output>
        GetModelVersionDownloadUriResponse: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionDownloadUriResponse, _cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>
        GetModelVersionRequest: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionRequest, _cairn_registry_v1_GetModelVersionRequest__Output>
        GetModelVersionResponse: MessageTypeDefinition<_cairn_registry_v1_GetModelVersionResponse, _cairn_registry_v1_GetModelVersionResponse__Output>
        GetRegisteredModelRequest: MessageTypeDefinition<_cairn_registry_v1_GetRegisteredModelRequest, _cairn_registry_v1_GetRegisteredModelRequest__Output>
        GetRegisteredModelResponse: MessageTypeDefinition<_cairn_registry_v1_GetRegisteredModelResponse, _cairn_registry_v1_GetRegisteredModelResponse__Output>
        LineageEdge: MessageTypeDefinition<_cairn_registry_v1_LineageEdge, _cairn_registry_v1_LineageEdge__Output>
        LineageGraph: MessageTypeDefinition<_cairn_registry_v1_LineageGraph, _cairn_registry_v1_LineageGraph__Output>
        LineageNode: MessageTypeDefinition<_cairn_registry_v1_LineageNode, _cairn_registry_v1_LineageNode__Output>
        LineageNodeKind: EnumTypeDefinition
        LineageRelation: EnumTypeDefinition
        ListModelHistoryRequest: MessageTypeDefinition<_cairn_registry_v1_ListModelHistoryRequest, _cairn_registry_v1_ListModelHistoryRequest__Output>
        ListModelHistoryResponse: MessageTypeDefinition<_cairn_registry_v1_ListModelHistoryResponse, _cairn_registry_v1_ListModelHistoryResponse__Output>
        ModelEvent: MessageTypeDefinition<_cairn_registry_v1_ModelEvent, _cairn_registry_v1_ModelEvent__Output>
        ModelVersion: MessageTypeDefinition<_cairn_registry_v1_ModelVersion, _cairn_registry_v1_ModelVersion__Output>
        ModelVersionStatus: EnumTypeDefinition
        Promotion: MessageTypeDefinition<_cairn_registry_v1_Promotion, _cairn_registry_v1_Promotion__Output>
        PromotionStatus: EnumTypeDefinition
        RegisteredModel: MessageTypeDefinition<_cairn_registry_v1_RegisteredModel, _cairn_registry_v1_RegisteredModel__Output>
        RegisteredModelAlias: MessageTypeDefinition<_cairn_registry_v1_RegisteredModelAlias, _cairn_registry_v1_RegisteredModelAlias__Output>
        /**
         * The Cairn model registry for non-Python clients: the operations of MLflow's model registry REST API over the same
         * core, so a command fails the same way on both, plus Cairn's lineage and audit views. Alias assignments and stage
         * transitions are promotions governance decides (DESIGN.md "The promotion flow"). Errors: INVALID_ARGUMENT (bad or
         * missing input, unknown alias), NOT_FOUND, ALREADY_EXISTS, FAILED_PRECONDITION (e.g. promoting a version that is
         * not READY), PERMISSION_DENIED (governance denied a promotion; the reasons are in the message), ABORTED (a
         * concurrent change; retry), UNAVAILABLE (governance unreachable), INTERNAL; the stable Cairn code (e.g.
         * `REGISTRY.VERSION_NOT_FOUND`) is in the `cairn-error-code` trailer. Request metadata: `x-cairn-actor` (who),
         * `x-request-id` (correlation id), `traceparent` (W3C trace context).
         */
        RegistryService: SubtypeConstructor<typeof grpc.Client, _cairn_registry_v1_RegistryServiceClient> & { service: _cairn_registry_v1_RegistryServiceDefinition }
        RenameRegisteredModelRequest: MessageTypeDefinition<_cairn_registry_v1_RenameRegisteredModelRequest, _cairn_registry_v1_RenameRegisteredModelRequest__Output>
        RenameRegisteredModelResponse: MessageTypeDefinition<_cairn_registry_v1_RenameRegisteredModelResponse, _cairn_registry_v1_RenameRegisteredModelResponse__Output>
        SearchModelVersionsRequest: MessageTypeDefinition<_cairn_registry_v1_SearchModelVersionsRequest, _cairn_registry_v1_SearchModelVersionsRequest__Output>
        SearchModelVersionsResponse: MessageTypeDefinition<_cairn_registry_v1_SearchModelVersionsResponse, _cairn_registry_v1_SearchModelVersionsResponse__Output>
        SearchRegisteredModelsRequest: MessageTypeDefinition<_cairn_registry_v1_SearchRegisteredModelsRequest, _cairn_registry_v1_SearchRegisteredModelsRequest__Output>
        SearchRegisteredModelsResponse: MessageTypeDefinition<_cairn_registry_v1_SearchRegisteredModelsResponse, _cairn_registry_v1_SearchRegisteredModelsResponse__Output>
        SetModelVersionTagRequest: MessageTypeDefinition<_cairn_registry_v1_SetModelVersionTagRequest, _cairn_registry_v1_SetModelVersionTagRequest__Output>
        SetModelVersionTagResponse: MessageTypeDefinition<_cairn_registry_v1_SetModelVersionTagResponse, _cairn_registry_v1_SetModelVersionTagResponse__Output>
        SetRegisteredModelAliasRequest: MessageTypeDefinition<_cairn_registry_v1_SetRegisteredModelAliasRequest, _cairn_registry_v1_SetRegisteredModelAliasRequest__Output>
        SetRegisteredModelAliasResponse: MessageTypeDefinition<_cairn_registry_v1_SetRegisteredModelAliasResponse, _cairn_registry_v1_SetRegisteredModelAliasResponse__Output>
        SetRegisteredModelTagRequest: MessageTypeDefinition<_cairn_registry_v1_SetRegisteredModelTagRequest, _cairn_registry_v1_SetRegisteredModelTagRequest__Output>
        SetRegisteredModelTagResponse: MessageTypeDefinition<_cairn_registry_v1_SetRegisteredModelTagResponse, _cairn_registry_v1_SetRegisteredModelTagResponse__Output>
        Tag: MessageTypeDefinition<_cairn_registry_v1_Tag, _cairn_registry_v1_Tag__Output>
        TransitionModelVersionStageRequest: MessageTypeDefinition<_cairn_registry_v1_TransitionModelVersionStageRequest, _cairn_registry_v1_TransitionModelVersionStageRequest__Output>
        TransitionModelVersionStageResponse: MessageTypeDefinition<_cairn_registry_v1_TransitionModelVersionStageResponse, _cairn_registry_v1_TransitionModelVersionStageResponse__Output>
        UpdateModelVersionRequest: MessageTypeDefinition<_cairn_registry_v1_UpdateModelVersionRequest, _cairn_registry_v1_UpdateModelVersionRequest__Output>
        UpdateModelVersionResponse: MessageTypeDefinition<_cairn_registry_v1_UpdateModelVersionResponse, _cairn_registry_v1_UpdateModelVersionResponse__Output>
        UpdateRegisteredModelRequest: MessageTypeDefinition<_cairn_registry_v1_UpdateRegisteredModelRequest, _cairn_registry_v1_UpdateRegisteredModelRequest__Output>
        UpdateRegisteredModelResponse: MessageTypeDefinition<_cairn_registry_v1_UpdateRegisteredModelResponse, _cairn_registry_v1_UpdateRegisteredModelResponse__Output>
      }
    }
  }
}

