import { EventStore } from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { CommandContext, DecisionRepository, Executed } from '../../application/ports';
import {
  AccessEvent,
  accessStream,
  decideDecision,
  DecisionCommand,
  DecisionContext,
  DecisionEvent,
  DecisionState,
  decisionStream,
  evolveDecisionAll,
} from '../../domain';
import { StreamWriter } from './stream-writer';

/** `decision-<id>` on the event store, projected into `governance.decisions`; refusals go to `access-<day>`. */
export class PostgresDecisionRepository implements DecisionRepository {
  private readonly writer: StreamWriter;

  constructor(pool: Pool, store: EventStore, maxAttempts = 5) {
    this.writer = new StreamWriter(pool, store, maxAttempts);
  }

  execute(
    command: DecisionCommand,
    context: CommandContext,
    decisionContext?: DecisionContext,
  ): Promise<Executed<DecisionEvent, DecisionState>> {
    const metadata = { now: new Date(context.now), actor: context.actor };
    return this.writer.execute<DecisionEvent, DecisionState>(
      decisionStream(command.data.decisionId),
      evolveDecisionAll,
      (state) => decideDecision(command, state, metadata, decisionContext),
      context,
      // Evaluate opens its decision's stream: decide on the empty stream without reading it (a retry with the same
      // id finds the stream there, writes nothing and is answered from it).
      { assumeNew: command.type === 'Evaluate' },
    );
  }

  recordRefusal(event: AccessEvent, context: CommandContext): Promise<void> {
    return this.writer.appendAny(accessStream(new Date(context.now)), [event], context);
  }
}
