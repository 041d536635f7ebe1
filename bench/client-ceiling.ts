import * as http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * The client's own ceiling: a server that answers every MLflow call the driver makes at once, with bodies recorded
 * from Cairn (same bytes, so the client parses the same JSON). What the real `MlflowClient` reaches against it is
 * the most any server could show through that client on this machine; Cairn's client-mode figures are reported
 * against it as well as against MLflow.
 */
export interface CeilingServer {
  uri: string;
  close(): Promise<void>;
}

/** `recorded`: route (e.g. `runs/search`) → response body; routes not recorded answer `{}` (log-batch, update). */
export async function startClientCeiling(recorded: Record<string, string>): Promise<CeilingServer> {
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const route = (request.url ?? '').split('?')[0].replace(/^\/api\/2\.0\/mlflow\//, '');
      const body = recorded[route] ?? '{}';
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
