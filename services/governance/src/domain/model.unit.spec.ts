import { topicForStream, TOPICS } from '@cairn/contracts';
import { GovernanceEvents } from '../../../../libs/contracts/src/events/governance';
import { accessStream, decisionStream, GOVERNANCE_EVENT_TYPES, policyStream, principalStream } from './model';

describe('the governance event list', () => {
  it("names exactly the contracts' governance events, so every evolve handles its own", () =>
    expect([...GOVERNANCE_EVENT_TYPES].sort()).toEqual(Object.keys(GovernanceEvents).sort()));

  it('every governance stream goes to cairn.governance.events', () => {
    for (const stream of [
      principalStream('user:alice'),
      policyStream('min-accuracy'),
      decisionStream('4a0c'),
      accessStream(new Date(Date.UTC(2026, 10, 27, 23, 59))),
    ]) {
      expect(topicForStream(stream)).toBe(TOPICS.governanceEvents);
    }
    expect(accessStream(new Date(Date.UTC(2026, 10, 27, 23, 59)))).toBe('access-2026-11-27');
  });
});
