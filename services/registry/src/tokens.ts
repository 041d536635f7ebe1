/** Injection token of the protocol-neutral RegistryService (REST, gRPC, and the governance consumer later). */
export const REGISTRY_SERVICE = Symbol('registry.service');
/** The event-sourced write side (also used by the read-model rebuild and tests). */
export const MODEL_REPOSITORY = Symbol('registry.model-repository');
export const GOVERNANCE_GATE = Symbol('registry.governance-gate');
/** The read models' queries (`RegistryReads`); also what GetLineage reads versions through (lineage/ports.ts). */
export const REGISTRY_READS = Symbol('registry.reads');
