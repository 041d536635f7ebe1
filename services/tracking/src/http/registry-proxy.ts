import * as http from 'node:http';
import * as https from 'node:https';
import { Inject, Injectable, Module, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { CONFIG, hostAllowList, LOGGER, replyError, requireJsonContentType, type Logger, type Middleware } from '@cairn/platform';
import type { TrackingConfig } from '../config';

/**
 * MLflow clients talk to one server: `MLFLOW_TRACKING_URI` is also the registry URI unless set apart. Cairn's
 * registry is its own service, so tracking forwards MLflow's registry routes (`registered-models/*`,
 * `model-versions/*`, both prefixes) to it unchanged: method, path, query, body and the answer's status, headers
 * and body are streamed through, never parsed. A registry that cannot be reached is 503 TEMPORARILY_UNAVAILABLE.
 */
export const REGISTRY_ROUTE = /^\/(?:ajax-)?api\/2\.0\/mlflow\/(?:registered-models|model-versions)\//;

/** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'upgrade', 'host'];

/** A promotion waits for governance's decision; allow for that, but not forever. */
const UPSTREAM_TIMEOUT_MS = 120_000;

export interface RegistryProxyOptions {
  registryUrl: string;
  /** Tracking's Host allow-list: the proxy runs before the platform's own guards, so it applies them itself. */
  allowedHosts: readonly string[];
  timeoutMs?: number;
}

export function registryProxy(options: RegistryProxyOptions): Middleware {
  const target = new URL(options.registryUrl);
  const client = target.protocol === 'https:' ? https : http;
  const basePath = target.pathname.replace(/\/+$/, '');
  const hostCheck = hostAllowList({ allowedHosts: options.allowedHosts });
  const jsonOnly = requireJsonContentType();
  const timeoutMs = options.timeoutMs ?? UPSTREAM_TIMEOUT_MS;

  const forward = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const headers: http.OutgoingHttpHeaders = { ...request.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    headers.host = target.host;
    headers['x-forwarded-host'] = request.headers.host;
    headers['x-forwarded-for'] = request.socket.remoteAddress;
    const upstream = client.request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: request.method,
      path: `${basePath}${request.url ?? '/'}`,
      headers,
    });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    upstream.on('response', (answer) => {
      const answerHeaders = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete answerHeaders[name];
      response.writeHead(answer.statusCode ?? 502, answerHeaders);
      answer.pipe(response);
    });
    upstream.on('error', (error) => {
      if (!response.headersSent) {
        replyError(response, 503, 'TEMPORARILY_UNAVAILABLE', `The model registry is unavailable: ${error.message}`);
      } else {
        response.destroy(error);
      }
    });
    // The client went away: stop the upstream call too.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    request.pipe(upstream);
  };

  return (request, response, next) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (!REGISTRY_ROUTE.test(path)) return next();
    hostCheck(request, response, () => jsonOnly(request, response, () => forward(request, response)));
  };
}

/**
 * Installs the proxy on the Express instance while Nest builds the module graph, i.e. before `app.init()` adds
 * the body parsers, so a forwarded body is never read here (as the artifact upload shield does).
 */
@Injectable()
export class RegistryProxyInstaller {
  constructor(
    adapterHost: HttpAdapterHost,
    @Inject(CONFIG) config: TrackingConfig,
    @Optional() @Inject(LOGGER) logger?: Logger,
  ) {
    const instance = adapterHost.httpAdapter?.getInstance() as { use?: (handler: Middleware) => void } | undefined;
    if (typeof instance?.use !== 'function') {
      logger?.warn('registry proxy not installed: no HTTP adapter yet; registry routes will be 404 here');
      return;
    }
    instance.use(registryProxy({ registryUrl: config.CAIRN_REGISTRY_URL, allowedHosts: [...config.CAIRN_ALLOWED_HOSTS, config.HOST] }));
  }
}

/** AppModule imports this: MLflow's registry routes are answered by the registry service (CAIRN_REGISTRY_URL). */
@Module({ providers: [RegistryProxyInstaller] })
export class RegistryProxyModule {}
