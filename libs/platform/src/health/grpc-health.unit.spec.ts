import { loadProto } from '@cairn/contracts';
import { credentials, Client, ServiceError, status } from '@grpc/grpc-js';
import { GrpcServer } from '../grpc/grpc-server';
import { lookupService } from '../grpc/lookup';
import { addHealthService, HEALTH_SERVICE } from './grpc-health';
import { Readiness } from './readiness';

type HealthClient = Client & {
  Check(request: { service: string }, callback: (error: ServiceError | null, response?: { status: string }) => void): void;
};

describe('gRPC health on a loopback server', () => {
  const readiness = new Readiness();
  const server = new GrpcServer();
  let client: HealthClient;
  let healthy = true;

  beforeAll(async () => {
    readiness.register('postgres', async () => {
      if (!healthy) throw new Error('down');
    });
    addHealthService(server, readiness);
    const port = await server.start('127.0.0.1', 0);
    const Health = loadProto('grpc/health/v1/health.proto').grpc as never as {
      health: { v1: { Health: new (address: string, creds: ReturnType<typeof credentials.createInsecure>) => HealthClient } };
    };
    client = new Health.health.v1.Health(`127.0.0.1:${port}`, credentials.createInsecure());
  });
  afterAll(async () => {
    client.close();
    await server.shutdown(1_000);
  });

  const check = (service = '') =>
    new Promise<string>((resolve, reject) =>
      client.Check({ service }, (error, response) => (error ? reject(error) : resolve(response!.status))),
    );

  it('while starting answers NOT_SERVING', async () => {
    expect(await check()).toBe('NOT_SERVING');
  });

  it('when running with passing checks answers SERVING, for the server and for a registered service', async () => {
    readiness.markRunning();
    expect(await check()).toBe('SERVING');
    expect(await check(HEALTH_SERVICE)).toBe('SERVING');
  });

  it('with a failing check answers NOT_SERVING', async () => {
    healthy = false;
    expect(await check()).toBe('NOT_SERVING');
    healthy = true;
  });

  it('for an unknown service answers NOT_FOUND', async () => {
    await expect(check('cairn.nope.v1.Nope')).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('lists the services it serves and refuses a duplicate', () => {
    expect(server.serviceNames).toEqual([HEALTH_SERVICE]);
    const definition = lookupService(loadProto('grpc/health/v1/health.proto'), HEALTH_SERVICE);
    expect(() => server.addService(definition, {})).toThrow(/already registered/);
  });

  it('once stopping answers NOT_SERVING', async () => {
    readiness.markStopping();
    expect(await check()).toBe('NOT_SERVING');
  });
});
