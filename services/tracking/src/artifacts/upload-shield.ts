import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { LOGGER, type Logger } from '@cairn/platform';

/** PUT …/mlflow-artifacts/artifacts/<path> under either prefix. */
const UPLOAD_ROUTE = /^\/(?:ajax-)?api\/2\.0\/mlflow-artifacts\/artifacts\//;

/**
 * Keeps Nest's body parsers off artifact uploads. The mlflow client sends each file with a guessed
 * Content-Type, so `input_example.json` arrives as `application/json` and Nest's JSON parser would swallow it
 * (or refuse it above 100 kB). For upload PUTs we drop the Content-Type header, which the handler never uses,
 * so no parser matches and the body stays a stream.
 */
export function uploadShield(request: IncomingMessage, _response: ServerResponse, next: () => void): void {
  if (request.method === 'PUT' && UPLOAD_ROUTE.test(request.url ?? '')) delete request.headers['content-type'];
  next();
}

/**
 * Installs `uploadShield` on the Express instance while Nest builds the module graph, that is before
 * `app.init()` registers the body parsers, so the shield runs first. If the adapter is not there yet (a
 * testing module compiled before its app), the controller's consumed-body check fails such uploads loudly.
 */
@Injectable()
export class UploadShieldInstaller {
  constructor(adapterHost: HttpAdapterHost, @Optional() @Inject(LOGGER) logger?: Logger) {
    const instance = adapterHost.httpAdapter?.getInstance() as { use?: (handler: typeof uploadShield) => void } | undefined;
    if (typeof instance?.use === 'function') instance.use(uploadShield);
    else logger?.warn('artifact upload shield not installed: no HTTP adapter yet; JSON-typed uploads will fail');
  }
}
