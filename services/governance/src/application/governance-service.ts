import { PolicyEngine } from '../domain';
import { Decisions } from './decisions';
import { ActorResolver, DecisionRepository, GovernanceReads, PolicyCatalog, PolicyRepository } from './ports';
import { Policies } from './policies';

export interface GovernanceDependencies {
  policies: PolicyRepository;
  decisions: DecisionRepository;
  reads: GovernanceReads;
  catalog: PolicyCatalog;
  actors: ActorResolver;
  engine: PolicyEngine;
  newId: () => string;
}

/**
 * Governance's protocol-neutral core (STYLE.md rule 8): the gRPC handlers and the REST controllers call it, each
 * only converting payloads. Two use-case groups over the ports in `ports.ts`.
 */
export class GovernanceService {
  readonly policies: Policies;
  readonly decisions: Decisions;

  constructor(deps: GovernanceDependencies) {
    this.policies = new Policies(deps.policies, deps.reads);
    this.decisions = new Decisions({
      repository: deps.decisions,
      reads: deps.reads,
      catalog: deps.catalog,
      actors: deps.actors,
      engine: deps.engine,
      newId: deps.newId,
    });
  }
}
