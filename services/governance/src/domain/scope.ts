import { globMatches, isValidGlob } from './glob';
import { DecisionTarget, PolicyScope, STAGES } from './model';

/**
 * Policy scope matching (contracts: PolicyScopeSchema). A target entry is one of
 *   `*`                       anything
 *   `deployment`              any deployment;   `deployment:<glob>` deployments whose name matches
 *   `None` `Staging` `Production` `Archived` (any case), `stage:<Stage>`   that stage
 *   `<glob>`, `alias:<glob>`  aliases whose name matches (bare names that spell a stage are stages)
 */
export type TargetSelector =
  | { kind: 'any' }
  | { kind: 'stage'; stage: (typeof STAGES)[number] }
  | { kind: 'alias'; pattern: string }
  | { kind: 'deployment'; pattern: string };

const canonicalStage = (name: string) => STAGES.find((stage) => stage.toLowerCase() === name.toLowerCase());

/** The selector an entry spells, or a sentence saying why it spells none. */
export function parseTargetSelector(entry: string): TargetSelector | string {
  if (entry === '*') return { kind: 'any' };
  if (entry === 'deployment') return { kind: 'deployment', pattern: '*' };
  const colon = entry.indexOf(':');
  const prefix = colon > 0 ? entry.slice(0, colon) : undefined;
  const rest = colon > 0 ? entry.slice(colon + 1) : entry;
  if (prefix === 'stage') {
    const stage = canonicalStage(rest);
    return stage ? { kind: 'stage', stage } : `unknown stage "${rest}" (one of ${STAGES.join(', ')})`;
  }
  if (prefix === 'alias' || prefix === 'deployment') {
    return isValidGlob(rest) ? { kind: prefix, pattern: rest } : `"${entry}" is not a valid ${prefix} pattern`;
  }
  if (prefix !== undefined) return `unknown target kind "${prefix}" (stage:, alias: or deployment:)`;
  const stage = canonicalStage(entry);
  if (stage) return { kind: 'stage', stage };
  return isValidGlob(entry) ? { kind: 'alias', pattern: entry } : `"${entry}" is not a valid alias pattern`;
}

export function selectorMatches(selector: TargetSelector, target: DecisionTarget): boolean {
  switch (selector.kind) {
    case 'any':
      return true;
    case 'stage':
      return target.kind === 'stage' && canonicalStage(target.name) === selector.stage;
    case 'alias':
    case 'deployment':
      return target.kind === selector.kind && globMatches(selector.pattern, target.name);
  }
}

/** Does a policy with this scope apply to promoting / deploying `model` to `target`? */
export function scopeMatches(scope: PolicyScope, model: string, target: DecisionTarget): boolean {
  if (!globMatches(scope.modelPattern, model)) return false;
  return scope.targets.some((entry) => {
    const selector = parseTargetSelector(entry);
    return typeof selector !== 'string' && selectorMatches(selector, target);
  });
}

/** Problems with a scope, as sentences; empty when it is valid. */
export function scopeProblems(scope: PolicyScope): string[] {
  const problems: string[] = [];
  if (!isValidGlob(scope.modelPattern)) problems.push(`modelPattern "${scope.modelPattern}" is not a valid glob`);
  if (scope.targets.length === 0) problems.push('targets must name at least one target ("*" for all)');
  for (const entry of scope.targets) {
    const selector = parseTargetSelector(entry);
    if (typeof selector === 'string') problems.push(`target ${selector}`);
  }
  return problems;
}
