/** The registry's pure core (README.md beside this file): one decider per `model-<name>` stream, its rules and queries. */
export * from './commands';
export * from './errors';
export { LIMITS } from './limits';
export * from './model';
export { decide, decideRename, evolve, evolveAll, registeredModelDecider, renamedFrom } from './registered-model';
export type { RenameDecision } from './registered-model';
export { nextVersion, normaliseLineage } from './model-version';
export { describeTarget, promotionChanges, promotionDeniedError, validateTarget } from './promotion';
export * from './queries';
export * from './validation';
