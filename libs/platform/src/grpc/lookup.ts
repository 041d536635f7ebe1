import { GrpcObject, ServiceClientConstructor, ServiceDefinition } from '@grpc/grpc-js';

/** Finds a service in a loaded proto package by its full name, e.g. `grpc.health.v1.Health`. */
export function lookupService(root: GrpcObject, fullName: string): ServiceDefinition {
  let node: unknown = root;
  for (const part of fullName.split('.')) {
    node = (node as Record<string, unknown> | undefined)?.[part];
  }
  const constructor = node as ServiceClientConstructor | undefined;
  if (typeof constructor !== 'function' || !constructor.service) {
    throw new Error(`gRPC service ${fullName} is not in the loaded proto`);
  }
  return constructor.service;
}
