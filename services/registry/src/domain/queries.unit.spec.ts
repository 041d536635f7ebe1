import { InvalidArgument, NotFound } from '@cairn/contracts';
import { aliasTarget, at, ev, withReadyVersions } from './decider-specification';
import { RegistryEvent } from './model';
import { aliasesOf, getModelVersion, latestVersions, pendingPromotions, requireModel, versionByAlias } from './queries';
import { evolveAll } from './registered-model';

describe('given versions across stages, one deleted and one pending', () => {
  const state = evolveAll([
    ...withReadyVersions(5),
    ev.staged('m', 1, 'None', 'Production'),
    ev.staged('m', 2, 'None', 'Production'),
    ev.staged('m', 3, 'None', 'Staging'),
    ev.staged('m', 4, 'None', 'Staging'),
    { type: 'ModelVersionDeleted', data: { name: 'm', version: 4, timestamp: at(70) } },
    ev.registered('m', 6),
  ]);
  const latest = (stages?: string[]) => latestVersions(state, 'm', stages).map((v) => [v.stage, v.version]);

  it('then latest versions without stages are the highest live version of every stage', () =>
    expect(latest()).toEqual([
      ['None', 6],
      ['Staging', 3],
      ['Production', 2],
    ]));

  it('then an empty stage list means every stage too', () => expect(latest([])).toEqual(latest()));

  it('then stages are matched case-insensitively', () =>
    expect(latest(['production', 'STAGING'])).toEqual([
      ['Staging', 3],
      ['Production', 2],
    ]));

  it('then a stage without versions is left out', () => expect(latest(['Archived'])).toEqual([]));

  it('then an unknown stage throws INVALID_ARGUMENT', () =>
    expect(() => latest(['Prod'])).toThrow(expect.objectContaining({ code: 'REGISTRY.INVALID_STAGE' })));

  it('then a pending version counts as latest (MLflow ignores status)', () =>
    expect(latestVersions(state, 'm', ['None'])[0]).toMatchObject({ version: 6, status: 'PENDING_REGISTRATION' }));

  it('then another model name is NOT_FOUND', () => expect(() => latestVersions(state, 'x')).toThrow(NotFound));
});

describe('given aliases', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.aliasAssigned('m', 'champion', 1),
    ev.aliasAssigned('m', 'stable', 1),
    ev.aliasAssigned('m', 'champion', 2),
  ];
  const state = evolveAll(history);

  it('then an alias resolves to the version it was last assigned', () =>
    expect(versionByAlias(state, 'm', 'champion').version).toBe(2));
  it('then each version lists its aliases', () => {
    expect(aliasesOf(requireModel(state, 'm'), 1)).toEqual(['stable']);
    expect(aliasesOf(requireModel(state, 'm'), 2)).toEqual(['champion']);
  });
  it('then an unknown alias is INVALID_ARGUMENT "Registered model alias <alias> not found." (as MLflow)', () =>
    expect(() => versionByAlias(state, 'm', 'nobody')).toThrow(
      expect.objectContaining({
        code: 'REGISTRY.ALIAS_NOT_FOUND',
        message: 'Registered model alias nobody not found.',
      }),
    ));
  it('then an invalid alias name is refused before the lookup', () =>
    expect(() => versionByAlias(state, 'm', 'v1')).toThrow(InvalidArgument));
  it('then a version can be read by number', () => expect(getModelVersion(state, 'm', 1).source).toContain('m-1'));
});

describe('given waiting and decided promotions', () => {
  it('then pendingPromotions lists the waiting ones, oldest first', () => {
    const state = evolveAll([
      ...withReadyVersions(2),
      ev.requested('m', 'a', 1, aliasTarget('x')),
      ev.requested('m', 'b', 2, aliasTarget('y')),
      ev.allowed('m', 'b', 2, aliasTarget('y')),
      ev.requested('m', 'c', 2, aliasTarget('z')),
      ev.awaiting('m', 'c', 2, aliasTarget('z')),
    ]);
    expect(pendingPromotions(requireModel(state, 'm')).map((p) => [p.requestId, p.status])).toEqual([
      ['a', 'requested'],
      ['c', 'awaiting-approval'],
    ]);
  });
});
