import { EventStore } from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { CommandContext, Executed, PolicyRepository } from '../../application/ports';
import { decidePolicy, evolvePolicyAll, PolicyCommand, PolicyEngine, PolicyEvent, PolicyState, policyStream } from '../../domain';
import { StreamWriter } from './stream-writer';

/** `policy-<id>` on the event store, projected into `governance.policies` (StreamWriter's write path). */
export class PostgresPolicyRepository implements PolicyRepository {
  private readonly writer: StreamWriter;

  constructor(pool: Pool, store: EventStore, private readonly engine: PolicyEngine, maxAttempts = 5) {
    this.writer = new StreamWriter(pool, store, maxAttempts);
  }

  execute(command: PolicyCommand, context: CommandContext): Promise<Executed<PolicyEvent, PolicyState>> {
    const metadata = { now: new Date(context.now), actor: context.actor };
    return this.writer.execute<PolicyEvent, PolicyState>(
      policyStream(command.data.policyId),
      evolvePolicyAll,
      (state) => decidePolicy(command, state, metadata, { engine: this.engine }),
      context,
    );
  }
}
