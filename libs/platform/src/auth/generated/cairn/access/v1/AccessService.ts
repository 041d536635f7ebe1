// Original file: proto/cairn/access/v1/access.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AuthorizeRequest as _cairn_access_v1_AuthorizeRequest, AuthorizeRequest__Output as _cairn_access_v1_AuthorizeRequest__Output } from '../../../cairn/access/v1/AuthorizeRequest';
import type { AuthorizeResponse as _cairn_access_v1_AuthorizeResponse, AuthorizeResponse__Output as _cairn_access_v1_AuthorizeResponse__Output } from '../../../cairn/access/v1/AuthorizeResponse';
import type { CreatePrincipalRequest as _cairn_access_v1_CreatePrincipalRequest, CreatePrincipalRequest__Output as _cairn_access_v1_CreatePrincipalRequest__Output } from '../../../cairn/access/v1/CreatePrincipalRequest';
import type { GetPrincipalRequest as _cairn_access_v1_GetPrincipalRequest, GetPrincipalRequest__Output as _cairn_access_v1_GetPrincipalRequest__Output } from '../../../cairn/access/v1/GetPrincipalRequest';
import type { IssueTokenRequest as _cairn_access_v1_IssueTokenRequest, IssueTokenRequest__Output as _cairn_access_v1_IssueTokenRequest__Output } from '../../../cairn/access/v1/IssueTokenRequest';
import type { IssueTokenResponse as _cairn_access_v1_IssueTokenResponse, IssueTokenResponse__Output as _cairn_access_v1_IssueTokenResponse__Output } from '../../../cairn/access/v1/IssueTokenResponse';
import type { ListPrincipalsRequest as _cairn_access_v1_ListPrincipalsRequest, ListPrincipalsRequest__Output as _cairn_access_v1_ListPrincipalsRequest__Output } from '../../../cairn/access/v1/ListPrincipalsRequest';
import type { ListPrincipalsResponse as _cairn_access_v1_ListPrincipalsResponse, ListPrincipalsResponse__Output as _cairn_access_v1_ListPrincipalsResponse__Output } from '../../../cairn/access/v1/ListPrincipalsResponse';
import type { PrincipalResponse as _cairn_access_v1_PrincipalResponse, PrincipalResponse__Output as _cairn_access_v1_PrincipalResponse__Output } from '../../../cairn/access/v1/PrincipalResponse';
import type { RevokeTokenRequest as _cairn_access_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _cairn_access_v1_RevokeTokenRequest__Output } from '../../../cairn/access/v1/RevokeTokenRequest';
import type { RevokeTokenResponse as _cairn_access_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _cairn_access_v1_RevokeTokenResponse__Output } from '../../../cairn/access/v1/RevokeTokenResponse';
import type { RoleRequest as _cairn_access_v1_RoleRequest, RoleRequest__Output as _cairn_access_v1_RoleRequest__Output } from '../../../cairn/access/v1/RoleRequest';

/**
 * Who a bearer token belongs to and what it may do; served by the governance service, asked by every other service
 * before it runs a call (ARCHITECTURE.md "Auth"). Principals are users and service accounts with role bindings
 * (viewer, data-scientist, ml-engineer, approver, admin; optionally scoped to a model-name glob) and bearer tokens,
 * stored as SHA-256 hashes only. Errors: UNAUTHENTICATED (no, unknown, expired or revoked token), PERMISSION_DENIED
 * (the principal's roles do not grant the operation), INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, ABORTED; the
 * stable Cairn code (e.g. `GOVERNANCE.TOKEN_REVOKED`) is in the `cairn-error-code` trailer. Both refusals are
 * appended to the audit trail (stream `access-<yyyy-mm-dd>`). Every RPC but Authorize needs
 * `authorization: Bearer <token>` metadata with `governance.principal.write`.
 */
export interface AccessServiceClient extends grpc.Client {
  /**
   * The check every service makes: may this token do `operation` (on `model`, to `target`)?
   */
  Authorize(argument: _cairn_access_v1_AuthorizeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  Authorize(argument: _cairn_access_v1_AuthorizeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  Authorize(argument: _cairn_access_v1_AuthorizeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  Authorize(argument: _cairn_access_v1_AuthorizeRequest, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The check every service makes: may this token do `operation` (on `model`, to `target`)?
   */
  authorize(argument: _cairn_access_v1_AuthorizeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  authorize(argument: _cairn_access_v1_AuthorizeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  authorize(argument: _cairn_access_v1_AuthorizeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  authorize(argument: _cairn_access_v1_AuthorizeRequest, callback: grpc.requestCallback<_cairn_access_v1_AuthorizeResponse__Output>): grpc.ClientUnaryCall;
  
  CreatePrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  CreatePrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  CreatePrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  CreatePrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  createPrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  createPrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  createPrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  createPrincipal(argument: _cairn_access_v1_CreatePrincipalRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  
  GetPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GetPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GetPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GetPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  getPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  getPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  getPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  getPrincipal(argument: _cairn_access_v1_GetPrincipalRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  
  GrantRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _cairn_access_v1_RoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  GrantRole(argument: _cairn_access_v1_RoleRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _cairn_access_v1_RoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  grantRole(argument: _cairn_access_v1_RoleRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * The token is in the answer once; only its hash is stored.
   */
  IssueToken(argument: _cairn_access_v1_IssueTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _cairn_access_v1_IssueTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _cairn_access_v1_IssueTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  IssueToken(argument: _cairn_access_v1_IssueTokenRequest, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  /**
   * The token is in the answer once; only its hash is stored.
   */
  issueToken(argument: _cairn_access_v1_IssueTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _cairn_access_v1_IssueTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _cairn_access_v1_IssueTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  issueToken(argument: _cairn_access_v1_IssueTokenRequest, callback: grpc.requestCallback<_cairn_access_v1_IssueTokenResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  ListPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  ListPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  ListPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  listPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  listPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  listPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  listPrincipals(argument: _cairn_access_v1_ListPrincipalsRequest, callback: grpc.requestCallback<_cairn_access_v1_ListPrincipalsResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  RevokeRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  RevokeRole(argument: _cairn_access_v1_RoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  RevokeRole(argument: _cairn_access_v1_RoleRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  revokeRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  revokeRole(argument: _cairn_access_v1_RoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  revokeRole(argument: _cairn_access_v1_RoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  revokeRole(argument: _cairn_access_v1_RoleRequest, callback: grpc.requestCallback<_cairn_access_v1_PrincipalResponse__Output>): grpc.ClientUnaryCall;
  
  RevokeToken(argument: _cairn_access_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _cairn_access_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _cairn_access_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  RevokeToken(argument: _cairn_access_v1_RevokeTokenRequest, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _cairn_access_v1_RevokeTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _cairn_access_v1_RevokeTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _cairn_access_v1_RevokeTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  revokeToken(argument: _cairn_access_v1_RevokeTokenRequest, callback: grpc.requestCallback<_cairn_access_v1_RevokeTokenResponse__Output>): grpc.ClientUnaryCall;
  
}

/**
 * Who a bearer token belongs to and what it may do; served by the governance service, asked by every other service
 * before it runs a call (ARCHITECTURE.md "Auth"). Principals are users and service accounts with role bindings
 * (viewer, data-scientist, ml-engineer, approver, admin; optionally scoped to a model-name glob) and bearer tokens,
 * stored as SHA-256 hashes only. Errors: UNAUTHENTICATED (no, unknown, expired or revoked token), PERMISSION_DENIED
 * (the principal's roles do not grant the operation), INVALID_ARGUMENT, NOT_FOUND, ALREADY_EXISTS, ABORTED; the
 * stable Cairn code (e.g. `GOVERNANCE.TOKEN_REVOKED`) is in the `cairn-error-code` trailer. Both refusals are
 * appended to the audit trail (stream `access-<yyyy-mm-dd>`). Every RPC but Authorize needs
 * `authorization: Bearer <token>` metadata with `governance.principal.write`.
 */
export interface AccessServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The check every service makes: may this token do `operation` (on `model`, to `target`)?
   */
  Authorize: grpc.handleUnaryCall<_cairn_access_v1_AuthorizeRequest__Output, _cairn_access_v1_AuthorizeResponse>;
  
  CreatePrincipal: grpc.handleUnaryCall<_cairn_access_v1_CreatePrincipalRequest__Output, _cairn_access_v1_PrincipalResponse>;
  
  GetPrincipal: grpc.handleUnaryCall<_cairn_access_v1_GetPrincipalRequest__Output, _cairn_access_v1_PrincipalResponse>;
  
  GrantRole: grpc.handleUnaryCall<_cairn_access_v1_RoleRequest__Output, _cairn_access_v1_PrincipalResponse>;
  
  /**
   * The token is in the answer once; only its hash is stored.
   */
  IssueToken: grpc.handleUnaryCall<_cairn_access_v1_IssueTokenRequest__Output, _cairn_access_v1_IssueTokenResponse>;
  
  ListPrincipals: grpc.handleUnaryCall<_cairn_access_v1_ListPrincipalsRequest__Output, _cairn_access_v1_ListPrincipalsResponse>;
  
  RevokeRole: grpc.handleUnaryCall<_cairn_access_v1_RoleRequest__Output, _cairn_access_v1_PrincipalResponse>;
  
  RevokeToken: grpc.handleUnaryCall<_cairn_access_v1_RevokeTokenRequest__Output, _cairn_access_v1_RevokeTokenResponse>;
  
}

export interface AccessServiceDefinition extends grpc.ServiceDefinition {
  Authorize: MethodDefinition<_cairn_access_v1_AuthorizeRequest, _cairn_access_v1_AuthorizeResponse, _cairn_access_v1_AuthorizeRequest__Output, _cairn_access_v1_AuthorizeResponse__Output>
  CreatePrincipal: MethodDefinition<_cairn_access_v1_CreatePrincipalRequest, _cairn_access_v1_PrincipalResponse, _cairn_access_v1_CreatePrincipalRequest__Output, _cairn_access_v1_PrincipalResponse__Output>
  GetPrincipal: MethodDefinition<_cairn_access_v1_GetPrincipalRequest, _cairn_access_v1_PrincipalResponse, _cairn_access_v1_GetPrincipalRequest__Output, _cairn_access_v1_PrincipalResponse__Output>
  GrantRole: MethodDefinition<_cairn_access_v1_RoleRequest, _cairn_access_v1_PrincipalResponse, _cairn_access_v1_RoleRequest__Output, _cairn_access_v1_PrincipalResponse__Output>
  IssueToken: MethodDefinition<_cairn_access_v1_IssueTokenRequest, _cairn_access_v1_IssueTokenResponse, _cairn_access_v1_IssueTokenRequest__Output, _cairn_access_v1_IssueTokenResponse__Output>
  ListPrincipals: MethodDefinition<_cairn_access_v1_ListPrincipalsRequest, _cairn_access_v1_ListPrincipalsResponse, _cairn_access_v1_ListPrincipalsRequest__Output, _cairn_access_v1_ListPrincipalsResponse__Output>
  RevokeRole: MethodDefinition<_cairn_access_v1_RoleRequest, _cairn_access_v1_PrincipalResponse, _cairn_access_v1_RoleRequest__Output, _cairn_access_v1_PrincipalResponse__Output>
  RevokeToken: MethodDefinition<_cairn_access_v1_RevokeTokenRequest, _cairn_access_v1_RevokeTokenResponse, _cairn_access_v1_RevokeTokenRequest__Output, _cairn_access_v1_RevokeTokenResponse__Output>
}
