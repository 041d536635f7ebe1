import { CairnError, ErrorContext, latestMetricValues, Unavailable } from '@cairn/contracts';
import { status } from '@grpc/grpc-js';
import type { Lineage, PolicyRef, PromotionTarget } from '../../domain';
import type { GateDecision, PromotionRequest } from '../../application/ports';
// Types generated from proto/cairn/governance/v1 (governance's `npm run proto:gen`): the contract, never retyped.
import type { EvaluateRequest } from '../../../../governance/src/grpc/generated/cairn/governance/v1/EvaluateRequest';
import type { EvaluateResponse__Output } from '../../../../governance/src/grpc/generated/cairn/governance/v1/EvaluateResponse';
import type { Facts } from '../../../../governance/src/grpc/generated/cairn/governance/v1/Facts';
import type { Target } from '../../../../governance/src/grpc/generated/cairn/governance/v1/Target';

/** Stable codes of what can go wrong between the registry and governance's Evaluate. */
export const GOVERNANCE_GATE_ERRORS = {
  /** Unreachable, timed out or failing on its side: the registry answers UNAVAILABLE, the client may retry. */
  unavailable: 'REGISTRY.GOVERNANCE_UNAVAILABLE',
  /** Governance refused what we sent (INVALID_ARGUMENT, our token, …): a bug or misconfiguration here, INTERNAL. */
  refused: 'REGISTRY.GOVERNANCE_REFUSED_REQUEST',
  /** An answer this build cannot read (an unknown outcome): INTERNAL, never guessed into an allow. */
  badAnswer: 'REGISTRY.GOVERNANCE_BAD_ANSWER',
} as const;

/**
 * The version's latest value of each metric (the contracts' `latestMetricValues`, as governance reads the same
 * lineage). MLflow's non-finite values, spelled out in events, go as the doubles they stand for.
 */
export function latestMetrics(metrics: Lineage['metrics']): Record<string, number> {
  return Object.fromEntries(Object.entries(latestMetricValues(metrics)).map(([key, value]) => [key, Number(value)]));
}

export function targetOf(target: PromotionTarget): Target {
  return target.kind === 'alias' ? { kind: 'alias', name: target.alias } : { kind: 'stage', name: target.stage };
}

/**
 * PromotionRequest → EvaluateRequest. The requester goes by id only, with NO roles: governance resolves a
 * principal's roles itself (its tokens / roles projection), so the registry cannot raise anyone's rights by
 * claiming them. `decision_id` stays empty (governance names the decision): the registry never retries an Evaluate,
 * it abandons the request instead. The run's params have no slot in `Facts` and are not sent.
 */
export function evaluateRequestOf(request: PromotionRequest): EvaluateRequest {
  const { lineage } = request;
  const facts: Facts = {
    tags: Object.fromEntries((request.tags ?? []).map(({ key, value }) => [key, value])),
    metrics: latestMetrics(lineage.metrics),
    lineage: {
      ...(lineage.runId ? { run: lineage.runId } : {}),
      datasets: lineage.datasets.map((d) => ({
        name: d.name,
        digest: d.digest,
        source: d.source ?? '',
        ...(d.context ? { context: d.context } : {}),
      })),
      ...(lineage.codeVersion.gitCommit ? { code_version: lineage.codeVersion.gitCommit } : {}),
    },
    data_quality: {},
  };
  return {
    subject: { model: request.name, version: request.version, target: targetOf(request.target), request_id: request.requestId },
    requester: { id: request.requester, roles: [] },
    facts,
  };
}

const policyRefs = (response: EvaluateResponse__Output): PolicyRef[] =>
  response.policies.map((p) => ({ id: p.policy_id, version: p.version }));

/** EvaluateResponse → GateDecision. An outcome this build does not know is an error, never an allow. */
export function gateDecisionOf(response: EvaluateResponse__Output, request: Pick<PromotionRequest, 'name' | 'version' | 'requestId'>): GateDecision {
  const decisionId = response.decision_id || undefined;
  const common = { policies: policyRefs(response), reasons: [...response.reasons] };
  switch (response.outcome) {
    case 'allow':
      return { outcome: 'allow', ...(decisionId ? { decisionId } : {}), ...common };
    case 'deny':
      return { outcome: 'deny', ...(decisionId ? { decisionId } : {}), ...common };
    case 'needs-approval':
      if (!decisionId) throw badAnswer('a needs-approval answer without a decision id', response, request);
      return { outcome: 'needs-approval', decisionId, approvalsRequired: response.approvals_required ?? 1, ...common };
    default:
      throw badAnswer(`unknown outcome "${response.outcome}"`, response, request);
  }
}

function badAnswer(what: string, response: EvaluateResponse__Output, request: Pick<PromotionRequest, 'name' | 'version' | 'requestId'>): CairnError {
  return new CairnError('INTERNAL', GOVERNANCE_GATE_ERRORS.badAnswer, `Governance's Evaluate answered ${what}.`, {
    name: request.name,
    version: request.version,
    requestId: request.requestId,
    decisionId: response.decision_id,
    outcome: response.outcome,
  });
}

/**
 * Statuses that say the registry sent something wrong or is not allowed to ask: retrying cannot help, so the
 * caller gets INTERNAL (and the log the context), not a "try again" UNAVAILABLE.
 */
const OUR_FAULT = new Set<number>([
  status.INVALID_ARGUMENT,
  status.NOT_FOUND,
  status.ALREADY_EXISTS,
  status.FAILED_PRECONDITION,
  status.PERMISSION_DENIED,
  status.UNAUTHENTICATED,
  status.UNIMPLEMENTED,
  status.OUT_OF_RANGE,
]);

export interface GrpcFailure {
  code?: number;
  details?: string;
  message?: string;
  /** The `cairn-error-code` trailer, when governance sent one. */
  cairnCode?: string;
}

/** A failed Evaluate → the error the port throws: UNAVAILABLE (try again) or INTERNAL (our bug, with context). */
export function gateErrorOf(failure: GrpcFailure, request: Pick<PromotionRequest, 'name' | 'version' | 'requestId'>): CairnError {
  const why = failure.details || failure.message || 'no details';
  const context: ErrorContext = {
    name: request.name,
    version: request.version,
    requestId: request.requestId,
    grpcStatus: failure.code,
    ...(failure.cairnCode ? { governanceCode: failure.cairnCode } : {}),
  };
  if (failure.code !== undefined && OUR_FAULT.has(failure.code)) {
    return new CairnError(
      'INTERNAL',
      GOVERNANCE_GATE_ERRORS.refused,
      `Governance refused the registry's Evaluate (${status[failure.code]}${failure.cairnCode ? ` ${failure.cairnCode}` : ''}): ${why}`,
      context,
    );
  }
  return new Unavailable(GOVERNANCE_GATE_ERRORS.unavailable, `governance could not answer Evaluate: ${why}`, context);
}
