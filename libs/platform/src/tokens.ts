/** Injection tokens for what the platform provides to every service's modules. */
export const CONFIG = Symbol('cairn.config');
export const LOGGER = Symbol('cairn.logger');
export const PG_POOL = Symbol('cairn.pg-pool');
export const KAFKA = Symbol('cairn.kafka');
/** The service's `EventStore` (PostgreSQL, on the service's own pool). */
export const EVENT_STORE = Symbol('cairn.event-store');
export const METRICS_REGISTRY = Symbol('cairn.metrics-registry');
export const SERVICE_NAME = Symbol('cairn.service-name');
