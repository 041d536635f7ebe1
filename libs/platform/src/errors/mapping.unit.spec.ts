import { AlreadyExists, CairnError, Conflict, ErrorKind, InvalidArgument, NotFound } from '@cairn/contracts';
import { status } from '@grpc/grpc-js';
import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { GRPC_ERROR_CODE_KEY, toGrpcError, toGrpcStatus, unary } from './grpc';
import { mlflowCodeForStatus, toHttp } from './http';
import { renderHttpError } from './http-error.filter';

const KINDS: ErrorKind[] = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  'FAILED_PRECONDITION',
  'PERMISSION_DENIED',
  'UNAUTHENTICATED',
  'UNAVAILABLE',
  'INTERNAL',
];

describe('the REST table', () => {
  it.each([
    ['INVALID_ARGUMENT', 400, 'INVALID_PARAMETER_VALUE'],
    ['NOT_FOUND', 404, 'RESOURCE_DOES_NOT_EXIST'],
    ['ALREADY_EXISTS', 400, 'RESOURCE_ALREADY_EXISTS'],
    ['CONFLICT', 409, 'ABORTED'],
    ['FAILED_PRECONDITION', 400, 'BAD_REQUEST'],
    ['PERMISSION_DENIED', 403, 'PERMISSION_DENIED'],
    ['UNAUTHENTICATED', 401, 'UNAUTHENTICATED'],
    ['UNAVAILABLE', 503, 'TEMPORARILY_UNAVAILABLE'],
    ['INTERNAL', 500, 'INTERNAL_ERROR'],
  ] as const)('%s is HTTP %i with MLflow error_code %s', (kind, httpStatus, code) => {
    expect(toHttp(kind)).toEqual({ status: httpStatus, mlflowErrorCode: code });
  });

  it('Nest and body-parser statuses map to MLflow codes, 4xx never to INTERNAL_ERROR', () => {
    expect(mlflowCodeForStatus(404)).toBe('ENDPOINT_NOT_FOUND');
    expect(mlflowCodeForStatus(400)).toBe('BAD_REQUEST');
    expect(mlflowCodeForStatus(413)).toBe('BAD_REQUEST');
    expect(mlflowCodeForStatus(503)).toBe('TEMPORARILY_UNAVAILABLE');
    expect(mlflowCodeForStatus(500)).toBe('INTERNAL_ERROR');
  });
});

describe('rendering an HTTP error', () => {
  it('a CairnError keeps its message under its mapped status', () => {
    expect(renderHttpError(new NotFound('TRACKING.RUN_NOT_FOUND', 'Run abc not found'))).toEqual({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'Run abc not found' },
    });
    expect(renderHttpError(new AlreadyExists('TRACKING.EXPERIMENT_EXISTS', 'exists')).status).toBe(400);
    expect(renderHttpError(new Conflict('EVENT_STORE.WRONG_EXPECTED_VERSION', 'stale')).body.error_code).toBe('ABORTED');
  });

  it('an unknown route is 404 ENDPOINT_NOT_FOUND', () => {
    expect(renderHttpError(new NotFoundException('Cannot GET /nope'))).toEqual({
      status: 404,
      body: { error_code: 'ENDPOINT_NOT_FOUND', message: 'Cannot GET /nope' },
    });
  });

  it('validation messages given as a list are joined', () => {
    expect(renderHttpError(new BadRequestException(['name must be a string', 'id is required'])).body.message).toBe(
      'name must be a string; id is required',
    );
  });

  it('a body-parser error (bad JSON) is the caller\'s 400, not a 500', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' });
    expect(renderHttpError(parseError)).toEqual({
      status: 400,
      body: { error_code: 'BAD_REQUEST', message: 'malformed JSON body: Unexpected token' },
    });
    expect(renderHttpError(new PayloadTooLargeException()).status).toBe(413);
  });

  it('an unknown error is a 500 that does not leak its message', () => {
    expect(renderHttpError(new Error('password=hunter2 in connection string'))).toEqual({
      status: 500,
      body: { error_code: 'INTERNAL_ERROR', message: 'internal error' },
    });
  });
});

describe('the gRPC table', () => {
  it.each([
    ['INVALID_ARGUMENT', status.INVALID_ARGUMENT, 3],
    ['NOT_FOUND', status.NOT_FOUND, 5],
    ['ALREADY_EXISTS', status.ALREADY_EXISTS, 6],
    ['CONFLICT', status.ABORTED, 10],
    ['FAILED_PRECONDITION', status.FAILED_PRECONDITION, 9],
    ['PERMISSION_DENIED', status.PERMISSION_DENIED, 7],
    ['UNAUTHENTICATED', status.UNAUTHENTICATED, 16],
    ['UNAVAILABLE', status.UNAVAILABLE, 14],
    ['INTERNAL', status.INTERNAL, 13],
  ] as const)('%s is gRPC status %i', (kind, code, number) => {
    expect(toGrpcStatus(kind)).toBe(code);
    expect(code).toBe(number);
  });

  it('covers every kind in both tables', () => {
    for (const kind of KINDS) {
      expect(toGrpcStatus(kind)).toEqual(expect.any(Number));
      expect(toHttp(kind).status).toEqual(expect.any(Number));
    }
  });

  it('a CairnError becomes a gRPC error with its message and stable code in the trailers', () => {
    const error = toGrpcError(new InvalidArgument('REGISTRY.BAD_ALIAS', 'alias must be lower case'));
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('alias must be lower case');
    expect(error.metadata?.get(GRPC_ERROR_CODE_KEY)).toEqual(['REGISTRY.BAD_ALIAS']);
  });

  it('an unknown error is INTERNAL without its message', () => {
    const error = toGrpcError(new TypeError('x is undefined'));
    expect(error.code).toBe(status.INTERNAL);
    expect(error.details).toBe('internal error');
    expect(toGrpcError(new CairnError('INTERNAL', 'X.BROKEN', 'projection is behind')).details).toBe('projection is behind');
  });
});

describe('a unary gRPC handler wrapped by unary()', () => {
  const call = { request: { name: 'm' } } as never;

  it('answers with what the handler resolves', async () => {
    const callback = jest.fn();
    unary(async (request: { name: string }) => ({ echoed: request.name }))(call, callback);
    await new Promise(setImmediate);
    expect(callback).toHaveBeenCalledWith(null, { echoed: 'm' });
  });

  it('answers a thrown CairnError with its mapped status, and reports only unknown errors', async () => {
    const callback = jest.fn();
    const onInternal = jest.fn();
    unary(async () => {
      throw new NotFound('REGISTRY.MODEL_NOT_FOUND', 'no model m');
    }, onInternal)(call, callback);
    unary(async () => {
      throw new Error('bug');
    }, onInternal)(call, callback);
    await new Promise(setImmediate);
    expect(callback.mock.calls.map(([error]) => [error.code, error.details])).toEqual([
      [status.NOT_FOUND, 'no model m'],
      [status.INTERNAL, 'internal error'],
    ]);
    expect(onInternal).toHaveBeenCalledTimes(1);
  });
});
