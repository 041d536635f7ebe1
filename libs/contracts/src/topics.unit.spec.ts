import { deadLetterTopic, inferenceTopic, parseStreamName, streamName, topicForStream, TOPICS } from './topics';

describe('stream names', () => {
  it('split into category and aggregate id at the first dash', () => {
    expect(parseStreamName('model-fraud-detector')).toEqual({ category: 'model', aggregateId: 'fraud-detector' });
    expect(streamName('deployment', 'fraud')).toBe('deployment-fraud');
  });

  it('with an unknown category or no aggregate id are not routed', () => {
    expect(parseStreamName('widget-1')).toBeUndefined();
    expect(parseStreamName('model-')).toBeUndefined();
    expect(parseStreamName('model')).toBeUndefined();
    expect(topicForStream('widget-1')).toBeUndefined();
  });

  it('route each category to its service topic', () => {
    expect(topicForStream('model-m')).toBe(TOPICS.registryEvents);
    expect(topicForStream('decision-123')).toBe(TOPICS.governanceEvents);
    expect(topicForStream('deployment-d')).toBe(TOPICS.servingEvents);
    expect(topicForStream('monitor-d')).toBe(TOPICS.monitoringEvents);
  });
});

describe('topic names', () => {
  it('dead-letter topic appends .dlq once', () => {
    expect(deadLetterTopic(TOPICS.registryEvents)).toBe('cairn.registry.events.dlq');
    expect(deadLetterTopic('cairn.registry.events.dlq')).toBe('cairn.registry.events.dlq');
  });

  it('inference topics refuse deployment names Kafka cannot hold', () => {
    expect(inferenceTopic('fraud-v2', 'requests')).toBe('cairn.inference.fraud-v2.requests');
    expect(() => inferenceTopic('a/b', 'responses')).toThrow(/cannot be part of a Kafka topic name/);
  });
});
