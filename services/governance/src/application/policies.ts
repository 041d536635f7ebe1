import { PolicyState, PolicyVersion, PublishPolicyVersion, RetirePolicy } from '../domain';
import { CommandContext, GovernanceReads, PolicyRepository } from './ports';
import { PolicyView } from './views';

export type PublishPolicyRequest = PublishPolicyVersion['data'];
export type RetirePolicyRequest = RetirePolicy['data'];

/** Publishing and retiring policies (one `policy-<id>` stream each), and listing them from the read model. */
export class Policies {
  constructor(
    private readonly repository: PolicyRepository,
    private readonly reads: GovernanceReads,
  ) {}

  /**
   * A new version (or none, when identical to the current one). A source that does not compile is refused by the
   * decider with INVALID_ARGUMENT naming each error's line:column.
   */
  async publish(request: PublishPolicyRequest, context: CommandContext): Promise<PolicyView> {
    const { state } = await this.repository.execute({ type: 'PublishPolicyVersion', data: request }, context);
    return policyView(state);
  }

  async retire(request: RetirePolicyRequest, context: CommandContext): Promise<PolicyView> {
    const { state } = await this.repository.execute({ type: 'RetirePolicy', data: request }, context);
    return policyView(state);
  }

  list(options: { includeRetired?: boolean } = {}): Promise<PolicyView[]> {
    return this.reads.listPolicies({ includeRetired: options.includeRetired ?? false });
  }
}

/** The answer straight from the folded stream: the command's own result, whatever the read model's lag. */
function policyView(state: PolicyState): PolicyView {
  if (state.kind === 'empty') throw new Error('a policy command left its stream empty');
  const view = fromVersion(state.policy);
  return state.kind === 'retired' ? { ...view, retiredAt: state.retiredAt } : view;
}

export function fromVersion(p: PolicyVersion): PolicyView {
  return {
    policyId: p.policyId,
    version: p.version,
    name: p.name,
    description: p.description,
    scope: p.scope,
    effect: p.effect,
    ...(p.approvals !== undefined ? { approvals: p.approvals } : {}),
    message: p.message,
    source: p.source,
    hash: p.hash,
    publishedBy: p.publishedBy,
    publishedAt: p.publishedAt,
  };
}
