import { CairnEvent } from '@cairn/contracts';
import type { CommandContext } from '../application/ports';

/**
 * The actor of what the registry appends when governance's events finish a promotion: governance decided it; the
 * people who approved or rejected are in the events' data (`approvedBy` of PromotionAllowed, `rejectedBy` of
 * PromotionDenied). One actor for every such change keeps "who moved this alias" answerable as "governance, on the
 * approval of …", and never names a person for a write they did not make themselves.
 */
export const GOVERNANCE_ACTOR = 'service:governance';

/** What a governance event asks of the registry's promotions. */
export type GovernanceVerdict =
  | { kind: 'approved'; decisionId: string; model: string; requestId?: string; approvedBy: string[] }
  | { kind: 'rejected'; decisionId: string; model: string; requestId?: string; rejectedBy: string; reasons: string[] };

/** PromotionApproved / PromotionRejected → a verdict; every other governance event is none of the registry's business. */
export function verdictOf(event: CairnEvent): GovernanceVerdict | null {
  switch (event.type) {
    case 'PromotionApproved': {
      const { decisionId, subject, approvedBy } = event.data;
      return { kind: 'approved', decisionId, model: subject.model, ...(subject.requestId ? { requestId: subject.requestId } : {}), approvedBy };
    }
    case 'PromotionRejected': {
      const { decisionId, subject, rejectedBy, reasons } = event.data;
      return {
        kind: 'rejected',
        decisionId,
        model: subject.model,
        ...(subject.requestId ? { requestId: subject.requestId } : {}),
        rejectedBy,
        reasons,
      };
    }
    default:
      return null;
  }
}

/**
 * The command context of the completion: governance as the actor, the event's correlation id and trace (so the
 * registry's AliasAssigned joins the approval's trace), the registry's clock (the change happens now).
 */
export function verdictContext(event: CairnEvent, now: number): CommandContext {
  return { actor: GOVERNANCE_ACTOR, correlationId: event.correlationId, traceparent: event.traceparent ?? null, now };
}
