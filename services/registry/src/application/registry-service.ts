import { ModelVersions, CoreLogger } from './model-versions';
import { ArtifactVerifier, GovernanceGate, ModelRepository, RegistryReads, TrackingLookup } from './ports';
import { Promotions } from './promotions';
import { RegisteredModels } from './registered-models';
import { ArtifactVerification, VerificationOptions } from './verification';

export interface RegistryDependencies {
  repository: ModelRepository;
  reads: RegistryReads;
  tracking: TrackingLookup;
  verifier: ArtifactVerifier;
  gate: GovernanceGate;
  logger: CoreLogger;
  verification: VerificationOptions;
}

/**
 * The registry's protocol-neutral core (STYLE.md rule 8): the MLflow REST controllers call it now, a gRPC
 * handler and the governance consumer later. Three use-case groups over the same ports.
 */
export class RegistryService {
  readonly models: RegisteredModels;
  readonly versions: ModelVersions;
  readonly promotions: Promotions;
  private readonly verification: ArtifactVerification;

  constructor(deps: RegistryDependencies) {
    this.verification = new ArtifactVerification(deps.verifier, deps.verification);
    this.models = new RegisteredModels(deps.repository, deps.reads);
    this.versions = new ModelVersions(deps.repository, deps.reads, deps.tracking, this.verification, deps.logger);
    this.promotions = new Promotions(deps.repository, deps.gate, this.models, this.versions);
  }

  /** Restarts the artifact checks a previous process left unfinished. */
  resume(): Promise<number> {
    return this.versions.resumeChecks();
  }

  /** Resolves when no artifact check is running (tests). */
  checksIdle(): Promise<void> {
    return this.verification.idle();
  }

  /** Stops the background checks; their versions stay pending and are checked again after the next start. */
  stop(): Promise<void> {
    return this.verification.stop();
  }
}
