/** Injection token of the AuditService (the gRPC handlers and the REST controller call it). */
export const AUDIT_SERVICE = Symbol('governance.audit.service');
