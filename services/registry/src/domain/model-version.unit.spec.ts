import { FailedPrecondition, InvalidArgument, NotFound } from '@cairn/contracts';
import { aliasTarget, at, ev, given, metadataAt, stageTarget, withReadyVersions } from './decider-specification';
import { RegistryEvent } from './model';
import { decide, evolveAll } from './registered-model';
import { getModelVersion } from './queries';

const now = at(1000);
const meta = metadataAt(now);
const noLineage = { datasets: [], codeVersion: {}, metrics: [] };

describe('given a registered model without versions', () => {
  const history = [ev.created('m')];

  it('when CreateModelVersion, then ModelVersionRegistered as version 1 with its lineage', () =>
    given(history)
      .when(
        {
          type: 'CreateModelVersion',
          data: {
            name: 'm',
            source: 'models:/m-abc',
            runId: 'run1',
            modelId: 'm-abc',
            description: 'first',
            userId: 'alice',
            tags: [{ key: 'framework', value: 'sklearn' }],
            lineage: {
              experimentId: '1',
              datasets: [{ name: 'train', digest: 'd1', sourceType: 'local', context: 'training' }],
              codeVersion: { gitCommit: 'abc123' },
              metrics: [
                { key: 'auc', value: 0.91, step: 3, timestamp: 5 },
                { key: 'loss', value: NaN, step: 3, timestamp: 5 },
                { key: 'ratio', value: -Infinity, step: 0, timestamp: 5 },
              ],
            },
          },
        },
        meta,
      )
      .then([
        {
          type: 'ModelVersionRegistered',
          data: {
            name: 'm',
            version: 1,
            source: 'models:/m-abc',
            runId: 'run1',
            modelId: 'm-abc',
            runLink: undefined,
            description: 'first',
            userId: 'alice',
            tags: [{ key: 'framework', value: 'sklearn' }],
            lineage: {
              experimentId: '1',
              runId: 'run1',
              modelId: 'm-abc',
              datasets: [{ name: 'train', digest: 'd1', sourceType: 'local', context: 'training' }],
              codeVersion: { gitCommit: 'abc123' },
              metrics: [
                { key: 'auc', value: 0.91, step: 3, timestamp: 5 },
                { key: 'loss', value: 'NaN', step: 3, timestamp: 5 },
                { key: 'ratio', value: '-Infinity', step: 0, timestamp: 5 },
              ],
            },
            timestamp: now,
          },
        },
      ]));

  it('when CreateModelVersion without lineage, then the lineage lists are empty', () =>
    given(history)
      .when({ type: 'CreateModelVersion', data: { name: 'm', source: 's3://b/m' } }, meta)
      .then([
        {
          type: 'ModelVersionRegistered',
          data: {
            name: 'm',
            version: 1,
            source: 's3://b/m',
            description: undefined,
            tags: [],
            lineage: noLineage,
            timestamp: now,
          },
        },
      ]));

  it('when CreateModelVersion with a resolved storage location, then the event and the version carry it', () => {
    const command = {
      type: 'CreateModelVersion' as const,
      data: { name: 'm', source: 'models:/m-abc', modelId: 'm-abc', storageLocation: 'mlflow-artifacts:/1/models/m-abc/artifacts' },
    };
    given(history)
      .when(command, meta)
      .then([
        {
          type: 'ModelVersionRegistered',
          data: {
            name: 'm',
            version: 1,
            source: 'models:/m-abc',
            storageLocation: 'mlflow-artifacts:/1/models/m-abc/artifacts',
            modelId: 'm-abc',
            tags: [],
            lineage: { ...noLineage, modelId: 'm-abc' },
            timestamp: now,
          },
        },
      ]);
    const registered = evolveAll([...history, ...decide(command, evolveAll(history), meta)]);
    expect(getModelVersion(registered, 'm', 1).storageLocation).toBe('mlflow-artifacts:/1/models/m-abc/artifacts');
  });

  it('when CreateModelVersion without a source, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'CreateModelVersion', data: { name: 'm', source: '' } })
      .thenThrows(InvalidArgument, 'REGISTRY.MISSING_PARAMETER', "Missing value for required parameter 'source'."));

  it('when CreateModelVersion with an oversized tag value, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({
        type: 'CreateModelVersion',
        data: { name: 'm', source: 's', tags: [{ key: 'k', value: 'v'.repeat(5001) }] },
      })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_TAG'));

  it.each([
    { type: 'MarkModelVersionReady' as const, data: { name: 'm', version: 1 } },
    { type: 'UpdateModelVersion' as const, data: { name: 'm', version: 1, description: 'x' } },
    { type: 'DeleteModelVersion' as const, data: { name: 'm', version: 1 } },
    { type: 'SetModelVersionTag' as const, data: { name: 'm', version: 1, key: 'k', value: 'v' } },
    { type: 'DeleteModelVersionTag' as const, data: { name: 'm', version: 1, key: 'k' } },
  ])('when $type of version 1, then throws NOT_FOUND "Model Version (name=m, version=1) not found"', (command) =>
    given(history)
      .when(command)
      .thenThrows(NotFound, 'REGISTRY.VERSION_NOT_FOUND', 'Model Version (name=m, version=1) not found'),
  );
});

describe('version numbering', () => {
  const version = (events: RegistryEvent[]) =>
    given(events)
      .when({ type: 'CreateModelVersion', data: { name: 'm', source: 's' } })
      .events()
      .map((e) => (e.type === 'ModelVersionRegistered' ? e.data.version : -1));

  it('given versions 1 and 2, then the next is 3', () => expect(version(withReadyVersions(2))).toEqual([3]));

  it('given the highest version deleted, then its number is not reused', () =>
    expect(
      version([
        ...withReadyVersions(3),
        { type: 'ModelVersionDeleted', data: { name: 'm', version: 3, timestamp: at(9) } },
      ]),
    ).toEqual([4]));

  it('given every version deleted, then numbering still continues', () =>
    expect(
      version([
        ...withReadyVersions(2),
        { type: 'ModelVersionDeleted', data: { name: 'm', version: 1, timestamp: at(9) } },
        { type: 'ModelVersionDeleted', data: { name: 'm', version: 2, timestamp: at(9) } },
      ]),
    ).toEqual([3]));
});

describe('given a version pending registration', () => {
  const history = [ev.created('m'), ev.registered('m', 1)];

  it('when MarkModelVersionReady, then ModelVersionReady', () =>
    given(history)
      .when({ type: 'MarkModelVersionReady', data: { name: 'm', version: 1 } }, meta)
      .then([
        { type: 'ModelVersionReady', data: { name: 'm', version: 1, statusMessage: undefined, timestamp: now } },
      ]));

  it('when MarkModelVersionFailed, then ModelVersionRegistrationFailed with the message', () =>
    given(history)
      .when(
        { type: 'MarkModelVersionFailed', data: { name: 'm', version: 1, statusMessage: 'artifact missing' } },
        meta,
      )
      .then([
        {
          type: 'ModelVersionRegistrationFailed',
          data: { name: 'm', version: 1, statusMessage: 'artifact missing', timestamp: now },
        },
      ]));

  it('when MarkModelVersionFailed without a message, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'MarkModelVersionFailed', data: { name: 'm', version: 1, statusMessage: '' } })
      .thenThrows(InvalidArgument, 'REGISTRY.MISSING_PARAMETER'));

  it('when MarkModelVersionFailed with a 501-character message, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'MarkModelVersionFailed', data: { name: 'm', version: 1, statusMessage: 'x'.repeat(501) } })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_STATUS_MESSAGE'));

  it('then its status is PENDING_REGISTRATION in stage None', () =>
    expect(getModelVersion(evolveAll(history), 'm', 1)).toMatchObject({
      status: 'PENDING_REGISTRATION',
      stage: 'None',
    }));
});

describe('given a READY version', () => {
  const history = withReadyVersions(1);

  it('when MarkModelVersionReady again, then no events', () =>
    given(history)
      .when({ type: 'MarkModelVersionReady', data: { name: 'm', version: 1 } })
      .then([]));

  it('when MarkModelVersionFailed, then throws FAILED_PRECONDITION', () =>
    given(history)
      .when({ type: 'MarkModelVersionFailed', data: { name: 'm', version: 1, statusMessage: 'late' } })
      .thenThrows(
        FailedPrecondition,
        'REGISTRY.VERSION_STATUS_SETTLED',
        'is READY and cannot become FAILED_REGISTRATION',
      ));

  it('when UpdateModelVersion, then ModelVersionDescriptionUpdated', () =>
    given(history)
      .when({ type: 'UpdateModelVersion', data: { name: 'm', version: 1, description: 'better' } }, meta)
      .then([
        {
          type: 'ModelVersionDescriptionUpdated',
          data: { name: 'm', version: 1, description: 'better', timestamp: now },
        },
      ]));

  it('when UpdateModelVersion with an oversized description, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'UpdateModelVersion', data: { name: 'm', version: 1, description: 'd'.repeat(5001) } })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_DESCRIPTION'));

  it('when SetModelVersionTag, then ModelVersionTagSet', () =>
    given(history)
      .when({ type: 'SetModelVersionTag', data: { name: 'm', version: 1, key: 'validated', value: 'true' } }, meta)
      .then([
        {
          type: 'ModelVersionTagSet',
          data: { name: 'm', version: 1, key: 'validated', value: 'true', timestamp: now },
        },
      ]));

  it('when SetModelVersionTag with a path-like key, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'SetModelVersionTag', data: { name: 'm', version: 1, key: 'a/../b', value: '' } })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_TAG', "This name would resolve to 'b'"));

  it('when DeleteModelVersionTag of a tag it has, then ModelVersionTagDeleted', () =>
    given([
      ...history,
      { type: 'ModelVersionTagSet', data: { name: 'm', version: 1, key: 'k', value: 'v', timestamp: at(3) } },
    ])
      .when({ type: 'DeleteModelVersionTag', data: { name: 'm', version: 1, key: 'k' } }, meta)
      .then([{ type: 'ModelVersionTagDeleted', data: { name: 'm', version: 1, key: 'k', timestamp: now } }]));

  it('when DeleteModelVersionTag of a tag it lacks, then no events', () =>
    given(history)
      .when({ type: 'DeleteModelVersionTag', data: { name: 'm', version: 1, key: 'k' } })
      .then([]));

  it('when DeleteModelVersion, then ModelVersionDeleted', () =>
    given(history)
      .when({ type: 'DeleteModelVersion', data: { name: 'm', version: 1 } }, meta)
      .then([{ type: 'ModelVersionDeleted', data: { name: 'm', version: 1, timestamp: now } }]));
});

describe('given a failed registration', () => {
  const history = [
    ev.created('m'),
    ev.registered('m', 1),
    {
      type: 'ModelVersionRegistrationFailed',
      data: { name: 'm', version: 1, statusMessage: 'bad', timestamp: at(2) },
    } as RegistryEvent,
  ];

  it('when MarkModelVersionReady, then throws FAILED_PRECONDITION', () =>
    given(history)
      .when({ type: 'MarkModelVersionReady', data: { name: 'm', version: 1 } })
      .thenThrows(FailedPrecondition, 'REGISTRY.VERSION_STATUS_SETTLED'));

  it('when MarkModelVersionFailed again, then no events', () =>
    given(history)
      .when({ type: 'MarkModelVersionFailed', data: { name: 'm', version: 1, statusMessage: 'bad' } })
      .then([]));

  it('then the version keeps its status message', () =>
    expect(getModelVersion(evolveAll(history), 'm', 1)).toMatchObject({
      status: 'FAILED_REGISTRATION',
      statusMessage: 'bad',
    }));
});

describe('given a version with aliases and waiting promotions', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.aliasAssigned('m', 'champion', 2),
    ev.aliasAssigned('m', 'stable', 2),
    ev.aliasAssigned('m', 'old', 1),
    ev.requested('m', 'r1', 2, stageTarget('Production')),
    ev.requested('m', 'r2', 1, aliasTarget('champion')),
    ev.requested('m', 'r3', 2, aliasTarget('challenger')),
    ev.awaiting('m', 'r3', 2, aliasTarget('challenger')),
  ];

  it('when DeleteModelVersion, then its waiting promotions are abandoned and its aliases deleted before it goes', () =>
    given(history)
      .when({ type: 'DeleteModelVersion', data: { name: 'm', version: 2 } }, meta)
      .then([
        {
          type: 'PromotionAbandoned',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: stageTarget('Production'),
            reason: 'Model Version (name=m, version=2) was deleted',
            timestamp: now,
          },
        },
        {
          type: 'PromotionAbandoned',
          data: {
            name: 'm',
            requestId: 'r3',
            version: 2,
            target: aliasTarget('challenger'),
            reason: 'Model Version (name=m, version=2) was deleted',
            timestamp: now,
          },
        },
        { type: 'AliasDeleted', data: { name: 'm', alias: 'champion', version: 2, timestamp: now } },
        { type: 'AliasDeleted', data: { name: 'm', alias: 'stable', version: 2, timestamp: now } },
        { type: 'ModelVersionDeleted', data: { name: 'm', version: 2, timestamp: now } },
      ]));

  it("when the deletion is applied, then only the other version's alias and request remain", () => {
    const events = given(history)
      .when({ type: 'DeleteModelVersion', data: { name: 'm', version: 2 } }, meta)
      .events();
    const state = evolveAll(events, evolveAll(history));
    if (state.kind !== 'live') throw new Error('expected live');
    expect([...state.model.aliases]).toEqual([['old', 1]]);
    expect([...state.model.promotions.values()].map((p) => [p.requestId, p.status])).toEqual([
      ['r1', 'abandoned'],
      ['r2', 'requested'],
      ['r3', 'abandoned'],
    ]);
    expect(() => getModelVersion(state, 'm', 2)).toThrow('Model Version (name=m, version=2) not found');
  });
});
