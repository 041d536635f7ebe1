import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from '@cairn/postgres';
import { applyHttpSecurity, CONFIG, createLogger, HttpErrorFilter, LOGGER, parseAllowedHosts, PG_POOL } from '@cairn/platform';
import { Global, INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { ArtifactsModule } from '../artifacts.module';

/** Test support for the artifacts int specs (never imported by the service). */

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw requests: Node sends the path exactly as given (no `..` folding, no re-encoding), as an attacker would. */
export function send(port: number, method: string, rawPath: string, body?: Buffer | string, headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: rawPath, headers: { Host: 'localhost', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

export const json = (reply: Reply): unknown => JSON.parse(reply.body.toString('utf8'));

/** Writes `count` copies of `chunk`, honouring back-pressure, then ends the request. */
export function writeInChunks(request: http.ClientRequest, chunk: Buffer, count: number): void {
  let sent = 0;
  const pump = () => {
    while (sent < count) {
      sent += 1;
      if (!request.write(chunk)) return void request.once('drain', pump);
    }
    request.end();
  };
  pump();
}

/** For specs that never reach an owner lookup: any query fails the test loudly. */
export const NO_DATABASE = { query: () => Promise.reject(new Error('this spec has no database')) } as unknown as Pool;

/**
 * The service's minimal shape: platform filter + CONFIG/LOGGER/PG_POOL, ArtifactsModule, and the security
 * middleware installed where bootstrap installs it (after the module graph is built, before init).
 */
export async function startArtifactsApp(root: string, pool: Pool): Promise<{ app: INestApplication; port: number }> {
  @Global()
  @Module({
    providers: [
      { provide: CONFIG, useValue: { CAIRN_ARTIFACT_ROOT: root } },
      { provide: LOGGER, useValue: createLogger({ service: 'artifacts-int', level: 'silent' }) },
      { provide: PG_POOL, useValue: pool },
      { provide: APP_FILTER, useClass: HttpErrorFilter },
    ],
    exports: [CONFIG, LOGGER, PG_POOL],
  })
  class TestPlatformModule {}

  @Module({ imports: [TestPlatformModule, ArtifactsModule] })
  class TestRootModule {}

  const app = await NestFactory.create(TestRootModule, { logger: false, abortOnError: false });
  applyHttpSecurity(app, { allowedHosts: parseAllowedHosts(undefined) });
  await app.listen(0, '127.0.0.1');
  return { app, port: (app.getHttpServer().address() as AddressInfo).port };
}
