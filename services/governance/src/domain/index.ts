/** Governance's pure core (README.md beside this file): principals, policies, decisions, access checks, the CEL port. */
export * from './access';
export * from './cel-engine';
export * from './decision';
export * from './errors';
export * from './evaluation';
export * from './facts';
export * from './glob';
export * from './hash';
export * from './model';
export * from './policy';
export * from './policy-engine';
export * from './principal';
export * from './scope';
