import { z } from 'zod';
import { replyError, requestPath, type Middleware } from './reply';

/** CAIRN_ALLOWED_HOSTS's default: loopback names, any port (MLflow's localhost defaults, minus private ranges). */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Probes come from orchestrators that address the pod by IP; MLflow exempts its /health likewise. */
export const DEFAULT_HOST_CHECK_EXEMPT_PATHS = ['/healthz', '/readyz'] as const;

/** Splits a comma list, trimming and lower-casing; an empty or blank value gives the defaults. */
export function parseAllowedHosts(value: string | undefined): string[] {
  const hosts = (value ?? '').split(',').map((host) => host.trim().toLowerCase()).filter((host) => host !== '');
  return hosts.length > 0 ? hosts : [...DEFAULT_ALLOWED_HOSTS];
}

/**
 * One allow-list entry against a Host header value. An entry without a port allows that name on any port
 * (`localhost` ⇒ `localhost`, `localhost:8081`); with a port, only that port. `*` matches any run of
 * characters (`*.corp.example`, `10.*`); a lone `*` allows every host.
 */
export function hostMatches(pattern: string, host: string): boolean {
  return hostMatcher([pattern])(host);
}

export function isAllowedHost(patterns: readonly string[], host: string | undefined): boolean {
  return hostMatcher(patterns)(host);
}

/** Compiles the allow-list once (the middleware runs on every request) into one predicate over Host values. */
export function hostMatcher(patterns: readonly string[]): (host: string | undefined) => boolean {
  const wanted = patterns.map((pattern) => pattern.toLowerCase());
  if (wanted.includes('*')) return (host) => Boolean(host);
  const regexps = wanted.flatMap((pattern) => (hasPort(pattern) ? [pattern] : [pattern, `${pattern}:*`])).map(globToRegExp);
  return (host) => {
    if (!host) return false;
    const actual = host.trim().toLowerCase();
    return regexps.some((regexp) => regexp.test(actual));
  };
}

export interface HostAllowListOptions {
  allowedHosts: readonly string[];
  exemptPaths?: readonly string[];
}

/**
 * DNS-rebinding guard (CVE-2025-14279): a page on evil.example that re-points its name to 127.0.0.1 still sends
 * `Host: evil.example`, so only requests naming an allowed host reach the service. 403 PERMISSION_DENIED,
 * with MLflow's message, as MLflow's `--allowed-hosts` check answers 403.
 */
export function hostAllowList(options: HostAllowListOptions): Middleware {
  const exempt = new Set(options.exemptPaths ?? DEFAULT_HOST_CHECK_EXEMPT_PATHS);
  const allowed = hostMatcher(options.allowedHosts);
  return (request, response, next) => {
    if (exempt.has(requestPath(request.url)) || allowed(request.headers.host)) return next();
    replyError(response, 403, 'PERMISSION_DENIED', 'Invalid Host header - possible DNS rebinding attack detected');
  };
}

function hasPort(pattern: string): boolean {
  // `[::1]:8080` or `name:8080`; a bare IPv6 literal in brackets has no port.
  return pattern.startsWith('[') ? /\]:/.test(pattern) : pattern.includes(':');
}

function globToRegExp(glob: string): RegExp {
  const body = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`);
}

/** For a service's config schema: `CAIRN_ALLOWED_HOSTS: allowedHostsSchema` gives the parsed list. */
export const allowedHostsSchema = z.string().optional().transform(parseAllowedHosts);
