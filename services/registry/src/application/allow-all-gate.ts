import { GateDecision, GovernanceGate } from './ports';

/**
 * A gate that allows every promotion, and the recorded PromotionAllowed says by what, so the audit trail never
 * suggests a policy looked at it. A fake for tests: the service asks governance (infrastructure/governance/).
 */
export class AllowAllGate implements GovernanceGate {
  static readonly REASON = 'allowed by the built-in allow-all policy (governance is not connected)';

  async evaluate(): Promise<GateDecision> {
    return { outcome: 'allow', reasons: [AllowAllGate.REASON] };
  }
}
