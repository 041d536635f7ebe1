export { testEventStore } from './event-store.contract';
export type { ContractOptions, EventStoreFactory } from './event-store.contract';
export * from './helpers';
