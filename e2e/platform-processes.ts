import { ServiceProcess } from '../services/testing/service-process';
import { RelayProcess } from '../libs/messaging/src/testing/relay-process';

/** The five services at their default ports (ARCHITECTURE.md "Services"). */
export const PLATFORM_SERVICES = [
  { name: 'tracking', httpPort: 8081, grpcPort: 9081 },
  { name: 'registry', httpPort: 8082, grpcPort: 9082 },
  { name: 'governance', httpPort: 8083, grpcPort: 9083 },
  { name: 'serving-gateway', httpPort: 8084, grpcPort: 9084 },
  { name: 'monitoring', httpPort: 8085, grpcPort: 9085 },
] as const;

export interface StartedService {
  name: string;
  httpPort: number;
  grpcPort: number;
  process: ServiceProcess;
  readyAfterMs: number;
}

/** Boots every service as its own process, as `nx serve` does, and waits for each /readyz. */
export async function startServices(env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<StartedService[]> {
  const started = PLATFORM_SERVICES.map((service) => ({
    ...service,
    process: new ServiceProcess(service.name, {
      ...env,
      PORT: String(service.httpPort),
      GRPC_PORT: String(service.grpcPort),
    }),
  }));
  try {
    return await Promise.all(
      started.map(async (service) => ({
        ...service,
        readyAfterMs: await service.process.waitUntilReady(service.httpPort, timeoutMs),
      })),
    );
  } catch (error) {
    for (const service of started) service.process.kill();
    throw error;
  }
}

/** SIGTERM to each service by pid; returns each exit code (null when it had to be killed). */
export async function stopServices(services: StartedService[]): Promise<Record<string, number | null>> {
  const exits = await Promise.all(
    services.map(async (service) => {
      service.process.child.kill('SIGTERM');
      const exit = await service.process.exitWithin(15_000);
      if (!exit) service.process.kill();
      return [service.name, exit ? exit.code : null] as const;
    }),
  );
  return Object.fromEntries(exits);
}

export function startRelay(env: Record<string, string>): RelayProcess {
  return new RelayProcess(env);
}
