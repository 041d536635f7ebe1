import type { IncomingMessage } from 'node:http';
import { replyError, requestPath, type Middleware } from './reply';

/** Methods whose body a browser can send cross-site without a CORS preflight when it is form or text encoded. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** MLflow's JSON API lives under these prefixes (`_get_paths`). */
export const DEFAULT_JSON_PATH_PREFIXES = ['/api/', '/ajax-api/'] as const;

/** Binary uploads: PUT to an MLflow artifact path carries the file itself, whatever its type. */
export const DEFAULT_BINARY_UPLOAD_PREFIXES = [
  '/api/2.0/mlflow-artifacts/artifacts/',
  '/ajax-api/2.0/mlflow-artifacts/artifacts/',
] as const;

export interface JsonContentTypeOptions {
  jsonPathPrefixes?: readonly string[];
  /** PUT requests under these prefixes are exempt. */
  binaryUploadPrefixes?: readonly string[];
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * CSRF guard (CVE-2023-43472): a web page can POST cross-site without a preflight only as text/plain,
 * form-urlencoded or multipart, so a JSON API that refuses those cannot be driven from another origin.
 * Refuses a body-carrying POST/PUT/PATCH/DELETE whose media type is not application/json with 400
 * INVALID_PARAMETER_VALUE, as MLflow's `_validate_content_type` does.
 */
export function requireJsonContentType(options: JsonContentTypeOptions = {}): Middleware {
  const jsonPrefixes = options.jsonPathPrefixes ?? DEFAULT_JSON_PATH_PREFIXES;
  const binaryPrefixes = options.binaryUploadPrefixes ?? DEFAULT_BINARY_UPLOAD_PREFIXES;
  return (request, response, next) => {
    const method = request.method ?? 'GET';
    const path = requestPath(request.url);
    if (!BODY_METHODS.has(method) || !hasBody(request)) return next();
    if (!jsonPrefixes.some((prefix) => path.startsWith(prefix))) return next();
    if (method === 'PUT' && binaryPrefixes.some((prefix) => path.startsWith(prefix))) return next();
    const mediaType = (request.headers['content-type'] ?? '').split(';', 1)[0]?.trim().toLowerCase();
    if (mediaType === 'application/json') return next();
    const message = mediaType
      ? "Bad Request. Content-Type must be one of ['application/json']."
      : 'Bad Request. Content-Type header is missing.';
    replyError(response, 400, 'INVALID_PARAMETER_VALUE', message);
  };
}
