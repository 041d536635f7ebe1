/** Where the governance API is defined (relative to `proto/`) and its service's full name. */
export const GOVERNANCE_PROTO = 'cairn/governance/v1/governance.proto';
export const GOVERNANCE_SERVICE = 'cairn.governance.v1.GovernanceService';
