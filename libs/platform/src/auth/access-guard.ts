import { PermissionDenied } from '@cairn/contracts';
import { CanActivate, ExecutionContext } from '@nestjs/common';
import { headerValue } from '../request-context';
import { AccessRule, actorFor, Authorizer, bearerToken } from './authorizer';

/** What an HTTP access rule sees of a request (after body parsing, so a rule may read the model name). */
export interface HttpCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  query: Record<string, unknown>;
}

/** A service's REST access rules: the operation a request needs; 'public' for none; undefined: no rule (refused). */
export type HttpAccessRules = (call: HttpCall) => AccessRule | 'public' | undefined;

/** Health and metrics are the only routes open without a token (probes and scrapers carry none). */
const PLATFORM_PUBLIC = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The REST edge of every service: the request's bearer token must be allowed the operation its route needs, before
 * the handler runs (a global Nest guard, so the service's error filter answers a refusal in its own format: 401 /
 * 403 with MLflow's `error_code` on MLflow routes). The caller then becomes the request's `x-cairn-actor`, which
 * every handler's RequestContext reads (`actorFor`: only an admin may name someone else).
 */
export class AccessGuard implements CanActivate {
  constructor(
    private readonly service: string,
    private readonly authorizer: Authorizer,
    private readonly rules: HttpAccessRules,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const path = request.path;
    if (PLATFORM_PUBLIC.has(path)) return true;
    const call: HttpCall = {
      method: request.method,
      path,
      body: isRecord(request.body) ? request.body : {},
      query: isRecord(request.query) ? request.query : {},
    };
    const rule = this.rules(call);
    if (rule === 'public') return true;
    if (rule === undefined) {
      throw new PermissionDenied('AUTH.NO_ACCESS_RULE', `${request.method} ${path} has no access rule; refused`, {
        method: request.method,
        path,
      });
    }
    const caller = await this.authorizer.authorize({
      ...rule,
      token: bearerToken(request.headers.authorization),
      service: this.service,
      method: `${request.method} ${path}`,
      correlationId: headerValue(request, 'x-request-id'),
    });
    request.headers['x-cairn-actor'] = actorFor(caller, headerValue(request, 'x-cairn-actor'));
    request.headers['x-cairn-caller'] = caller.principalId;
    return true;
  }
}

/** The parts of Express's request the guard reads. */
interface Request {
  method: string;
  path: string;
  body?: unknown;
  query?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
