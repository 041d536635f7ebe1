export * from './authorizer';
export * from './access-guard';
export * from './grpc-access';
export * from './remote-authorizer';
export * from './names';
export type { AccessServiceHandlers } from './generated/cairn/access/v1/AccessService';
