import { globMatches, isValidGlob } from './glob';
import { parseTargetSelector, scopeMatches, scopeProblems } from './scope';

describe('globs', () => {
  it.each([
    ['*', 'anything', true],
    ['*', '', true],
    ['fraud-*', 'fraud-detector', true],
    ['fraud-*', 'fraud-', true],
    ['fraud-*', 'churn', false],
    ['*-detector', 'fraud-detector', true],
    ['fraud-?', 'fraud-1', true],
    ['fraud-?', 'fraud-12', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbY', false],
    ['Fraud', 'fraud', false],
    ['f.o', 'fxo', false],
    ['f.o', 'f.o', true],
  ])('%s matches %s: %s', (pattern, name, expected) => expect(globMatches(pattern, name)).toBe(expected));

  it('match in linear-ish time whatever the pattern', () => {
    const started = Date.now();
    expect(globMatches(`${'a*'.repeat(100)}b`, 'a'.repeat(256))).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuse empty patterns and whitespace', () => {
    expect(isValidGlob('')).toBe(false);
    expect(isValidGlob('a b')).toBe(false);
    expect(isValidGlob('fraud-*')).toBe(true);
  });
});

describe('policy scopes', () => {
  const production = { kind: 'stage' as const, name: 'Production' };
  const champion = { kind: 'alias' as const, name: 'champion' };
  const deployment = { kind: 'deployment' as const, name: 'fraud-eu' };

  it.each([
    ['*', production, true],
    ['*', deployment, true],
    ['Production', production, true],
    ['production', production, true],
    ['stage:Production', production, true],
    ['Staging', production, false],
    ['Production', champion, false],
    ['champion', champion, true],
    ['alias:champ*', champion, true],
    ['alias:Production', { kind: 'alias' as const, name: 'Production' }, true],
    ['Production', { kind: 'alias' as const, name: 'Production' }, false],
    ['deployment', deployment, true],
    ['deployment', champion, false],
    ['deployment:fraud-*', deployment, true],
    ['deployment:churn-*', deployment, false],
  ])('target %s matches %j: %s', (entry, target, expected) =>
    expect(scopeMatches({ modelPattern: '*', targets: [entry] }, 'fraud-detector', target)).toBe(expected),
  );

  it('matches only models whose name matches the pattern', () => {
    expect(scopeMatches({ modelPattern: 'fraud-*', targets: ['*'] }, 'fraud-detector', champion)).toBe(true);
    expect(scopeMatches({ modelPattern: 'fraud-*', targets: ['*'] }, 'churn', champion)).toBe(false);
  });

  it('matches when any target entry matches', () =>
    expect(scopeMatches({ modelPattern: '*', targets: ['Staging', 'champion'] }, 'm', champion)).toBe(true));

  it('describes what is wrong with a scope', () => {
    expect(scopeProblems({ modelPattern: '*', targets: ['Production', 'alias:x', 'deployment:*'] })).toEqual([]);
    expect(scopeProblems({ modelPattern: '', targets: ['stage:Prod', 'zone:eu'] })).toEqual([
      'modelPattern "" is not a valid glob',
      'target unknown stage "Prod" (one of None, Staging, Production, Archived)',
      'target unknown target kind "zone" (stage:, alias: or deployment:)',
    ]);
    expect(parseTargetSelector('alias: x')).toMatch(/not a valid alias pattern/);
  });
});
