export * from './port';
export { createPostgresEventStore, EVENT_STORE_SCHEMA } from './postgres/postgres-event-store';
export type { PostgresEventStore, PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { createEventStoreDBEventStore } from './eventstoredb/eventstoredb-event-store';
export type { EventStoreDBEventStoreOptions } from './eventstoredb/eventstoredb-event-store';
export { appendInTransaction } from './postgres/append';
export { isWriteRace, retryOnWriteRace } from './postgres/retry-on-race';
export { chainHash, eventBytes, eventHash } from './hash';
export type { HashedFields } from './hash';
