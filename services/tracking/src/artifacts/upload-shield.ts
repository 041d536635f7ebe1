import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { LOGGER, requireJsonContentType, type Logger } from '@cairn/platform';

/** PUT …/mlflow-artifacts/artifacts/<path> under either prefix. */
const UPLOAD_ROUTE = /^\/(?:ajax-)?api\/2\.0\/mlflow-artifacts\/artifacts\//;
/** POST /ajax-api/2.0/mlflow/upload-artifact?run_uuid=…&path=…, the MLflow UI's upload. */
const UI_UPLOAD_ROUTE = /^\/ajax-api\/2\.0\/mlflow\/upload-artifact(?:\?|$)/;

const SHIELDED = Symbol('cairn.artifacts.upload-shielded');
type Shielded = IncomingMessage & { [SHIELDED]?: { declaredBytes?: number } };

/** The same CSRF rule every other POST meets (applyHttpSecurity's, with the defaults bootstrap uses). */
const jsonOnly = requireJsonContentType();

/**
 * Keeps Nest's body parsers off artifact uploads, so the handler gets the body as a stream, byte for byte.
 *
 * - PUT to mlflow-artifacts: the client sends each file with a guessed Content-Type, so `input_example.json`
 *   arrives as `application/json` and Nest's JSON parser would swallow it (or refuse it above its limit). The
 *   Content-Type header, which the handler never uses, is dropped, so no parser matches.
 * - POST upload-artifact: the body is raw bytes of any type, as in MLflow. A browser sends `Origin` with every
 *   POST, so a request carrying one must pass the JSON-only CSRF rule (the UI sends `application/json`; a
 *   cross-site page cannot without a preflight we never grant); one without it (curl, scripts, MLflow's own tests)
 *   is not a browser's and may send any type — MLflow decides by `Origin` too. The shield applies that rule itself,
 *   then hides the body's framing headers (kept for the handler), so neither the later copy of the rule nor the
 *   parsers see a body to check or read.
 */
export function uploadShield(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  const url = request.url ?? '';
  if (request.method === 'PUT' && UPLOAD_ROUTE.test(url)) delete request.headers['content-type'];
  if (request.method === 'POST' && UI_UPLOAD_ROUTE.test(url)) {
    const shield = () => {
      const length = request.headers['content-length'];
      (request as Shielded)[SHIELDED] = { declaredBytes: length === undefined ? undefined : Number(length) };
      delete request.headers['content-length'];
      delete request.headers['transfer-encoding'];
      delete request.headers['content-type'];
      next();
    };
    if (request.headers.origin === undefined) shield();
    else jsonOnly(request, response, shield);
    return;
  }
  next();
}

/** For the upload-artifact handler: the declared body length, or throws if the shield did not see the request. */
export function shieldedUpload(request: IncomingMessage): { declaredBytes?: number } {
  const shielded = (request as Shielded)[SHIELDED];
  if (!shielded || request.readableEnded) throw new Error('upload-artifact body was not shielded from the body parsers');
  return shielded;
}

/**
 * Installs `uploadShield` on the Express instance while Nest builds the module graph, that is before
 * `app.init()` registers the body parsers, so the shield runs first. If the adapter is not there yet (a
 * testing module compiled before its app), the controllers' checks fail such uploads loudly.
 */
@Injectable()
export class UploadShieldInstaller {
  constructor(adapterHost: HttpAdapterHost, @Optional() @Inject(LOGGER) logger?: Logger) {
    const instance = adapterHost.httpAdapter?.getInstance() as { use?: (handler: typeof uploadShield) => void } | undefined;
    if (typeof instance?.use === 'function') instance.use(uploadShield);
    else logger?.warn('artifact upload shield not installed: no HTTP adapter yet; JSON-typed uploads will fail');
  }
}
