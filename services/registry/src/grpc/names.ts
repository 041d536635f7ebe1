/** Where the registry API is defined (relative to `proto/`) and its service's full name. */
export const REGISTRY_PROTO = 'cairn/registry/v1/registry.proto';
export const REGISTRY_SERVICE = 'cairn.registry.v1.RegistryService';
