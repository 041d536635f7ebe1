import { checkRetry } from './idempotency';

const a = 'aaaaaaaa-0000-4000-8000-000000000001';
const b = 'aaaaaaaa-0000-4000-8000-000000000002';

describe('checkRetry', () => {
  it('ids never stored: a new append', () => {
    expect(checkRetry('s-1', [a, b], [])).toEqual({ kind: 'new' });
  });

  it('all ids stored in this stream, consecutively and in order: a retry', () => {
    const stored = [
      { id: a, stream: 's-1', version: 4 },
      { id: b, stream: 's-1', version: 5 },
    ];
    expect(checkRetry('s-1', [a, b], stored)).toEqual({ kind: 'retry' });
  });

  it('an id stored in another stream: DUPLICATE_EVENT_ID naming that stream', () => {
    const result = checkRetry('s-1', [a], [{ id: a, stream: 's-2', version: 1 }]);
    expect(result.kind).toBe('duplicate');
    if (result.kind === 'duplicate') {
      expect(result.error.code).toBe('EVENT_STORE.DUPLICATE_EVENT_ID');
      expect(result.error.context).toMatchObject({ id: a, storedStream: 's-2' });
    }
  });

  it('only some ids stored: a duplicate, not a retry', () => {
    expect(checkRetry('s-1', [a, b], [{ id: a, stream: 's-1', version: 1 }]).kind).toBe('duplicate');
  });

  it('the same ids in another order: a duplicate', () => {
    const stored = [
      { id: b, stream: 's-1', version: 1 },
      { id: a, stream: 's-1', version: 2 },
    ];
    expect(checkRetry('s-1', [a, b], stored).kind).toBe('duplicate');
  });

  it('the same ids with another event between them: a duplicate', () => {
    const stored = [
      { id: a, stream: 's-1', version: 1 },
      { id: b, stream: 's-1', version: 3 },
    ];
    expect(checkRetry('s-1', [a, b], stored).kind).toBe('duplicate');
  });
});
