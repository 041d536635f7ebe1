import { randomUUID } from 'node:crypto';
import { InvalidArgument } from '../errors';
import { isKnownEventType, parseEvent, parseEventData } from '.';
import { TOPICS, topicForStream } from '../topics';
import { GovernanceEvents } from './governance';
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

describe('governance events', () => {
  const t = 1700000000000;
  const hash = 'a'.repeat(64);
  const subject = {
    model: 'fraud-detector',
    version: 3,
    target: { kind: 'stage', name: 'Production' },
    requestId: 'q1',
  };
  const ref = { policyId: 'min-accuracy', version: 2, hash };
  const input = {
    model: { name: 'fraud-detector', version: 3, tags: { team: 'risk' } },
    metrics: { accuracy: 0.93, loss: 'NaN' },
    lineage: {
      run: 'r1',
      datasets: [{ name: 'train', digest: '2b9a1f0d', source: 's3://d', context: 'training' }],
      codeVersion: 'deadbeef',
    },
    dataQuality: { train: { passed: true, checks: { null_rate: { passed: true, value: 0.01 } } } },
    requester: { id: 'user:alice', roles: ['ml-engineer'] },
    target: { kind: 'stage', name: 'Production' },
    now: '2026-11-23T10:00:00.000Z',
  };
  const samples: Record<string, [stream: string, data: Record<string, unknown>]> = {
    PrincipalCreated: [
      'principal-user:alice',
      {
        principalId: 'user:alice',
        name: 'Alice',
        kind: 'user',
        roles: [{ role: 'approver', scope: 'fraud-*' }],
        timestamp: t,
      },
    ],
    RoleGranted: ['principal-user:alice', { principalId: 'user:alice', role: 'ml-engineer', timestamp: t }],
    RoleRevoked: [
      'principal-user:alice',
      { principalId: 'user:alice', role: 'approver', scope: 'fraud-*', timestamp: t },
    ],
    TokenIssued: [
      'principal-user:alice',
      { principalId: 'user:alice', tokenId: 't1', hash, expiresAt: t + 1, timestamp: t },
    ],
    TokenRevoked: [
      'principal-user:alice',
      { principalId: 'user:alice', tokenId: 't1', reason: 'leaked', timestamp: t },
    ],
    PolicyVersionPublished: [
      'policy-min-accuracy',
      {
        policyId: 'min-accuracy',
        version: 2,
        name: 'Minimum accuracy',
        description: '',
        source: 'metrics.accuracy >= 0.9',
        hash,
        scope: { modelPattern: 'fraud-*', targets: ['Production', 'alias:champion'] },
        effect: 'require-approvals',
        approvals: 2,
        message: 'accuracy below 0.9',
        publishedBy: 'admin',
        timestamp: t,
      },
    ],
    PolicyRetired: ['policy-min-accuracy', { policyId: 'min-accuracy', version: 2, retiredBy: 'admin', timestamp: t }],
    PolicyEvaluated: [
      'decision-d1',
      {
        decisionId: 'd1',
        subject,
        requester: 'user:alice',
        policies: [{ ...ref, effect: 'require-approvals', result: 'fail', message: 'accuracy below 0.9' }],
        input,
        outcome: 'needs-approval',
        reasons: ['accuracy below 0.9'],
        approvalsRequired: 2,
        timestamp: t,
      },
    ],
    ApprovalRequested: [
      'decision-d1',
      { decisionId: 'd1', subject, requester: 'user:alice', approvalsRequired: 2, reasons: ['x'], timestamp: t },
    ],
    ApprovalGranted: [
      'decision-d1',
      { decisionId: 'd1', approver: 'user:bob', approvals: 1, approvalsRequired: 2, timestamp: t },
    ],
    ApprovalRejected: ['decision-d1', { decisionId: 'd1', approver: 'user:bob', reason: 'stale data', timestamp: t }],
    PromotionApproved: [
      'decision-d1',
      {
        decisionId: 'd1',
        subject,
        requester: 'user:alice',
        approvedBy: ['user:bob', 'user:carol'],
        policies: [ref],
        timestamp: t,
      },
    ],
    PromotionRejected: [
      'decision-d1',
      {
        decisionId: 'd1',
        subject,
        requester: 'user:alice',
        rejectedBy: 'user:bob',
        reasons: ['stale data'],
        policies: [ref],
        timestamp: t,
      },
    ],
    AccessDenied: [
      'access-2026-11-23',
      {
        principalId: 'user:alice',
        tokenId: 't1',
        operation: 'registry.promote.production',
        resource: 'fraud-detector',
        code: 'GOVERNANCE.PERMISSION_DENIED',
        reason: 'no',
        timestamp: t,
      },
    ],
    AuthenticationFailed: [
      'access-2026-11-23',
      {
        operation: 'tracking.read',
        code: 'GOVERNANCE.TOKEN_UNKNOWN',
        reason: 'the bearer token is not valid',
        timestamp: t,
      },
    ],
  };

  it('every governance event type is in the one table and has a sample here', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(GovernanceEvents).sort());
    for (const type of Object.keys(GovernanceEvents)) expect(isKnownEventType(type)).toBe(true);
  });

  it.each(Object.entries(samples))(
    '%s parses as an envelope on its stream, which routes to cairn.governance.events',
    (type, [stream, data]) => {
      const event = parseEvent(envelope({ type, stream, data }));
      expect(event.data).toMatchObject(data);
      expect(topicForStream(stream)).toBe(TOPICS.governanceEvents);
    },
  );

  it('PolicyEvaluated keeps the full input through a JSON round trip', () => {
    const data = samples.PolicyEvaluated[1];
    expect(parseEventData('PolicyEvaluated', JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it.each([
    ['a token instead of its hash', 'TokenIssued', { ...samples.TokenIssued[1], hash: 'cairn_secret' }, /hash/],
    ['an unknown role', 'RoleGranted', { ...samples.RoleGranted[1], role: 'owner' }, /role/],
    ['an unknown effect', 'PolicyVersionPublished', { ...samples.PolicyVersionPublished[1], effect: 'warn' }, /effect/],
    [
      'a policy without a message',
      'PolicyVersionPublished',
      { ...samples.PolicyVersionPublished[1], message: '' },
      /message/,
    ],
    [
      'a scope without targets',
      'PolicyVersionPublished',
      { ...samples.PolicyVersionPublished[1], scope: { modelPattern: '*', targets: [] } },
      /targets/,
    ],
    ['an unknown outcome', 'PolicyEvaluated', { ...samples.PolicyEvaluated[1], outcome: 'maybe' }, /outcome/],
    [
      'an input without now',
      'PolicyEvaluated',
      { ...samples.PolicyEvaluated[1], input: { ...input, now: undefined } },
      /input.now/,
    ],
    [
      'an unknown target kind',
      'ApprovalRequested',
      { ...samples.ApprovalRequested[1], subject: { ...subject, target: { kind: 'cluster', name: 'x' } } },
      /subject.target.kind/,
    ],
    [
      'an approval without approvers',
      'PromotionApproved',
      { ...samples.PromotionApproved[1], approvedBy: [] },
      /approvedBy/,
    ],
    ['a rejection without a reason', 'ApprovalRejected', { ...samples.ApprovalRejected[1], reason: '' }, /reason/],
  ])('rejects %s with INVALID_EVENT_DATA naming the field', (_label, type, data, field) => {
    expect(() => parseEventData(type, data)).toThrow(field);
    expect(() => parseEventData(type, data)).toThrow(expect.objectContaining({ code: 'CONTRACTS.INVALID_EVENT_DATA' }));
  });
});
