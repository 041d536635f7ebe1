// Original file: proto/cairn/access/v1/access.proto


export interface ListPrincipalsRequest {
}

export interface ListPrincipalsRequest__Output {
}
