import { GateDecision, GovernanceGate } from './ports';

/**
 * The governance gate until governance's Evaluate is wired in (issue 6 replaces it behind the same port): every
 * promotion is allowed, and the recorded PromotionAllowed says by what, so the audit trail never suggests a
 * policy looked at it.
 */
export class AllowAllGate implements GovernanceGate {
  static readonly REASON = 'allowed by the built-in allow-all policy (governance is not connected)';

  async evaluate(): Promise<GateDecision> {
    return { outcome: 'allow', reasons: [AllowAllGate.REASON] };
  }
}
