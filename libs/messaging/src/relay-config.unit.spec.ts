import { TOPICS } from '@cairn/contracts';
import { parseCategories, relayConfigFromEnv, relayTopics, suffixedRoute } from './relay-config';

const base = { CAIRN_DATABASE_URL: 'postgres://x', KAFKA_BROKERS: 'k:1', CAIRN_RELAY_NAME: 'registry' };

describe('relay configuration from the environment', () => {
  it('defaults to every category, the eventstore schema and no suffix', () => {
    expect(relayConfigFromEnv(base)).toEqual({
      databaseUrl: 'postgres://x',
      brokers: 'k:1',
      name: 'registry',
      schema: 'eventstore',
      categories: undefined,
      topicSuffix: '',
    });
  });

  it('missing CAIRN_RELAY_NAME is an error naming it', () => {
    expect(() => relayConfigFromEnv({ ...base, CAIRN_RELAY_NAME: ' ' })).toThrow('CAIRN_RELAY_NAME is required');
  });

  it('categories are a checked comma list', () => {
    expect(parseCategories(' model, deployment ')).toEqual(['model', 'deployment']);
    expect(() => parseCategories('model,modle')).toThrow(/unknown stream category "modle"/);
  });

  it('a topic suffix isolates the routed topics', () => {
    expect(suffixedRoute('.t1')('probe-a')).toBe(`${TOPICS.diagnosticsEvents}.t1`);
    expect(suffixedRoute('.t1')('scratch-a')).toBeUndefined();
    expect(relayTopics(['run', 'experiment', 'model'], '')).toEqual([TOPICS.trackingEvents, TOPICS.registryEvents]);
    expect(() => relayConfigFromEnv({ ...base, CAIRN_RELAY_TOPIC_SUFFIX: 'a b' })).toThrow();
  });
});
