// Original file: proto/cairn/governance/v1/messages.proto


export interface VerifyAuditRequest {
}

export interface VerifyAuditRequest__Output {
}
