import { createTestDatabase, TestDatabase } from '@cairn/postgres/testing';
import { Client } from 'pg';
import { freePort, ServiceProcess } from './service-process';

/** A Cairn service process on a throwaway database of its own, for int specs. */
export interface ServiceOnTestDatabase {
  db: TestDatabase;
  /** The throwaway database as the application role reaches it (what the service was given). */
  databaseUrl: string;
  svc: ServiceProcess;
  httpPort: number;
  grpcPort: number;
  /** `127.0.0.1:<grpcPort>`. */
  grpcAddress: string;
  /** SIGTERM, a kill if it has not exited within `graceMs`, then the database is dropped. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Runs `services/<name>` as `nx serve` does, on free ports, against a new database its application role owns (the
 * service migrates its own schema, as in production), and waits for /readyz. `env` adds to (or overrides) the
 * test's environment; telemetry and NODE_OPTIONS are left out so the child starts as a plain service.
 */
export async function startServiceOnTestDatabase(
  name: string,
  prefix: string,
  env: NodeJS.ProcessEnv = {},
  readyTimeoutMs = 120_000,
): Promise<ServiceOnTestDatabase> {
  const appUrl = new URL(process.env.CAIRN_DATABASE_URL ?? '');
  const db = await createTestDatabase(prefix);
  const owner = new Client({ connectionString: db.url });
  await owner.connect();
  await owner.query(`ALTER DATABASE ${db.name} OWNER TO "${decodeURIComponent(appUrl.username)}"`);
  await owner.end();
  appUrl.pathname = `/${db.name}`;

  const [httpPort, grpcPort] = [await freePort(), await freePort()];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    CAIRN_DATABASE_URL: appUrl.toString(),
    PORT: String(httpPort),
    GRPC_PORT: String(grpcPort),
    LOG_LEVEL: 'info',
    ...env,
  };
  delete childEnv.OTEL_EXPORTER_OTLP_ENDPOINT;
  delete childEnv.NODE_OPTIONS;
  const svc = new ServiceProcess(name, childEnv);
  try {
    await svc.waitUntilReady(httpPort, readyTimeoutMs);
  } catch (error) {
    svc.kill();
    await db.drop();
    throw error;
  }
  return {
    db,
    databaseUrl: appUrl.toString(),
    svc,
    httpPort,
    grpcPort,
    grpcAddress: `127.0.0.1:${grpcPort}`,
    async stop(graceMs = 10_000) {
      if (svc.running) {
        svc.child.kill('SIGTERM');
        if (!(await svc.exitWithin(graceMs))) svc.kill();
      }
      await db.drop();
    },
  };
}
