import { CairnError } from '@cairn/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import type { Logger } from '../logger';
import { LOGGER } from '../tokens';
import { mlflowCodeForStatus, MlflowErrorCode, toHttp } from './http';

interface Reply {
  status(code: number): Reply;
  json(body: unknown): void;
  headersSent: boolean;
}

interface RequestLike {
  method?: string;
  originalUrl?: string;
}

interface Rendered {
  status: number;
  body: { error_code: MlflowErrorCode; message: string };
}

/** body-parser's errors (bad JSON, body too large) carry an HTTP status and a `type`; they are the caller's fault. */
function isClientHttpError(error: unknown): error is { status: number; message: string; type: string } {
  const candidate = error as { status?: unknown; type?: unknown };
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    typeof candidate.type === 'string'
  );
}

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

export function renderHttpError(exception: unknown): Rendered {
  if (exception instanceof CairnError) {
    const { status, mlflowErrorCode } = toHttp(exception.kind);
    return { status, body: { error_code: mlflowErrorCode, message: exception.message } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, body: { error_code: mlflowCodeForStatus(status), message: httpExceptionMessage(exception) } };
  }
  if (isClientHttpError(exception)) {
    const message =
      exception.type === 'entity.parse.failed' ? `malformed JSON body: ${exception.message}` : exception.message;
    return { status: exception.status, body: { error_code: mlflowCodeForStatus(exception.status), message } };
  }
  return { status: 500, body: { error_code: 'INTERNAL_ERROR', message: 'internal error' } };
}

/**
 * Renders every HTTP error MLflow-style, `{"error_code", "message"}`, so the mlflow client raises the exception
 * it would against MLflow. Unknown errors become a bare 500 and are logged with their stack; caller mistakes
 * are logged at debug only. A controller that speaks another protocol (KServe V2) binds its own filter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<Reply>();
    const request = http.getRequest<RequestLike>();
    const { status, body } = renderHttpError(exception);
    const fields = { method: request.method, url: request.originalUrl, status, error_code: body.error_code };
    if (status >= 500) this.logger.error({ ...fields, err: exception }, 'request failed');
    else this.logger.debug({ ...fields, message: body.message }, 'request rejected');
    if (reply.headersSent) return;
    reply.status(status).json(body);
  }
}
