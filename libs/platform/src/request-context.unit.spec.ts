import { Metadata } from '@grpc/grpc-js';
import { contextFromHeaders, contextFromMetadata } from './request-context';

describe('the request context taken at the edge', () => {
  it('reads actor, request id and traceparent from headers (first of repeated ones)', () => {
    const headers = { 'x-cairn-actor': ['user:ada', 'user:eve'], 'x-request-id': 'r-1', traceparent: '00-abc-def-01' };
    expect(contextFromHeaders({ headers }, 'mlflow-client', 7)).toEqual({
      actor: 'user:ada',
      correlationId: 'r-1',
      traceparent: '00-abc-def-01',
      now: 7,
    });
  });

  it('treats an absent or empty header as not given: the default actor, a fresh request id, no trace', () => {
    const context = contextFromHeaders({ headers: { 'x-cairn-actor': '', 'x-request-id': '' } }, 'rest-client', 7);
    expect(context).toEqual({ actor: 'rest-client', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/), traceparent: null, now: 7 });
  });

  it('reads the same keys from gRPC metadata, with grpc-client as the default actor', () => {
    const metadata = new Metadata();
    metadata.set('x-cairn-actor', 'svc:registry');
    expect(contextFromMetadata(metadata, 9)).toMatchObject({ actor: 'svc:registry', traceparent: null, now: 9 });
    expect(contextFromMetadata(new Metadata(), 9).actor).toBe('grpc-client');
  });
});
