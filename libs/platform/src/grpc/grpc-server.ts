import { Server, ServerCredentials, ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import { GrpcAccess, withAccess } from '../auth/grpc-access';

/**
 * The service's one gRPC server on GRPC_PORT. The platform adds grpc.health.v1.Health; each service adds its
 * own (`cairn.<service>.v1.*`) from a module's `onModuleInit`, before `runService` starts listening.
 */
export class GrpcServer {
  private readonly server = new Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  private readonly names: string[] = [];
  private boundPort: number | undefined;
  private access: GrpcAccess | undefined;

  /** From now on every service added checks each call's bearer token (the health service, added before, does not). */
  requireAccess(access: GrpcAccess): void {
    this.access = access;
  }

  addService(definition: ServiceDefinition, implementation: UntypedServiceImplementation): void {
    const name = serviceName(definition);
    if (this.names.includes(name)) throw new Error(`gRPC service ${name} is already registered`);
    this.server.addService(definition, this.access ? withAccess(definition, implementation, this.access) : implementation);
    this.names.push(name);
  }

  /** Fully qualified names of the services added, e.g. `grpc.health.v1.Health`. */
  get serviceNames(): readonly string[] {
    return this.names;
  }

  get port(): number | undefined {
    return this.boundPort;
  }

  start(host: string, port: number): Promise<number> {
    const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    return new Promise((resolve, reject) => {
      this.server.bindAsync(address, ServerCredentials.createInsecure(), (error, bound) => {
        if (error) return reject(error);
        this.boundPort = bound;
        resolve(bound);
      });
    });
  }

  /** Stops accepting calls and waits for in-flight ones up to `timeoutMs`, then cancels what is left. */
  shutdown(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, timeoutMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  forceShutdown(): void {
    this.server.forceShutdown();
  }
}

/** `/grpc.health.v1.Health/Check` → `grpc.health.v1.Health`. */
function serviceName(definition: ServiceDefinition): string {
  const first = Object.values(definition)[0];
  if (!first) throw new Error('cannot add an empty gRPC service');
  return first.path.split('/')[1];
}
