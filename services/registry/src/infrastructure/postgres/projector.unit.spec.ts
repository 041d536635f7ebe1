import { REGISTRY_EVENT_TYPES, RegistryEvent } from '../../domain';
import { projection, PROJECTIONS, Statement } from './projector';

const at = '2026-01-01T00:00:00.000Z';
const T = Date.parse(at) + 5_000;
const lineage = { runId: 'r1', datasets: [], codeVersion: { gitCommit: 'abc' }, metrics: [] };
const of = (event: RegistryEvent, occurredAt = at) => projection({ ...event, occurredAt } as never);
const compact = (statements: Statement[]) => statements.map((s) => ({ sql: s.text.replace(/\s+/g, ' ').trim(), values: s.values }));

describe('the read-model projector', () => {
  it('has one function per registry event type', () => {
    expect(Object.keys(PROJECTIONS).sort()).toEqual([...REGISTRY_EVENT_TYPES].sort());
  });

  it('writes only idempotent statements: an insert upserts or ignores an existing row, or follows a delete of the model', () => {
    let inserts = 0;
    for (const [type, handler] of Object.entries(PROJECTIONS)) {
      const statements = (handler as (data: unknown, occurredAt: string) => Statement[])(sample(), at);
      const clearsFirst = /^DELETE FROM registry.registered_models/.test(statements[0]?.text ?? '');
      for (const statement of statements.filter((s) => /^\s*INSERT/.test(s.text))) {
        inserts += 1;
        expect({ type, idempotent: clearsFirst || /ON CONFLICT/.test(statement.text) }).toEqual({ type, idempotent: true });
      }
    }
    expect(inserts).toBeGreaterThan(5);
  });

  it('RegisteredModelCreated without a timestamp (appended before the domain had one) takes the envelope time', () => {
    const [model, tags] = compact(of({ type: 'RegisteredModelCreated', data: { name: 'm', tags: [{ key: 'k', value: 'v' }] } }));
    expect(model.sql).toMatch(/^INSERT INTO registry.registered_models .* ON CONFLICT \(name\) DO NOTHING$/);
    expect(model.values).toEqual(['m', null, Date.parse(at)]);
    expect(tags.values).toEqual(['m', ['k'], ['v']]);
  });

  it('ModelVersionRegistered inserts a pending version at its storage location and moves the model\'s last update', () => {
    const statements = compact(
      of({
        type: 'ModelVersionRegistered',
        data: { name: 'm', version: 2, source: 'models:/m-1', storageLocation: 'mlflow-artifacts:/1/models/m-1/artifacts', modelId: 'm-1', tags: [], lineage, timestamp: T },
      }),
    );
    expect(statements).toHaveLength(2);
    expect(statements[0].sql).toMatch(/ON CONFLICT \(name, version\) DO NOTHING$/);
    expect(statements[0].values).toEqual([
      'm', 2, T, T, null, 'None', null, 'models:/m-1', 'mlflow-artifacts:/1/models/m-1/artifacts', null, 'm-1', null, 'PENDING_REGISTRATION', null, JSON.stringify(lineage),
    ]);
    expect(statements[1]).toEqual({ sql: 'UPDATE registry.registered_models SET last_updated_timestamp = $2 WHERE name = $1', values: ['m', T] });
  });

  it('a version registered before storage locations existed is stored at its source', () => {
    const [insert] = of({ type: 'ModelVersionRegistered', data: { name: 'm', version: 1, source: 'runs:/r/model', tags: [], lineage, timestamp: T } });
    expect(insert.values[8]).toBe('runs:/r/model');
  });

  it('StageTransitioned moves the version and both last-update times; ModelVersionReady only the version\'s', () => {
    expect(compact(of({ type: 'StageTransitioned', data: { name: 'm', version: 1, from: 'None', to: 'Staging', requestId: 'q', timestamp: T } }))).toEqual([
      {
        sql: 'UPDATE registry.model_versions SET current_stage = $4, last_updated_timestamp = $3 WHERE name = $1 AND version = $2',
        values: ['m', 1, T, 'Staging'],
      },
      { sql: 'UPDATE registry.registered_models SET last_updated_timestamp = $2 WHERE name = $1', values: ['m', T] },
    ]);
    expect(of({ type: 'ModelVersionReady', data: { name: 'm', version: 1, timestamp: T } })).toHaveLength(1);
  });

  it('tags and aliases move no timestamp', () => {
    for (const statement of [
      ...of({ type: 'RegisteredModelTagSet', data: { name: 'm', key: 'k', value: 'v', timestamp: T } }),
      ...of({ type: 'AliasAssigned', data: { name: 'm', alias: 'a', version: 1, requestId: 'q', timestamp: T } }),
      ...of({ type: 'AliasDeleted', data: { name: 'm', alias: 'a', version: 1, timestamp: T } }),
    ]) {
      expect(statement.text).not.toMatch(/last_updated_timestamp/);
    }
  });

  it('a rename deletes the old name\'s rows and RegisteredModelRenamedFrom rebuilds everything under the new one', () => {
    expect(compact(of({ type: 'RegisteredModelRenamed', data: { name: 'old', newName: 'new', timestamp: T } }))).toEqual([
      { sql: 'DELETE FROM registry.registered_models WHERE name = $1', values: ['old'] },
    ]);
    const statements = compact(
      of({
        type: 'RegisteredModelRenamedFrom',
        data: {
          name: 'new',
          previousName: 'old',
          timestamp: T,
          snapshot: {
            description: 'd',
            creationTimestamp: 1,
            lastUpdatedTimestamp: T,
            tags: [{ key: 'k', value: 'v' }],
            aliases: [{ alias: 'prod', version: 1 }],
            lastAllocatedVersion: 1,
            versions: [
              { version: 1, source: 's', status: 'READY', stage: 'Production', tags: [{ key: 't', value: 'u' }], lineage, creationTimestamp: 1, lastUpdatedTimestamp: T },
            ],
            promotions: [
              { requestId: 'q', version: 1, target: { kind: 'alias', alias: 'prod' }, requestedBy: 'ada', requestedAt: 1, status: 'allowed', reasons: [] },
            ],
          },
        },
      }),
    );
    expect(statements.map((s) => s.sql.split(' (')[0])).toEqual([
      'DELETE FROM registry.registered_models WHERE name = $1',
      'INSERT INTO registry.registered_models',
      'INSERT INTO registry.registered_model_tags',
      'INSERT INTO registry.model_versions',
      'INSERT INTO registry.model_version_tags',
      'INSERT INTO registry.aliases',
      'INSERT INTO registry.promotions',
    ]);
    expect(statements.every((s) => s.values[0] === 'new')).toBe(true);
  });

  it('promotion outcomes update the request row; an abandonment records its reason', () => {
    const [abandoned] = of({
      type: 'PromotionAbandoned',
      data: { name: 'm', requestId: 'q', version: 1, target: { kind: 'alias', alias: 'a' }, reason: 'governance unavailable', timestamp: T },
    });
    expect(abandoned.values).toEqual(['m', 'q', 'abandoned', null, null, JSON.stringify(['governance unavailable']), T]);
  });
});

/** A data object good enough for every handler to build its statements (their shapes, not their values, matter). */
function sample(): Record<string, unknown> {
  return {
    name: 'm',
    newName: 'n',
    previousName: 'o',
    version: 1,
    key: 'k',
    value: 'v',
    alias: 'a',
    source: 's',
    tags: [],
    lineage,
    requestId: 'q',
    target: { kind: 'alias', alias: 'a' },
    requestedBy: 'ada',
    reasons: [],
    reason: 'r',
    to: 'Staging',
    from: 'None',
    statusMessage: 'x',
    description: 'd',
    decisionId: 'dec',
    approvalsRequired: 1,
    timestamp: T,
    snapshot: { creationTimestamp: 1, lastUpdatedTimestamp: 1, tags: [], aliases: [], lastAllocatedVersion: 0, versions: [], promotions: [] },
  };
}
