import * as path from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import * as grpc from '@grpc/grpc-js';

/** All .proto files live in the repository's top-level `proto/` folder and are loaded, never retyped. */
export const PROTO_ROOT = path.resolve(__dirname, '../../../proto');

const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_ROOT],
};

/** Loads a proto file given relative to `proto/`, e.g. `grpc/health/v1/health.proto`. */
export function loadProto(relativePath: string): grpc.GrpcObject {
  const definition = protoLoader.loadSync(path.join(PROTO_ROOT, relativePath), LOADER_OPTIONS);
  return grpc.loadPackageDefinition(definition);
}
