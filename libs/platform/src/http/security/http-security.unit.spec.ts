import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  allowedHostsSchema,
  applyHttpSecurity,
  hostMatches,
  isAllowedHost,
  parseAllowedHosts,
  type Middleware,
} from './index';

/** A bare Node server running the middleware chain, answering 200 "reached" when every guard calls next(). */
async function serve(options: Parameters<typeof applyHttpSecurity>[1]) {
  const chain: Middleware[] = [];
  applyHttpSecurity({ use: (middleware) => chain.push(middleware) }, options);
  const server = http.createServer((request, response) => {
    const run = (index: number): void => {
      const middleware = chain[index];
      if (!middleware) {
        response.end('reached');
        return;
      }
      middleware(request, response, () => run(index + 1));
    };
    run(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; body: string; type?: string }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, type: response.headers['content-type'] }));
      });
      request.on('error', reject);
      request.end(body);
    });
  return { send, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('Host allow-list patterns', () => {
  it('defaults to the loopback names when CAIRN_ALLOWED_HOSTS is unset or blank', () => {
    expect(parseAllowedHosts(undefined)).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(parseAllowedHosts(' , ')).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(allowedHostsSchema.parse(' Cairn.Example , 10.0.0.5:8081 ')).toEqual(['cairn.example', '10.0.0.5:8081']);
  });

  it.each([
    ['localhost', 'localhost', true],
    ['localhost', 'localhost:8081', true],
    ['localhost', 'LOCALHOST:5000', true],
    ['[::1]', '[::1]:8081', true],
    ['[::1]', '[::1]', true],
    ['cairn.example:443', 'cairn.example:443', true],
    ['cairn.example:443', 'cairn.example:8443', false],
    ['*.corp.example', 'mlflow.corp.example:80', true],
    ['*.corp.example', 'corp.example.evil.example', false],
    ['localhost', 'localhost.evil.example', false],
    ['127.0.0.1', '127.0.0.1.nip.io', false],
    ['*', 'anything.example', true],
  ])('pattern %s against Host %s is %s', (pattern, host, allowed) => {
    expect(hostMatches(pattern, host)).toBe(allowed);
  });

  it('a missing Host header is never allowed', () => {
    expect(isAllowedHost(['localhost'], undefined)).toBe(false);
  });
});

describe('applyHttpSecurity over HTTP', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve({ allowedHosts: parseAllowedHosts(undefined) });
  });
  afterAll(() => server.close());

  const json = { 'Content-Type': 'application/json', Host: 'localhost:8081' };

  it('a rebound DNS name is refused with 403 PERMISSION_DENIED, the next good request passes', async () => {
    const refused = await server.send('GET', '/api/2.0/mlflow/experiments/search', { Host: 'attacker.example:8081' });
    expect(refused.status).toBe(403);
    expect(refused.type).toBe('application/json');
    expect(JSON.parse(refused.body)).toEqual({
      error_code: 'PERMISSION_DENIED',
      message: 'Invalid Host header - possible DNS rebinding attack detected',
    });
    const good = await server.send('GET', '/api/2.0/mlflow/experiments/search', { Host: `127.0.0.1:${server.port}` });
    expect(good).toMatchObject({ status: 200, body: 'reached' });
  });

  it('health probes answer whatever the Host', async () => {
    expect((await server.send('GET', '/readyz', { Host: '10.1.2.3:8081' })).status).toBe(200);
    expect((await server.send('GET', '/healthz?x=1', { Host: '10.1.2.3:8081' })).status).toBe(200);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['json look-alike', 'text/plain; application/json'],
  ])('a POST with %s is refused with 400 INVALID_PARAMETER_VALUE (CVE-2023-43472)', async (_name, type) => {
    const response = await server.send('POST', '/api/2.0/mlflow/experiments/create', { 'Content-Type': type, Host: 'localhost' }, '{"name":"x"}');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({
      error_code: 'INVALID_PARAMETER_VALUE',
      message: "Bad Request. Content-Type must be one of ['application/json'].",
    });
  });

  it('a body without any Content-Type is refused', async () => {
    const response = await server.send('PATCH', '/ajax-api/2.0/mlflow/runs/update', { Host: 'localhost' }, '{}');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).message).toBe('Bad Request. Content-Type header is missing.');
  });

  it('JSON bodies, bodyless requests and non-API paths pass', async () => {
    expect((await server.send('POST', '/api/2.0/mlflow/runs/create', { ...json, 'Content-Type': 'application/json; charset=utf-8' }, '{}')).status).toBe(200);
    expect((await server.send('DELETE', '/api/2.0/mlflow-artifacts/artifacts/1/a.txt', { Host: 'localhost' })).status).toBe(200);
    expect((await server.send('POST', '/v2/models/m/infer', { 'Content-Type': 'application/octet-stream', Host: 'localhost' }, 'x')).status).toBe(200);
  });

  it('artifact upload PUTs are exempt (binary bodies), other PUTs and methods on that path are not', async () => {
    const upload = { 'Content-Type': 'application/octet-stream', Host: 'localhost' };
    expect((await server.send('PUT', '/api/2.0/mlflow-artifacts/artifacts/1/model.pkl', upload, 'bytes')).status).toBe(200);
    expect((await server.send('PUT', '/ajax-api/2.0/mlflow-artifacts/artifacts/1/m.txt', { ...upload, 'Content-Type': 'text/plain' }, 'x')).status).toBe(200);
    expect((await server.send('POST', '/api/2.0/mlflow-artifacts/artifacts/1/model.pkl', upload, 'bytes')).status).toBe(400);
    expect((await server.send('PUT', '/api/2.0/mlflow/runs/update', upload, 'bytes')).status).toBe(400);
  });

  it('the Host check runs first: a rebound name with a text/plain body gets 403', async () => {
    const response = await server.send('POST', '/api/2.0/mlflow/runs/create', { 'Content-Type': 'text/plain', Host: 'evil.example' }, 'x');
    expect(response.status).toBe(403);
  });
});

describe('allowedHosts ["*"]', () => {
  it('turns the Host check off', async () => {
    const server = await serve({ allowedHosts: ['*'] });
    try {
      expect((await server.send('GET', '/api/x', { Host: 'anything.example' })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
