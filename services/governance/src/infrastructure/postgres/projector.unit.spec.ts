import { escapeLiteral } from 'pg';
import { auditRow, inlineBatch, inlineStatement, isGovernanceStream, projection, quote } from './projector';

/** The projector's statements, from events alone (no database). */
describe('the governance projector', () => {
  it('given ApprovalGranted, then a guarded append so a replay does not count the approver twice', () => {
    const [statement] = projection({ type: 'ApprovalGranted', data: { decisionId: 'd', approver: 'u', approvals: 1, approvalsRequired: 2, timestamp: 1 } });
    expect(statement.text).toMatch(/NOT \(\$2 = ANY \(approvers\)\)/);
    expect(statement.values).toEqual(['d', 'u']);
  });

  it('given PolicyVersionPublished, then an upsert that never moves a policy back to an older version', () => {
    const [statement] = projection({
      type: 'PolicyVersionPublished',
      data: { policyId: 'p', version: 2, name: 'n', description: '', source: 's', hash: 'h', scope: { modelPattern: '*', targets: ['*'] }, effect: 'deny-unless', message: 'm', publishedBy: 'a', timestamp: 1 },
    });
    expect(statement.text).toMatch(/WHERE governance\.policies\.version <= excluded\.version/);
  });

  it('given a principal or access event, then no read-model statement but an audit row', () => {
    expect(projection({ type: 'AccessDenied', data: {} })).toEqual([]);
    const row = auditRow({ id: 'e', stream: 'access-2026-11-23', version: 1, globalPosition: 42n, type: 'AccessDenied', actor: 'u', occurredAt: 'now', data: { principalId: 'u' } });
    expect(row.values.slice(0, 3)).toEqual(['42', 'e', 'access-2026-11-23']);
  });

  it('audits exactly the governance categories', () => {
    expect(['policy-p', 'decision-d', 'principal-u', 'access-2026-11-23'].every(isGovernanceStream)).toBe(true);
    expect(['model-m', 'approvals-x', 'run-1'].some(isGovernanceStream)).toBe(false);
  });

  it('quotes a value as pg escapeLiteral does', () => {
    for (const value of ["a'b", 'a\\b', 'x\\\'y"z', '', 'plain', '{"m":"say \\"hi\\" it\'s"}', "''\\\\''"]) {
      expect(quote(value)).toBe(escapeLiteral(value));
    }
  });

  it('inlines values as quoted literals, $n replaced once, values never rescanned', () => {
    const text = inlineStatement({ text: 'SELECT $1, $2::jsonb, $3, $10', values: ['$2', { a: "it's" }, null, 1, 2, 3, 4, 5, 6, 7n] });
    expect(text).toBe(`SELECT '$2', '{"a":"it''s"}'::jsonb, NULL, '7'`);
    expect(inlineBatch([])).toBe('');
    expect(inlineBatch([{ text: 'SELECT $1', values: [1] }, { text: 'SELECT 2', values: [] }])).toBe("SELECT '1';\nSELECT 2;\n");
  });
});
