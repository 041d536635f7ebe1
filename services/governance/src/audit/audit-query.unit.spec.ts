import { decodePageToken, encodePageToken, nextPageToken, parseAuditQuery } from './audit-query';

const invalidArgument = (message: RegExp) => expect.objectContaining({ kind: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });

describe('parseAuditQuery', () => {
  it('no filters: every event, 100 per page', () => {
    expect(parseAuditQuery({})).toEqual({ filter: {}, maxResults: 100 });
    // proto3 defaults (0, '') mean unset too.
    expect(parseAuditQuery({ max_results: 0, after_position: '0', page_token: '', model: '' })).toEqual({ filter: {}, maxResults: 100 });
  });

  it('reads every filter from query-string text', () => {
    expect(
      parseAuditQuery({
        model: ' fraud ',
        version: '3',
        deployment: 'fraud-prod',
        actor: 'user:bob',
        type: ['AliasAssigned,PolicyEvaluated', 'AliasAssigned'],
        from: '2026-11-01T00:00:00Z',
        to: '1793577600000',
        after_position: '17',
        max_results: '1000',
      }),
    ).toEqual({
      filter: {
        model: 'fraud',
        version: 3,
        deployment: 'fraud-prod',
        actor: 'user:bob',
        types: ['AliasAssigned', 'PolicyEvaluated'],
        from: Date.parse('2026-11-01T00:00:00Z'),
        to: 1793577600000,
        afterPosition: 17n,
      },
      maxResults: 1000,
    });
  });

  it.each([
    [{ version: '2' }, /version needs model/],
    [{ model: 'm', version: '0' }, /version must be an integer/],
    [{ model: 'm', version: '1.5' }, /version must be an integer/],
    [{ max_results: '1001' }, /max_results must be an integer from 0 to 1000/],
    [{ max_results: '-1' }, /max_results/],
    [{ from: 'yesterday' }, /from must be epoch milliseconds or an ISO-8601/],
    [{ from: '2026-11-02', to: '2026-11-01T00:00:00Z' }, /from must be epoch/],
    [{ from: '2000', to: '1000' }, /from must be before to/],
    [{ type: 'alias_assigned' }, /not an event type name/],
    [{ after_position: 'x' }, /after_position must be a position/],
    [{ actor: 'x'.repeat(513) }, /actor must be 1 to 512/],
    [{ page_token: 'garbage' }, /page_token is not a token/],
  ])('%j is INVALID_ARGUMENT', (raw, message) => {
    expect(() => parseAuditQuery(raw)).toThrow(invalidArgument(message));
  });
});

describe('page tokens', () => {
  it('round-trip the position under the same filters', () => {
    const filter = { model: 'fraud', types: ['B', 'A'] };
    const token = encodePageToken(123n, filter);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(token, { model: 'fraud', types: ['A', 'B'] })).toBe(123n);
    expect(parseAuditQuery({ model: 'fraud', type: 'B,A', page_token: token }).before).toBe(123n);
  });

  it('are refused with other filters, so a page is never silently skipped', () => {
    const token = encodePageToken(123n, { model: 'fraud' });
    expect(() => parseAuditQuery({ model: 'other', page_token: token })).toThrow(invalidArgument(/other filters/));
  });

  it('the next token points below the page, and there is none after the last page', () => {
    const query = parseAuditQuery({ actor: 'user:bob', max_results: '2' });
    const token = nextPageToken([9n, 7n], query, true);
    expect(parseAuditQuery({ actor: 'user:bob', max_results: '2', page_token: token }).before).toBe(7n);
    expect(nextPageToken([9n, 7n], query, false)).toBe('');
    expect(nextPageToken([], query, true)).toBe('');
  });
});
