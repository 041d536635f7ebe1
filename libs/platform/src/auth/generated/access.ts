import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccessServiceClient as _cairn_access_v1_AccessServiceClient, AccessServiceDefinition as _cairn_access_v1_AccessServiceDefinition } from './cairn/access/v1/AccessService';
import type { AccessTarget as _cairn_access_v1_AccessTarget, AccessTarget__Output as _cairn_access_v1_AccessTarget__Output } from './cairn/access/v1/AccessTarget';
import type { AuthorizeRequest as _cairn_access_v1_AuthorizeRequest, AuthorizeRequest__Output as _cairn_access_v1_AuthorizeRequest__Output } from './cairn/access/v1/AuthorizeRequest';
import type { AuthorizeResponse as _cairn_access_v1_AuthorizeResponse, AuthorizeResponse__Output as _cairn_access_v1_AuthorizeResponse__Output } from './cairn/access/v1/AuthorizeResponse';
import type { CreatePrincipalRequest as _cairn_access_v1_CreatePrincipalRequest, CreatePrincipalRequest__Output as _cairn_access_v1_CreatePrincipalRequest__Output } from './cairn/access/v1/CreatePrincipalRequest';
import type { GetPrincipalRequest as _cairn_access_v1_GetPrincipalRequest, GetPrincipalRequest__Output as _cairn_access_v1_GetPrincipalRequest__Output } from './cairn/access/v1/GetPrincipalRequest';
import type { IssueTokenRequest as _cairn_access_v1_IssueTokenRequest, IssueTokenRequest__Output as _cairn_access_v1_IssueTokenRequest__Output } from './cairn/access/v1/IssueTokenRequest';
import type { IssueTokenResponse as _cairn_access_v1_IssueTokenResponse, IssueTokenResponse__Output as _cairn_access_v1_IssueTokenResponse__Output } from './cairn/access/v1/IssueTokenResponse';
import type { ListPrincipalsRequest as _cairn_access_v1_ListPrincipalsRequest, ListPrincipalsRequest__Output as _cairn_access_v1_ListPrincipalsRequest__Output } from './cairn/access/v1/ListPrincipalsRequest';
import type { ListPrincipalsResponse as _cairn_access_v1_ListPrincipalsResponse, ListPrincipalsResponse__Output as _cairn_access_v1_ListPrincipalsResponse__Output } from './cairn/access/v1/ListPrincipalsResponse';
import type { Principal as _cairn_access_v1_Principal, Principal__Output as _cairn_access_v1_Principal__Output } from './cairn/access/v1/Principal';
import type { PrincipalResponse as _cairn_access_v1_PrincipalResponse, PrincipalResponse__Output as _cairn_access_v1_PrincipalResponse__Output } from './cairn/access/v1/PrincipalResponse';
import type { RevokeTokenRequest as _cairn_access_v1_RevokeTokenRequest, RevokeTokenRequest__Output as _cairn_access_v1_RevokeTokenRequest__Output } from './cairn/access/v1/RevokeTokenRequest';
import type { RevokeTokenResponse as _cairn_access_v1_RevokeTokenResponse, RevokeTokenResponse__Output as _cairn_access_v1_RevokeTokenResponse__Output } from './cairn/access/v1/RevokeTokenResponse';
import type { RoleBinding as _cairn_access_v1_RoleBinding, RoleBinding__Output as _cairn_access_v1_RoleBinding__Output } from './cairn/access/v1/RoleBinding';
import type { RoleRequest as _cairn_access_v1_RoleRequest, RoleRequest__Output as _cairn_access_v1_RoleRequest__Output } from './cairn/access/v1/RoleRequest';
import type { TokenInfo as _cairn_access_v1_TokenInfo, TokenInfo__Output as _cairn_access_v1_TokenInfo__Output } from './cairn/access/v1/TokenInfo';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cairn: {
    access: {
      v1: {
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
        AccessService: SubtypeConstructor<typeof grpc.Client, _cairn_access_v1_AccessServiceClient> & { service: _cairn_access_v1_AccessServiceDefinition }
        AccessTarget: MessageTypeDefinition<_cairn_access_v1_AccessTarget, _cairn_access_v1_AccessTarget__Output>
        AuthorizeRequest: MessageTypeDefinition<_cairn_access_v1_AuthorizeRequest, _cairn_access_v1_AuthorizeRequest__Output>
        AuthorizeResponse: MessageTypeDefinition<_cairn_access_v1_AuthorizeResponse, _cairn_access_v1_AuthorizeResponse__Output>
        CreatePrincipalRequest: MessageTypeDefinition<_cairn_access_v1_CreatePrincipalRequest, _cairn_access_v1_CreatePrincipalRequest__Output>
        GetPrincipalRequest: MessageTypeDefinition<_cairn_access_v1_GetPrincipalRequest, _cairn_access_v1_GetPrincipalRequest__Output>
        IssueTokenRequest: MessageTypeDefinition<_cairn_access_v1_IssueTokenRequest, _cairn_access_v1_IssueTokenRequest__Output>
        IssueTokenResponse: MessageTypeDefinition<_cairn_access_v1_IssueTokenResponse, _cairn_access_v1_IssueTokenResponse__Output>
        ListPrincipalsRequest: MessageTypeDefinition<_cairn_access_v1_ListPrincipalsRequest, _cairn_access_v1_ListPrincipalsRequest__Output>
        ListPrincipalsResponse: MessageTypeDefinition<_cairn_access_v1_ListPrincipalsResponse, _cairn_access_v1_ListPrincipalsResponse__Output>
        Principal: MessageTypeDefinition<_cairn_access_v1_Principal, _cairn_access_v1_Principal__Output>
        PrincipalResponse: MessageTypeDefinition<_cairn_access_v1_PrincipalResponse, _cairn_access_v1_PrincipalResponse__Output>
        RevokeTokenRequest: MessageTypeDefinition<_cairn_access_v1_RevokeTokenRequest, _cairn_access_v1_RevokeTokenRequest__Output>
        RevokeTokenResponse: MessageTypeDefinition<_cairn_access_v1_RevokeTokenResponse, _cairn_access_v1_RevokeTokenResponse__Output>
        RoleBinding: MessageTypeDefinition<_cairn_access_v1_RoleBinding, _cairn_access_v1_RoleBinding__Output>
        RoleRequest: MessageTypeDefinition<_cairn_access_v1_RoleRequest, _cairn_access_v1_RoleRequest__Output>
        TokenInfo: MessageTypeDefinition<_cairn_access_v1_TokenInfo, _cairn_access_v1_TokenInfo__Output>
      }
    }
  }
}

