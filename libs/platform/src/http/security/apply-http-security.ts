import { DEFAULT_HOST_CHECK_EXEMPT_PATHS, hostAllowList } from './allowed-hosts';
import { requireJsonContentType, type JsonContentTypeOptions } from './json-content-type';
import type { Middleware } from './reply';

export interface HttpSecurityOptions extends JsonContentTypeOptions {
  /** Host patterns (see `hostMatches`); `['*']` turns the Host check off. */
  allowedHosts: readonly string[];
  /** Paths answered whatever the Host header; default `/healthz`, `/readyz`. */
  hostCheckExemptPaths?: readonly string[];
}

/** Anything with `use(middleware)`: a Nest INestApplication or an Express app. */
export interface UsesMiddleware {
  use(middleware: Middleware): unknown;
}

/**
 * Installs the Host allow-list, then the JSON content-type rule. Call it right after NestFactory.create and
 * before app.init(): middleware added then runs before Nest's body parsers, so refused requests are never read.
 */
export function applyHttpSecurity(app: UsesMiddleware, options: HttpSecurityOptions): void {
  const exemptPaths = options.hostCheckExemptPaths ?? DEFAULT_HOST_CHECK_EXEMPT_PATHS;
  app.use(hostAllowList({ allowedHosts: options.allowedHosts, exemptPaths }));
  app.use(requireJsonContentType(options));
}
