// Original file: proto/cairn/registry/v1/registry.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateModelVersionRequest as _cairn_registry_v1_CreateModelVersionRequest, CreateModelVersionRequest__Output as _cairn_registry_v1_CreateModelVersionRequest__Output } from '../../../cairn/registry/v1/CreateModelVersionRequest';
import type { CreateModelVersionResponse as _cairn_registry_v1_CreateModelVersionResponse, CreateModelVersionResponse__Output as _cairn_registry_v1_CreateModelVersionResponse__Output } from '../../../cairn/registry/v1/CreateModelVersionResponse';
import type { CreateRegisteredModelRequest as _cairn_registry_v1_CreateRegisteredModelRequest, CreateRegisteredModelRequest__Output as _cairn_registry_v1_CreateRegisteredModelRequest__Output } from '../../../cairn/registry/v1/CreateRegisteredModelRequest';
import type { CreateRegisteredModelResponse as _cairn_registry_v1_CreateRegisteredModelResponse, CreateRegisteredModelResponse__Output as _cairn_registry_v1_CreateRegisteredModelResponse__Output } from '../../../cairn/registry/v1/CreateRegisteredModelResponse';
import type { DeleteModelVersionRequest as _cairn_registry_v1_DeleteModelVersionRequest, DeleteModelVersionRequest__Output as _cairn_registry_v1_DeleteModelVersionRequest__Output } from '../../../cairn/registry/v1/DeleteModelVersionRequest';
import type { DeleteModelVersionResponse as _cairn_registry_v1_DeleteModelVersionResponse, DeleteModelVersionResponse__Output as _cairn_registry_v1_DeleteModelVersionResponse__Output } from '../../../cairn/registry/v1/DeleteModelVersionResponse';
import type { DeleteModelVersionTagRequest as _cairn_registry_v1_DeleteModelVersionTagRequest, DeleteModelVersionTagRequest__Output as _cairn_registry_v1_DeleteModelVersionTagRequest__Output } from '../../../cairn/registry/v1/DeleteModelVersionTagRequest';
import type { DeleteModelVersionTagResponse as _cairn_registry_v1_DeleteModelVersionTagResponse, DeleteModelVersionTagResponse__Output as _cairn_registry_v1_DeleteModelVersionTagResponse__Output } from '../../../cairn/registry/v1/DeleteModelVersionTagResponse';
import type { DeleteRegisteredModelAliasRequest as _cairn_registry_v1_DeleteRegisteredModelAliasRequest, DeleteRegisteredModelAliasRequest__Output as _cairn_registry_v1_DeleteRegisteredModelAliasRequest__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelAliasRequest';
import type { DeleteRegisteredModelAliasResponse as _cairn_registry_v1_DeleteRegisteredModelAliasResponse, DeleteRegisteredModelAliasResponse__Output as _cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelAliasResponse';
import type { DeleteRegisteredModelRequest as _cairn_registry_v1_DeleteRegisteredModelRequest, DeleteRegisteredModelRequest__Output as _cairn_registry_v1_DeleteRegisteredModelRequest__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelRequest';
import type { DeleteRegisteredModelResponse as _cairn_registry_v1_DeleteRegisteredModelResponse, DeleteRegisteredModelResponse__Output as _cairn_registry_v1_DeleteRegisteredModelResponse__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelResponse';
import type { DeleteRegisteredModelTagRequest as _cairn_registry_v1_DeleteRegisteredModelTagRequest, DeleteRegisteredModelTagRequest__Output as _cairn_registry_v1_DeleteRegisteredModelTagRequest__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelTagRequest';
import type { DeleteRegisteredModelTagResponse as _cairn_registry_v1_DeleteRegisteredModelTagResponse, DeleteRegisteredModelTagResponse__Output as _cairn_registry_v1_DeleteRegisteredModelTagResponse__Output } from '../../../cairn/registry/v1/DeleteRegisteredModelTagResponse';
import type { GetLatestVersionsRequest as _cairn_registry_v1_GetLatestVersionsRequest, GetLatestVersionsRequest__Output as _cairn_registry_v1_GetLatestVersionsRequest__Output } from '../../../cairn/registry/v1/GetLatestVersionsRequest';
import type { GetLatestVersionsResponse as _cairn_registry_v1_GetLatestVersionsResponse, GetLatestVersionsResponse__Output as _cairn_registry_v1_GetLatestVersionsResponse__Output } from '../../../cairn/registry/v1/GetLatestVersionsResponse';
import type { GetLineageRequest as _cairn_registry_v1_GetLineageRequest, GetLineageRequest__Output as _cairn_registry_v1_GetLineageRequest__Output } from '../../../cairn/registry/v1/GetLineageRequest';
import type { GetLineageResponse as _cairn_registry_v1_GetLineageResponse, GetLineageResponse__Output as _cairn_registry_v1_GetLineageResponse__Output } from '../../../cairn/registry/v1/GetLineageResponse';
import type { GetModelVersionByAliasRequest as _cairn_registry_v1_GetModelVersionByAliasRequest, GetModelVersionByAliasRequest__Output as _cairn_registry_v1_GetModelVersionByAliasRequest__Output } from '../../../cairn/registry/v1/GetModelVersionByAliasRequest';
import type { GetModelVersionByAliasResponse as _cairn_registry_v1_GetModelVersionByAliasResponse, GetModelVersionByAliasResponse__Output as _cairn_registry_v1_GetModelVersionByAliasResponse__Output } from '../../../cairn/registry/v1/GetModelVersionByAliasResponse';
import type { GetModelVersionDownloadUriRequest as _cairn_registry_v1_GetModelVersionDownloadUriRequest, GetModelVersionDownloadUriRequest__Output as _cairn_registry_v1_GetModelVersionDownloadUriRequest__Output } from '../../../cairn/registry/v1/GetModelVersionDownloadUriRequest';
import type { GetModelVersionDownloadUriResponse as _cairn_registry_v1_GetModelVersionDownloadUriResponse, GetModelVersionDownloadUriResponse__Output as _cairn_registry_v1_GetModelVersionDownloadUriResponse__Output } from '../../../cairn/registry/v1/GetModelVersionDownloadUriResponse';
import type { GetModelVersionRequest as _cairn_registry_v1_GetModelVersionRequest, GetModelVersionRequest__Output as _cairn_registry_v1_GetModelVersionRequest__Output } from '../../../cairn/registry/v1/GetModelVersionRequest';
import type { GetModelVersionResponse as _cairn_registry_v1_GetModelVersionResponse, GetModelVersionResponse__Output as _cairn_registry_v1_GetModelVersionResponse__Output } from '../../../cairn/registry/v1/GetModelVersionResponse';
import type { GetRegisteredModelRequest as _cairn_registry_v1_GetRegisteredModelRequest, GetRegisteredModelRequest__Output as _cairn_registry_v1_GetRegisteredModelRequest__Output } from '../../../cairn/registry/v1/GetRegisteredModelRequest';
import type { GetRegisteredModelResponse as _cairn_registry_v1_GetRegisteredModelResponse, GetRegisteredModelResponse__Output as _cairn_registry_v1_GetRegisteredModelResponse__Output } from '../../../cairn/registry/v1/GetRegisteredModelResponse';
import type { ListModelHistoryRequest as _cairn_registry_v1_ListModelHistoryRequest, ListModelHistoryRequest__Output as _cairn_registry_v1_ListModelHistoryRequest__Output } from '../../../cairn/registry/v1/ListModelHistoryRequest';
import type { ListModelHistoryResponse as _cairn_registry_v1_ListModelHistoryResponse, ListModelHistoryResponse__Output as _cairn_registry_v1_ListModelHistoryResponse__Output } from '../../../cairn/registry/v1/ListModelHistoryResponse';
import type { RenameRegisteredModelRequest as _cairn_registry_v1_RenameRegisteredModelRequest, RenameRegisteredModelRequest__Output as _cairn_registry_v1_RenameRegisteredModelRequest__Output } from '../../../cairn/registry/v1/RenameRegisteredModelRequest';
import type { RenameRegisteredModelResponse as _cairn_registry_v1_RenameRegisteredModelResponse, RenameRegisteredModelResponse__Output as _cairn_registry_v1_RenameRegisteredModelResponse__Output } from '../../../cairn/registry/v1/RenameRegisteredModelResponse';
import type { SearchModelVersionsRequest as _cairn_registry_v1_SearchModelVersionsRequest, SearchModelVersionsRequest__Output as _cairn_registry_v1_SearchModelVersionsRequest__Output } from '../../../cairn/registry/v1/SearchModelVersionsRequest';
import type { SearchModelVersionsResponse as _cairn_registry_v1_SearchModelVersionsResponse, SearchModelVersionsResponse__Output as _cairn_registry_v1_SearchModelVersionsResponse__Output } from '../../../cairn/registry/v1/SearchModelVersionsResponse';
import type { SearchRegisteredModelsRequest as _cairn_registry_v1_SearchRegisteredModelsRequest, SearchRegisteredModelsRequest__Output as _cairn_registry_v1_SearchRegisteredModelsRequest__Output } from '../../../cairn/registry/v1/SearchRegisteredModelsRequest';
import type { SearchRegisteredModelsResponse as _cairn_registry_v1_SearchRegisteredModelsResponse, SearchRegisteredModelsResponse__Output as _cairn_registry_v1_SearchRegisteredModelsResponse__Output } from '../../../cairn/registry/v1/SearchRegisteredModelsResponse';
import type { SetModelVersionTagRequest as _cairn_registry_v1_SetModelVersionTagRequest, SetModelVersionTagRequest__Output as _cairn_registry_v1_SetModelVersionTagRequest__Output } from '../../../cairn/registry/v1/SetModelVersionTagRequest';
import type { SetModelVersionTagResponse as _cairn_registry_v1_SetModelVersionTagResponse, SetModelVersionTagResponse__Output as _cairn_registry_v1_SetModelVersionTagResponse__Output } from '../../../cairn/registry/v1/SetModelVersionTagResponse';
import type { SetRegisteredModelAliasRequest as _cairn_registry_v1_SetRegisteredModelAliasRequest, SetRegisteredModelAliasRequest__Output as _cairn_registry_v1_SetRegisteredModelAliasRequest__Output } from '../../../cairn/registry/v1/SetRegisteredModelAliasRequest';
import type { SetRegisteredModelAliasResponse as _cairn_registry_v1_SetRegisteredModelAliasResponse, SetRegisteredModelAliasResponse__Output as _cairn_registry_v1_SetRegisteredModelAliasResponse__Output } from '../../../cairn/registry/v1/SetRegisteredModelAliasResponse';
import type { SetRegisteredModelTagRequest as _cairn_registry_v1_SetRegisteredModelTagRequest, SetRegisteredModelTagRequest__Output as _cairn_registry_v1_SetRegisteredModelTagRequest__Output } from '../../../cairn/registry/v1/SetRegisteredModelTagRequest';
import type { SetRegisteredModelTagResponse as _cairn_registry_v1_SetRegisteredModelTagResponse, SetRegisteredModelTagResponse__Output as _cairn_registry_v1_SetRegisteredModelTagResponse__Output } from '../../../cairn/registry/v1/SetRegisteredModelTagResponse';
import type { TransitionModelVersionStageRequest as _cairn_registry_v1_TransitionModelVersionStageRequest, TransitionModelVersionStageRequest__Output as _cairn_registry_v1_TransitionModelVersionStageRequest__Output } from '../../../cairn/registry/v1/TransitionModelVersionStageRequest';
import type { TransitionModelVersionStageResponse as _cairn_registry_v1_TransitionModelVersionStageResponse, TransitionModelVersionStageResponse__Output as _cairn_registry_v1_TransitionModelVersionStageResponse__Output } from '../../../cairn/registry/v1/TransitionModelVersionStageResponse';
import type { UpdateModelVersionRequest as _cairn_registry_v1_UpdateModelVersionRequest, UpdateModelVersionRequest__Output as _cairn_registry_v1_UpdateModelVersionRequest__Output } from '../../../cairn/registry/v1/UpdateModelVersionRequest';
import type { UpdateModelVersionResponse as _cairn_registry_v1_UpdateModelVersionResponse, UpdateModelVersionResponse__Output as _cairn_registry_v1_UpdateModelVersionResponse__Output } from '../../../cairn/registry/v1/UpdateModelVersionResponse';
import type { UpdateRegisteredModelRequest as _cairn_registry_v1_UpdateRegisteredModelRequest, UpdateRegisteredModelRequest__Output as _cairn_registry_v1_UpdateRegisteredModelRequest__Output } from '../../../cairn/registry/v1/UpdateRegisteredModelRequest';
import type { UpdateRegisteredModelResponse as _cairn_registry_v1_UpdateRegisteredModelResponse, UpdateRegisteredModelResponse__Output as _cairn_registry_v1_UpdateRegisteredModelResponse__Output } from '../../../cairn/registry/v1/UpdateRegisteredModelResponse';

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
export interface RegistryServiceClient extends grpc.Client {
  /**
   * Model versions.
   */
  CreateModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  CreateModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Model versions.
   */
  createModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  createModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  createModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  createModelVersion(argument: _cairn_registry_v1_CreateModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_CreateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registered models.
   */
  CreateRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  CreateRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  CreateRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  CreateRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Registered models.
   */
  createRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  createRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  createRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  createRegisteredModel(argument: _cairn_registry_v1_CreateRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_CreateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersion(argument: _cairn_registry_v1_DeleteModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  deleteModelVersionTag(argument: _cairn_registry_v1_DeleteModelVersionTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModel(argument: _cairn_registry_v1_DeleteRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelAlias(argument: _cairn_registry_v1_DeleteRegisteredModelAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  deleteRegisteredModelTag(argument: _cairn_registry_v1_DeleteRegisteredModelTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  
  GetLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  GetLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  GetLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  GetLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  getLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  getLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  getLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  getLatestVersions(argument: _cairn_registry_v1_GetLatestVersionsRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetLatestVersionsResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cairn: where a version came from (datasets → run → logged model → version → deployments).
   */
  GetLineage(argument: _cairn_registry_v1_GetLineageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  GetLineage(argument: _cairn_registry_v1_GetLineageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  GetLineage(argument: _cairn_registry_v1_GetLineageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  GetLineage(argument: _cairn_registry_v1_GetLineageRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cairn: where a version came from (datasets → run → logged model → version → deployments).
   */
  getLineage(argument: _cairn_registry_v1_GetLineageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  getLineage(argument: _cairn_registry_v1_GetLineageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  getLineage(argument: _cairn_registry_v1_GetLineageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  getLineage(argument: _cairn_registry_v1_GetLineageRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetLineageResponse__Output>): grpc.ClientUnaryCall;
  
  GetModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  getModelVersion(argument: _cairn_registry_v1_GetModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionResponse__Output>): grpc.ClientUnaryCall;
  
  GetModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionByAlias(argument: _cairn_registry_v1_GetModelVersionByAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionByAliasResponse__Output>): grpc.ClientUnaryCall;
  
  GetModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  GetModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  getModelVersionDownloadUri(argument: _cairn_registry_v1_GetModelVersionDownloadUriRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>): grpc.ClientUnaryCall;
  
  GetRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  GetRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  GetRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  GetRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  getRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  getRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  getRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  getRegisteredModel(argument: _cairn_registry_v1_GetRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_GetRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Cairn: the audit view of a registered model, its stream's events in append order.
   */
  ListModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Cairn: the audit view of a registered model, its stream's events in append order.
   */
  listModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  listModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  listModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  listModelHistory(argument: _cairn_registry_v1_ListModelHistoryRequest, callback: grpc.requestCallback<_cairn_registry_v1_ListModelHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  RenameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  RenameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  RenameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  RenameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  renameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  renameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  renameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  renameRegisteredModel(argument: _cairn_registry_v1_RenameRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_RenameRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  
  SearchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  SearchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  SearchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  SearchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  searchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  searchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  searchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  searchModelVersions(argument: _cairn_registry_v1_SearchModelVersionsRequest, callback: grpc.requestCallback<_cairn_registry_v1_SearchModelVersionsResponse__Output>): grpc.ClientUnaryCall;
  
  SearchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  SearchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  SearchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  SearchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  searchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  searchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  searchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  searchRegisteredModels(argument: _cairn_registry_v1_SearchRegisteredModelsRequest, callback: grpc.requestCallback<_cairn_registry_v1_SearchRegisteredModelsResponse__Output>): grpc.ClientUnaryCall;
  
  SetModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  SetModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  SetModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  SetModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  setModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  setModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  setModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  setModelVersionTag(argument: _cairn_registry_v1_SetModelVersionTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetModelVersionTagResponse__Output>): grpc.ClientUnaryCall;
  
  SetRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelAlias(argument: _cairn_registry_v1_SetRegisteredModelAliasRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelAliasResponse__Output>): grpc.ClientUnaryCall;
  
  SetRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  SetRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  setRegisteredModelTag(argument: _cairn_registry_v1_SetRegisteredModelTagRequest, callback: grpc.requestCallback<_cairn_registry_v1_SetRegisteredModelTagResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * Promotions (governed) and aliases.
   */
  TransitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  TransitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  TransitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  TransitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Promotions (governed) and aliases.
   */
  transitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  transitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  transitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  transitionModelVersionStage(argument: _cairn_registry_v1_TransitionModelVersionStageRequest, callback: grpc.requestCallback<_cairn_registry_v1_TransitionModelVersionStageResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  UpdateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  updateModelVersion(argument: _cairn_registry_v1_UpdateModelVersionRequest, callback: grpc.requestCallback<_cairn_registry_v1_UpdateModelVersionResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  updateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  updateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  updateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  updateRegisteredModel(argument: _cairn_registry_v1_UpdateRegisteredModelRequest, callback: grpc.requestCallback<_cairn_registry_v1_UpdateRegisteredModelResponse__Output>): grpc.ClientUnaryCall;
  
}

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
export interface RegistryServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Model versions.
   */
  CreateModelVersion: grpc.handleUnaryCall<_cairn_registry_v1_CreateModelVersionRequest__Output, _cairn_registry_v1_CreateModelVersionResponse>;
  
  /**
   * Registered models.
   */
  CreateRegisteredModel: grpc.handleUnaryCall<_cairn_registry_v1_CreateRegisteredModelRequest__Output, _cairn_registry_v1_CreateRegisteredModelResponse>;
  
  DeleteModelVersion: grpc.handleUnaryCall<_cairn_registry_v1_DeleteModelVersionRequest__Output, _cairn_registry_v1_DeleteModelVersionResponse>;
  
  DeleteModelVersionTag: grpc.handleUnaryCall<_cairn_registry_v1_DeleteModelVersionTagRequest__Output, _cairn_registry_v1_DeleteModelVersionTagResponse>;
  
  DeleteRegisteredModel: grpc.handleUnaryCall<_cairn_registry_v1_DeleteRegisteredModelRequest__Output, _cairn_registry_v1_DeleteRegisteredModelResponse>;
  
  DeleteRegisteredModelAlias: grpc.handleUnaryCall<_cairn_registry_v1_DeleteRegisteredModelAliasRequest__Output, _cairn_registry_v1_DeleteRegisteredModelAliasResponse>;
  
  DeleteRegisteredModelTag: grpc.handleUnaryCall<_cairn_registry_v1_DeleteRegisteredModelTagRequest__Output, _cairn_registry_v1_DeleteRegisteredModelTagResponse>;
  
  GetLatestVersions: grpc.handleUnaryCall<_cairn_registry_v1_GetLatestVersionsRequest__Output, _cairn_registry_v1_GetLatestVersionsResponse>;
  
  /**
   * Cairn: where a version came from (datasets → run → logged model → version → deployments).
   */
  GetLineage: grpc.handleUnaryCall<_cairn_registry_v1_GetLineageRequest__Output, _cairn_registry_v1_GetLineageResponse>;
  
  GetModelVersion: grpc.handleUnaryCall<_cairn_registry_v1_GetModelVersionRequest__Output, _cairn_registry_v1_GetModelVersionResponse>;
  
  GetModelVersionByAlias: grpc.handleUnaryCall<_cairn_registry_v1_GetModelVersionByAliasRequest__Output, _cairn_registry_v1_GetModelVersionByAliasResponse>;
  
  GetModelVersionDownloadUri: grpc.handleUnaryCall<_cairn_registry_v1_GetModelVersionDownloadUriRequest__Output, _cairn_registry_v1_GetModelVersionDownloadUriResponse>;
  
  GetRegisteredModel: grpc.handleUnaryCall<_cairn_registry_v1_GetRegisteredModelRequest__Output, _cairn_registry_v1_GetRegisteredModelResponse>;
  
  /**
   * Cairn: the audit view of a registered model, its stream's events in append order.
   */
  ListModelHistory: grpc.handleUnaryCall<_cairn_registry_v1_ListModelHistoryRequest__Output, _cairn_registry_v1_ListModelHistoryResponse>;
  
  RenameRegisteredModel: grpc.handleUnaryCall<_cairn_registry_v1_RenameRegisteredModelRequest__Output, _cairn_registry_v1_RenameRegisteredModelResponse>;
  
  SearchModelVersions: grpc.handleUnaryCall<_cairn_registry_v1_SearchModelVersionsRequest__Output, _cairn_registry_v1_SearchModelVersionsResponse>;
  
  SearchRegisteredModels: grpc.handleUnaryCall<_cairn_registry_v1_SearchRegisteredModelsRequest__Output, _cairn_registry_v1_SearchRegisteredModelsResponse>;
  
  SetModelVersionTag: grpc.handleUnaryCall<_cairn_registry_v1_SetModelVersionTagRequest__Output, _cairn_registry_v1_SetModelVersionTagResponse>;
  
  SetRegisteredModelAlias: grpc.handleUnaryCall<_cairn_registry_v1_SetRegisteredModelAliasRequest__Output, _cairn_registry_v1_SetRegisteredModelAliasResponse>;
  
  SetRegisteredModelTag: grpc.handleUnaryCall<_cairn_registry_v1_SetRegisteredModelTagRequest__Output, _cairn_registry_v1_SetRegisteredModelTagResponse>;
  
  /**
   * Promotions (governed) and aliases.
   */
  TransitionModelVersionStage: grpc.handleUnaryCall<_cairn_registry_v1_TransitionModelVersionStageRequest__Output, _cairn_registry_v1_TransitionModelVersionStageResponse>;
  
  UpdateModelVersion: grpc.handleUnaryCall<_cairn_registry_v1_UpdateModelVersionRequest__Output, _cairn_registry_v1_UpdateModelVersionResponse>;
  
  UpdateRegisteredModel: grpc.handleUnaryCall<_cairn_registry_v1_UpdateRegisteredModelRequest__Output, _cairn_registry_v1_UpdateRegisteredModelResponse>;
  
}

export interface RegistryServiceDefinition extends grpc.ServiceDefinition {
  CreateModelVersion: MethodDefinition<_cairn_registry_v1_CreateModelVersionRequest, _cairn_registry_v1_CreateModelVersionResponse, _cairn_registry_v1_CreateModelVersionRequest__Output, _cairn_registry_v1_CreateModelVersionResponse__Output>
  CreateRegisteredModel: MethodDefinition<_cairn_registry_v1_CreateRegisteredModelRequest, _cairn_registry_v1_CreateRegisteredModelResponse, _cairn_registry_v1_CreateRegisteredModelRequest__Output, _cairn_registry_v1_CreateRegisteredModelResponse__Output>
  DeleteModelVersion: MethodDefinition<_cairn_registry_v1_DeleteModelVersionRequest, _cairn_registry_v1_DeleteModelVersionResponse, _cairn_registry_v1_DeleteModelVersionRequest__Output, _cairn_registry_v1_DeleteModelVersionResponse__Output>
  DeleteModelVersionTag: MethodDefinition<_cairn_registry_v1_DeleteModelVersionTagRequest, _cairn_registry_v1_DeleteModelVersionTagResponse, _cairn_registry_v1_DeleteModelVersionTagRequest__Output, _cairn_registry_v1_DeleteModelVersionTagResponse__Output>
  DeleteRegisteredModel: MethodDefinition<_cairn_registry_v1_DeleteRegisteredModelRequest, _cairn_registry_v1_DeleteRegisteredModelResponse, _cairn_registry_v1_DeleteRegisteredModelRequest__Output, _cairn_registry_v1_DeleteRegisteredModelResponse__Output>
  DeleteRegisteredModelAlias: MethodDefinition<_cairn_registry_v1_DeleteRegisteredModelAliasRequest, _cairn_registry_v1_DeleteRegisteredModelAliasResponse, _cairn_registry_v1_DeleteRegisteredModelAliasRequest__Output, _cairn_registry_v1_DeleteRegisteredModelAliasResponse__Output>
  DeleteRegisteredModelTag: MethodDefinition<_cairn_registry_v1_DeleteRegisteredModelTagRequest, _cairn_registry_v1_DeleteRegisteredModelTagResponse, _cairn_registry_v1_DeleteRegisteredModelTagRequest__Output, _cairn_registry_v1_DeleteRegisteredModelTagResponse__Output>
  GetLatestVersions: MethodDefinition<_cairn_registry_v1_GetLatestVersionsRequest, _cairn_registry_v1_GetLatestVersionsResponse, _cairn_registry_v1_GetLatestVersionsRequest__Output, _cairn_registry_v1_GetLatestVersionsResponse__Output>
  GetLineage: MethodDefinition<_cairn_registry_v1_GetLineageRequest, _cairn_registry_v1_GetLineageResponse, _cairn_registry_v1_GetLineageRequest__Output, _cairn_registry_v1_GetLineageResponse__Output>
  GetModelVersion: MethodDefinition<_cairn_registry_v1_GetModelVersionRequest, _cairn_registry_v1_GetModelVersionResponse, _cairn_registry_v1_GetModelVersionRequest__Output, _cairn_registry_v1_GetModelVersionResponse__Output>
  GetModelVersionByAlias: MethodDefinition<_cairn_registry_v1_GetModelVersionByAliasRequest, _cairn_registry_v1_GetModelVersionByAliasResponse, _cairn_registry_v1_GetModelVersionByAliasRequest__Output, _cairn_registry_v1_GetModelVersionByAliasResponse__Output>
  GetModelVersionDownloadUri: MethodDefinition<_cairn_registry_v1_GetModelVersionDownloadUriRequest, _cairn_registry_v1_GetModelVersionDownloadUriResponse, _cairn_registry_v1_GetModelVersionDownloadUriRequest__Output, _cairn_registry_v1_GetModelVersionDownloadUriResponse__Output>
  GetRegisteredModel: MethodDefinition<_cairn_registry_v1_GetRegisteredModelRequest, _cairn_registry_v1_GetRegisteredModelResponse, _cairn_registry_v1_GetRegisteredModelRequest__Output, _cairn_registry_v1_GetRegisteredModelResponse__Output>
  ListModelHistory: MethodDefinition<_cairn_registry_v1_ListModelHistoryRequest, _cairn_registry_v1_ListModelHistoryResponse, _cairn_registry_v1_ListModelHistoryRequest__Output, _cairn_registry_v1_ListModelHistoryResponse__Output>
  RenameRegisteredModel: MethodDefinition<_cairn_registry_v1_RenameRegisteredModelRequest, _cairn_registry_v1_RenameRegisteredModelResponse, _cairn_registry_v1_RenameRegisteredModelRequest__Output, _cairn_registry_v1_RenameRegisteredModelResponse__Output>
  SearchModelVersions: MethodDefinition<_cairn_registry_v1_SearchModelVersionsRequest, _cairn_registry_v1_SearchModelVersionsResponse, _cairn_registry_v1_SearchModelVersionsRequest__Output, _cairn_registry_v1_SearchModelVersionsResponse__Output>
  SearchRegisteredModels: MethodDefinition<_cairn_registry_v1_SearchRegisteredModelsRequest, _cairn_registry_v1_SearchRegisteredModelsResponse, _cairn_registry_v1_SearchRegisteredModelsRequest__Output, _cairn_registry_v1_SearchRegisteredModelsResponse__Output>
  SetModelVersionTag: MethodDefinition<_cairn_registry_v1_SetModelVersionTagRequest, _cairn_registry_v1_SetModelVersionTagResponse, _cairn_registry_v1_SetModelVersionTagRequest__Output, _cairn_registry_v1_SetModelVersionTagResponse__Output>
  SetRegisteredModelAlias: MethodDefinition<_cairn_registry_v1_SetRegisteredModelAliasRequest, _cairn_registry_v1_SetRegisteredModelAliasResponse, _cairn_registry_v1_SetRegisteredModelAliasRequest__Output, _cairn_registry_v1_SetRegisteredModelAliasResponse__Output>
  SetRegisteredModelTag: MethodDefinition<_cairn_registry_v1_SetRegisteredModelTagRequest, _cairn_registry_v1_SetRegisteredModelTagResponse, _cairn_registry_v1_SetRegisteredModelTagRequest__Output, _cairn_registry_v1_SetRegisteredModelTagResponse__Output>
  TransitionModelVersionStage: MethodDefinition<_cairn_registry_v1_TransitionModelVersionStageRequest, _cairn_registry_v1_TransitionModelVersionStageResponse, _cairn_registry_v1_TransitionModelVersionStageRequest__Output, _cairn_registry_v1_TransitionModelVersionStageResponse__Output>
  UpdateModelVersion: MethodDefinition<_cairn_registry_v1_UpdateModelVersionRequest, _cairn_registry_v1_UpdateModelVersionResponse, _cairn_registry_v1_UpdateModelVersionRequest__Output, _cairn_registry_v1_UpdateModelVersionResponse__Output>
  UpdateRegisteredModel: MethodDefinition<_cairn_registry_v1_UpdateRegisteredModelRequest, _cairn_registry_v1_UpdateRegisteredModelResponse, _cairn_registry_v1_UpdateRegisteredModelRequest__Output, _cairn_registry_v1_UpdateRegisteredModelResponse__Output>
}
