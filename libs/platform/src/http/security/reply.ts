import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MlflowErrorCode } from '../../errors/http';

/** Middleware runs before Nest's exception filter, so it writes the MLflow-style error body itself. */
export function replyError(response: ServerResponse, status: number, errorCode: MlflowErrorCode, message: string): void {
  const body = JSON.stringify({ error_code: errorCode, message });
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(body);
}

/** Plain connect/express middleware, so the same guard serves any Node HTTP stack. */
export type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The request path without the query string, as sent (not decoded). */
export function requestPath(url: string | undefined): string {
  return (url ?? '/').split('?', 1)[0] ?? '/';
}
