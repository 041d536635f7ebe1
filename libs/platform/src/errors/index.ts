export * from './http';
export * from './grpc';
export * from './http-error.filter';
