export * from './topics';
export * from './errors';
export * from './envelope';
export * from './events';
export * from './proto';
export * from './access';
