import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '../errors';
import { isKnownEventType, parseEvent, parseEventData } from '.';
import { RegistryEvents } from './registry';

const envelope = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: 'ProbeRecorded',
  stream: 'probe-e2e',
  version: 1,
  position: '42',
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: 'user:alice',
  causationId: null,
  correlationId: 'c-1',
  traceparent: null,
  data: { sequence: 3 },
  ...overrides,
});

describe('parseEvent', () => {
  it('accepts a well-formed envelope with valid data', () => {
    const event = parseEvent(envelope());
    expect(event.type).toBe('ProbeRecorded');
    expect(event.data).toEqual({ sequence: 3 });
  });

  it('rejects an envelope with a missing id, naming the field', () => {
    const { id: _id, ...withoutId } = envelope();
    expect(() => parseEvent(withoutId)).toThrow(/id:/);
  });

  it('rejects data that does not match the type schema with INVALID_EVENT_DATA', () => {
    try {
      parseEvent(envelope({ data: { sequence: -1 } }));
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgument);
      expect((error as InvalidArgument).code).toBe('CONTRACTS.INVALID_EVENT_DATA');
      expect((error as InvalidArgument).message).toMatch(/sequence/);
    }
  });

  it('rejects an unknown event type', () => {
    expect(() => parseEventData('Exploded', {})).toThrow(/unknown event type "Exploded"/);
  });
});

describe('registry events', () => {
  const champion = { kind: 'alias', alias: 'champion' } as const;
  const production = { kind: 'stage', stage: 'Production', archiveExistingVersions: true } as const;
  const lineage = {
    experimentId: '1',
    runId: 'r1',
    modelId: 'm-0123',
    datasets: [{ name: 'train', digest: 'abc', source: 's3://d/train.parquet', sourceType: 's3', context: 'training' }],
    codeVersion: { gitCommit: 'deadbeef', sourceName: 'train.py', sourceType: 'LOCAL' },
    metrics: [
      { key: 'auc', value: 0.91, step: 3, timestamp: 1700000000000 },
      { key: 'loss', value: 'NaN', step: 3, timestamp: 1700000000000 },
    ],
    params: [{ key: 'alpha', value: '0.5' }],
  };
  const version = {
    version: 1,
    source: 'models:/m-0123',
    runId: 'r1',
    status: 'READY',
    stage: 'Production',
    tags: [{ key: 'validated', value: 'yes' }],
    lineage,
    creationTimestamp: 1,
    lastUpdatedTimestamp: 2,
  };
  const snapshot = {
    description: 'fraud',
    creationTimestamp: 1,
    lastUpdatedTimestamp: 2,
    tags: [{ key: 'team', value: 'risk' }],
    aliases: [{ alias: 'champion', version: 1 }],
    lastAllocatedVersion: 3,
    versions: [version],
    promotions: [
      {
        requestId: 'q1',
        version: 1,
        target: champion,
        requestedBy: 'user:alice',
        requestedAt: 1,
        status: 'allowed',
        reasons: [],
        decidedAt: 2,
      },
    ],
  };
  const t = 1700000000000;
  const samples: Record<string, unknown> = {
    RegisteredModelCreated: { name: 'm', description: 'fraud', tags: [{ key: 'team', value: 'risk' }], timestamp: t },
    RegisteredModelDescriptionUpdated: { name: 'm', description: '', timestamp: t },
    RegisteredModelTagSet: { name: 'm', key: 'team', value: 'risk', timestamp: t },
    RegisteredModelTagDeleted: { name: 'm', key: 'team', timestamp: t },
    RegisteredModelRenamed: { name: 'm', newName: 'n', timestamp: t },
    RegisteredModelRenamedFrom: { name: 'n', previousName: 'm', snapshot, timestamp: t },
    RegisteredModelDeleted: { name: 'm', timestamp: t },
    ModelVersionRegistered: {
      name: 'm',
      version: 1,
      source: 'models:/m-0123',
      runId: 'r1',
      modelId: 'm-0123',
      tags: [],
      userId: 'alice',
      lineage,
      timestamp: t,
    },
    ModelVersionReady: { name: 'm', version: 1, timestamp: t },
    ModelVersionRegistrationFailed: { name: 'm', version: 1, statusMessage: 'artifact missing', timestamp: t },
    ModelVersionDescriptionUpdated: { name: 'm', version: 1, description: 'better', timestamp: t },
    ModelVersionTagSet: { name: 'm', version: 1, key: 'k', value: 'v', timestamp: t },
    ModelVersionTagDeleted: { name: 'm', version: 1, key: 'k', timestamp: t },
    ModelVersionDeleted: { name: 'm', version: 1, timestamp: t },
    PromotionRequested: {
      name: 'm',
      requestId: 'q1',
      version: 1,
      target: production,
      requestedBy: 'user:alice',
      timestamp: t,
    },
    PromotionAllowed: {
      name: 'm',
      requestId: 'q1',
      version: 1,
      target: production,
      decisionId: 'd1',
      policies: [{ id: 'p1', version: 2 }],
      reasons: [],
      timestamp: t,
    },
    PromotionDenied: {
      name: 'm',
      requestId: 'q1',
      version: 1,
      target: champion,
      reasons: ['auc below 0.9'],
      timestamp: t,
    },
    PromotionAwaitingApproval: {
      name: 'm',
      requestId: 'q1',
      version: 1,
      target: champion,
      decisionId: 'd1',
      approvalsRequired: 2,
      timestamp: t,
    },
    PromotionAbandoned: {
      name: 'm',
      requestId: 'q1',
      version: 1,
      target: champion,
      reason: 'governance unavailable',
      timestamp: t,
    },
    AliasAssigned: { name: 'm', alias: 'champion', version: 2, previousVersion: 1, requestId: 'q1', timestamp: t },
    AliasDeleted: { name: 'm', alias: 'champion', version: 2, timestamp: t },
    StageTransitioned: { name: 'm', version: 1, from: 'Production', to: 'Archived', requestId: 'q1', timestamp: t },
  };

  it('every registry event type is in the one table and has a sample here', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(RegistryEvents).sort());
    for (const type of Object.keys(RegistryEvents)) expect(isKnownEventType(type)).toBe(true);
  });

  it.each(Object.entries(samples))('%s parses, on stream model-<name>, as an envelope', (type, data) => {
    const event = parseEvent(envelope({ type, stream: 'model-m', data }));
    expect(event.type).toBe(type);
    expect(event.data).toMatchObject(data as object);
  });

  it.each(Object.keys(samples))('%s requires the model name', (type) => {
    const { name: _name, ...withoutName } = samples[type] as Record<string, unknown>;
    expect(() => parseEventData(type, withoutName)).toThrow(/name/);
  });

  it('RegisteredModelCreated from before the registry domain ({name} only) still parses, with no tags', () =>
    expect(parseEventData('RegisteredModelCreated', { name: 'boot-1' })).toEqual({ name: 'boot-1', tags: [] }));

  it('ModelVersionRegistered without lineage gets empty lineage lists', () =>
    expect(
      parseEventData('ModelVersionRegistered', { name: 'm', version: 1, source: 's', timestamp: t }),
    ).toMatchObject({
      tags: [],
      lineage: { datasets: [], codeVersion: {}, metrics: [] },
    }));

  it('a RenamedFrom snapshot survives a JSON round trip unchanged', () => {
    const data = samples.RegisteredModelRenamedFrom;
    expect(parseEventData('RegisteredModelRenamedFrom', JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it.each([
    ['version 0', 'ModelVersionReady', { name: 'm', version: 0, timestamp: t }, /version/],
    [
      'a lower-case stage',
      'StageTransitioned',
      { name: 'm', version: 1, from: 'None', to: 'production', timestamp: t },
      /to/,
    ],
    [
      'an unknown target kind',
      'PromotionRequested',
      { ...(samples.PromotionRequested as object), target: { kind: 'deployment' } },
      /target/,
    ],
    [
      'a stage target without archiveExistingVersions',
      'PromotionRequested',
      { ...(samples.PromotionRequested as object), target: { kind: 'stage', stage: 'Staging' } },
      /target/,
    ],
    [
      'a non-finite metric as a number',
      'ModelVersionRegistered',
      {
        name: 'm',
        version: 1,
        source: 's',
        timestamp: t,
        lineage: { metrics: [{ key: 'l', value: Infinity, step: 0, timestamp: 0 }] },
      },
      /lineage/,
    ],
    [
      'zero approvals required',
      'PromotionAwaitingApproval',
      { ...(samples.PromotionAwaitingApproval as object), approvalsRequired: 0 },
      /approvalsRequired/,
    ],
    [
      'a failure without a message',
      'ModelVersionRegistrationFailed',
      { name: 'm', version: 1, statusMessage: '', timestamp: t },
      /statusMessage/,
    ],
    ['a rename without the new name', 'RegisteredModelRenamed', { name: 'm', timestamp: t }, /newName/],
  ])('rejects %s with INVALID_EVENT_DATA naming the field', (_label, type, data, field) => {
    expect(() => parseEventData(type, data)).toThrow(field);
    expect(() => parseEventData(type, data)).toThrow(expect.objectContaining({ code: 'CONTRACTS.INVALID_EVENT_DATA' }));
  });
});
