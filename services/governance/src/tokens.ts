/** Injection token of the protocol-neutral GovernanceService (gRPC and REST adapters call it). */
export const GOVERNANCE_SERVICE = Symbol('governance.service');
