import { auditInsertOf, AuditedEnvelope } from './audit-record';

const envelope = (type: string, data: unknown, position: string | null = '42'): AuditedEnvelope => ({
  id: '6f1c1d3e-5a4b-4c2d-9e8f-0a1b2c3d4e5f',
  type,
  stream: 'model-fraud',
  version: 7,
  ...(position !== null ? { position } : {}),
  occurredAt: '2026-11-23T10:00:00.000Z',
  actor: 'user:alice',
  data,
});

describe('auditInsertOf (registry and serving events)', () => {
  it('an alias assignment is filed under its model, version and alias', () => {
    expect(auditInsertOf(envelope('AliasAssigned', { name: 'fraud', alias: 'champion', version: 3, requestId: 'r1', timestamp: 1 }))).toEqual({
      position: '42',
      eventId: '6f1c1d3e-5a4b-4c2d-9e8f-0a1b2c3d4e5f',
      stream: 'model-fraud',
      streamVersion: 7,
      type: 'AliasAssigned',
      actor: 'user:alice',
      model: 'fraud',
      modelVersion: 3,
      targetKind: 'alias',
      targetName: 'champion',
      occurredAt: '2026-11-23T10:00:00.000Z',
      data: { name: 'fraud', alias: 'champion', version: 3, requestId: 'r1', timestamp: 1 },
    });
  });

  it('a stage transition under the stage it moved to; a promotion under its target', () => {
    expect(auditInsertOf(envelope('StageTransitioned', { name: 'fraud', version: 2, from: 'None', to: 'Production', timestamp: 1 }))).toMatchObject({ targetKind: 'stage', targetName: 'Production' });
    expect(auditInsertOf(envelope('PromotionRequested', { name: 'fraud', version: 2, requestId: 'r', target: { kind: 'stage', stage: 'Staging', archiveExistingVersions: false }, requestedBy: 'u', timestamp: 1 }))).toMatchObject({ targetKind: 'stage', targetName: 'Staging' });
    expect(auditInsertOf(envelope('RegisteredModelCreated', { name: 'fraud', tags: [] }))).toMatchObject({ model: 'fraud', modelVersion: null, targetKind: null });
  });

  it("serving's events (a later service) are filed under their deployment and model", () => {
    expect(auditInsertOf(envelope('TrafficShifted', { deployment: 'fraud-prod', model: 'fraud', version: 4 }))).toMatchObject({ model: 'fraud', modelVersion: 4, targetKind: 'deployment', targetName: 'fraud-prod' });
  });

  it('an envelope without a position is a bad message (INVALID_ARGUMENT, dead-lettered)', () => {
    expect(() => auditInsertOf(envelope('AliasAssigned', {}, null))).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT' }));
  });
});
