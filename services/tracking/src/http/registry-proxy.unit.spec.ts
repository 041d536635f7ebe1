import { createServer, IncomingMessage, request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { registryProxy } from './registry-proxy';

/** The proxy between two local HTTP servers: what reaches the registry, and what the client gets back. */
interface Seen {
  method?: string;
  url?: string;
  host?: string;
  forwardedHost?: string;
  body: string;
}

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));
const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });

let registry: Server;
let tracking: Server;
let trackingUrl: string;
let registryPort: number;
const seen: Seen[] = [];

beforeAll(async () => {
  registry = createServer(async (request, response) => {
    seen.push({ method: request.method, url: request.url, host: request.headers.host, forwardedHost: request.headers['x-forwarded-host'] as string, body: await read(request) });
    const status = request.url?.includes('missing') ? 404 : 200;
    response.writeHead(status, { 'content-type': 'application/json', 'x-registry': 'yes' });
    response.end(JSON.stringify(status === 200 ? { ok: true } : { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'nope' }));
  });
  registryPort = await listen(registry);
  const proxy = registryProxy({ registryUrl: `http://127.0.0.1:${registryPort}`, allowedHosts: ['127.0.0.1', 'localhost'] });
  tracking = createServer((request, response) =>
    proxy(request, response, () => {
      response.writeHead(418);
      response.end('tracking itself');
    }),
  );
  trackingUrl = `http://127.0.0.1:${await listen(tracking)}`;
});

afterAll(async () => {
  await close(tracking);
  if (registry.listening) await close(registry);
});

describe("tracking's registry proxy", () => {
  it('forwards a registry POST with its body and returns the status, headers and body unchanged', async () => {
    const body = JSON.stringify({ name: 'fraud', tags: [{ key: 'a', value: 'é' }] });
    const response = await fetch(`${trackingUrl}/api/2.0/mlflow/registered-models/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect([response.status, response.headers.get('x-registry'), await response.json()]).toEqual([200, 'yes', { ok: true }]);
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/api/2.0/mlflow/registered-models/create',
      host: `127.0.0.1:${registryPort}`,
      forwardedHost: new URL(trackingUrl).host,
      body,
    });
  });

  it('forwards GET queries, DELETE bodies and the /ajax-api prefix; an error answer passes through as it is', async () => {
    const get = await fetch(`${trackingUrl}/ajax-api/2.0/mlflow/model-versions/search?filter=name%3D%27x%27&max_results=2`);
    expect(get.status).toBe(200);
    expect(seen.at(-1)?.url).toBe("/ajax-api/2.0/mlflow/model-versions/search?filter=name%3D%27x%27&max_results=2");
    const missing = await fetch(`${trackingUrl}/api/2.0/mlflow/registered-models/missing`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    expect([missing.status, await missing.json()]).toEqual([404, { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'nope' }]);
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', body: '{"name":"x"}' });
  });

  it('leaves every other route to tracking', async () => {
    const before = seen.length;
    expect((await fetch(`${trackingUrl}/api/2.0/mlflow/runs/get?run_id=x`)).status).toBe(418);
    expect((await fetch(`${trackingUrl}/api/2.0/mlflow/registered-models-but-not/x`)).status).toBe(418);
    expect(seen).toHaveLength(before);
  });

  it("applies tracking's Host allow-list and JSON-only rule before forwarding", async () => {
    const before = seen.length;
    const plain = await fetch(`${trackingUrl}/api/2.0/mlflow/registered-models/create`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect([plain.status, ((await plain.json()) as { error_code: string }).error_code]).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    const rebound = await new Promise<number>((resolve, reject) =>
      httpRequest(`${trackingUrl}/api/2.0/mlflow/registered-models/get?name=x`, { headers: { host: 'evil.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(rebound).toBe(403);
    expect(seen).toHaveLength(before);
  });

  it('answers 503 TEMPORARILY_UNAVAILABLE when the registry cannot be reached', async () => {
    await close(registry);
    const response = await fetch(`${trackingUrl}/api/2.0/mlflow/registered-models/get?name=x`);
    const body = (await response.json()) as { error_code: string; message: string };
    expect([response.status, body.error_code]).toEqual([503, 'TEMPORARILY_UNAVAILABLE']);
    expect(body.message).toMatch(/^The model registry is unavailable: /);
  });
});
