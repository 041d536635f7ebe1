import { AlreadyExists, InvalidArgument, NotFound, parseEventData } from '@cairn/contracts';
import { RegistryEvents } from '../../../../libs/contracts/src/events/registry';
import { RegistryCommand } from './commands';
import { aliasTarget, at, ev, given, metadataAt, stageTarget, T0, withReadyVersions } from './decider-specification';
import { modelFromSnapshot, REGISTRY_EVENT_TYPES, RegisteredModelState, RegistryEvent, snapshotOf } from './model';
import { decide, decideRename, evolve, evolveAll, renamedFrom } from './registered-model';

const now = at(1000);
const meta = metadataAt(now);
const live = (state: RegisteredModelState) => {
  if (state.kind !== 'live') throw new Error(`expected a live model, got ${state.kind}`);
  return state.model;
};

describe('the registry event list', () => {
  it("names exactly the contracts' registry events, so evolve handles every one", () =>
    expect([...REGISTRY_EVENT_TYPES].sort()).toEqual(Object.keys(RegistryEvents).sort()));
});

describe('given no model under the name', () => {
  it('when CreateRegisteredModel, then RegisteredModelCreated with validated, de-duplicated tags', () =>
    given([])
      .when(
        {
          type: 'CreateRegisteredModel',
          data: {
            name: 'm',
            description: 'fraud',
            tags: [
              { key: 'team', value: 'a' },
              { key: 'team', value: 'b' },
            ],
          },
        },
        meta,
      )
      .then([
        {
          type: 'RegisteredModelCreated',
          data: { name: 'm', description: 'fraud', tags: [{ key: 'team', value: 'b' }], timestamp: now },
        },
      ]));

  it('when CreateRegisteredModel with a bad tag key, then throws INVALID_ARGUMENT', () =>
    given([])
      .when({ type: 'CreateRegisteredModel', data: { name: 'm', tags: [{ key: '../x', value: '' }] } })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_TAG'));

  it('when CreateRegisteredModel without a name, then throws INVALID_ARGUMENT naming the parameter', () =>
    given([])
      .when({ type: 'CreateRegisteredModel', data: { name: '' } })
      .thenThrows(InvalidArgument, 'REGISTRY.MISSING_PARAMETER', "Missing value for required parameter 'name'."));

  it.each<RegistryCommand>([
    { type: 'UpdateRegisteredModel', data: { name: 'm', description: 'x' } },
    { type: 'RenameRegisteredModel', data: { name: 'm', newName: 'n' } },
    { type: 'DeleteRegisteredModel', data: { name: 'm' } },
    { type: 'SetRegisteredModelTag', data: { name: 'm', key: 'k', value: 'v' } },
    { type: 'DeleteRegisteredModelTag', data: { name: 'm', key: 'k' } },
    { type: 'CreateModelVersion', data: { name: 'm', source: 's3://b/m' } },
    { type: 'DeleteAlias', data: { name: 'm', alias: 'champion' } },
  ])('when $type, then throws NOT_FOUND "Registered Model with name=m not found"', (command) =>
    given([]).when(command).thenThrows(NotFound, 'REGISTRY.MODEL_NOT_FOUND', 'Registered Model with name=m not found'),
  );
});

describe('given a registered model', () => {
  const history = [ev.created('m')];

  it('when CreateRegisteredModel with the same name, then throws ALREADY_EXISTS', () =>
    given(history)
      .when({ type: 'CreateRegisteredModel', data: { name: 'm' } })
      .thenThrows(AlreadyExists, 'REGISTRY.MODEL_ALREADY_EXISTS', 'Registered Model (name=m) already exists.'));

  it('when UpdateRegisteredModel, then RegisteredModelDescriptionUpdated', () =>
    given(history)
      .when({ type: 'UpdateRegisteredModel', data: { name: 'm', description: 'new' } }, meta)
      .then([{ type: 'RegisteredModelDescriptionUpdated', data: { name: 'm', description: 'new', timestamp: now } }]));

  it('when UpdateRegisteredModel without a description, then the description becomes empty (MLflow)', () =>
    given(history)
      .when({ type: 'UpdateRegisteredModel', data: { name: 'm' } }, meta)
      .then([{ type: 'RegisteredModelDescriptionUpdated', data: { name: 'm', description: '', timestamp: now } }]));

  it('when UpdateRegisteredModel with a 5001-character description, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'UpdateRegisteredModel', data: { name: 'm', description: 'd'.repeat(5001) } })
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_DESCRIPTION'));

  it('when SetRegisteredModelTag, then RegisteredModelTagSet', () =>
    given(history)
      .when({ type: 'SetRegisteredModelTag', data: { name: 'm', key: 'owner', value: 'alice' } }, meta)
      .then([{ type: 'RegisteredModelTagSet', data: { name: 'm', key: 'owner', value: 'alice', timestamp: now } }]));

  it('when SetRegisteredModelTag with a bad key, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'SetRegisteredModelTag', data: { name: 'm', key: 'a!', value: '' } })
      .thenThrows(InvalidArgument));

  it('when SetRegisteredModelTag with a bad key on a missing model, then the input error wins (MLflow validates first)', () =>
    given([])
      .when({ type: 'SetRegisteredModelTag', data: { name: 'm', key: 'a!', value: '' } })
      .thenThrows(InvalidArgument));

  it('when DeleteRegisteredModelTag of a tag it has, then RegisteredModelTagDeleted', () =>
    given([
      ...history,
      { type: 'RegisteredModelTagSet', data: { name: 'm', key: 'owner', value: 'a', timestamp: at(1) } },
    ])
      .when({ type: 'DeleteRegisteredModelTag', data: { name: 'm', key: 'owner' } }, meta)
      .then([{ type: 'RegisteredModelTagDeleted', data: { name: 'm', key: 'owner', timestamp: now } }]));

  it('when DeleteRegisteredModelTag of a tag it lacks, then no events (MLflow answers success)', () =>
    given(history)
      .when({ type: 'DeleteRegisteredModelTag', data: { name: 'm', key: 'owner' } })
      .then([]));

  it('when a command names another model, then throws NOT_FOUND (the caller read the wrong stream)', () =>
    given(history)
      .when({ type: 'DeleteRegisteredModel', data: { name: 'other' } })
      .thenThrows(NotFound, 'REGISTRY.MODEL_NOT_FOUND'));

  it('when DeleteRegisteredModel, then RegisteredModelDeleted', () =>
    given(history)
      .when({ type: 'DeleteRegisteredModel', data: { name: 'm' } }, meta)
      .then([{ type: 'RegisteredModelDeleted', data: { name: 'm', timestamp: now } }]));
});

describe('given a model with aliases and a waiting promotion', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.aliasAssigned('m', 'champion', 1),
    ev.aliasAssigned('m', 'challenger', 2),
    ev.requested('m', 'r9', 2, aliasTarget('champion')),
  ];

  it('when DeleteRegisteredModel, then the promotion is abandoned and each alias deleted before RegisteredModelDeleted', () =>
    given(history)
      .when({ type: 'DeleteRegisteredModel', data: { name: 'm' } }, meta)
      .then([
        {
          type: 'PromotionAbandoned',
          data: {
            name: 'm',
            requestId: 'r9',
            version: 2,
            target: aliasTarget('champion'),
            reason: 'Registered Model (name=m) was deleted',
            timestamp: now,
          },
        },
        { type: 'AliasDeleted', data: { name: 'm', alias: 'champion', version: 1, timestamp: now } },
        { type: 'AliasDeleted', data: { name: 'm', alias: 'challenger', version: 2, timestamp: now } },
        { type: 'RegisteredModelDeleted', data: { name: 'm', timestamp: now } },
      ]));
});

describe('given a deleted model', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(3),
    { type: 'RegisteredModelDeleted', data: { name: 'm', timestamp: at(100) } },
  ];

  it('then the stream is closed and the name free', () =>
    expect(evolveAll(history)).toEqual({ kind: 'closed', name: 'm', closedBy: 'deleted', closedAt: at(100) }));

  it('when UpdateRegisteredModel, then throws NOT_FOUND', () =>
    given(history)
      .when({ type: 'UpdateRegisteredModel', data: { name: 'm', description: 'x' } })
      .thenThrows(NotFound));

  it('when CreateRegisteredModel, then a new life starts on the same stream, after the old history', () =>
    given(history)
      .when({ type: 'CreateRegisteredModel', data: { name: 'm' } }, meta)
      .then([
        { type: 'RegisteredModelCreated', data: { name: 'm', description: undefined, tags: [], timestamp: now } },
      ]));

  it('when recreated, then the new life numbers its versions from 1 again (as MLflow)', () => {
    const recreated = [...history, ev.created('m', at(200))];
    given(recreated)
      .when({ type: 'CreateModelVersion', data: { name: 'm', source: 's3://b/new' } }, meta)
      .then([
        {
          type: 'ModelVersionRegistered',
          data: expect.objectContaining({ name: 'm', version: 1, source: 's3://b/new' }) as never,
        },
      ]);
    expect(live(evolveAll(recreated)).versions.size).toBe(0);
  });
});

describe('rename: closing the books', () => {
  const history: RegistryEvent[] = [
    ev.created('old'),
    { type: 'RegisteredModelTagSet', data: { name: 'old', key: 'team', value: 'fraud', timestamp: at(1) } },
    ...[1, 2, 3].flatMap((v) => [ev.registered('old', v), ev.ready('old', v)]),
    { type: 'ModelVersionTagSet', data: { name: 'old', version: 2, key: 'validated', value: 'yes', timestamp: at(5) } },
    ev.staged('old', 2, 'None', 'Production'),
    ev.aliasAssigned('old', 'champion', 2),
    { type: 'ModelVersionDeleted', data: { name: 'old', version: 3, timestamp: at(60) } },
    ev.requested('old', 'r1', 1, aliasTarget('challenger')),
    ev.awaiting('old', 'r1', 1, aliasTarget('challenger')),
  ];
  const oldState = evolveAll(history);
  const command: RegistryCommand & { type: 'RenameRegisteredModel' } = {
    type: 'RenameRegisteredModel',
    data: { name: 'old', newName: 'new' },
  };

  it('when RenameRegisteredModel, then RegisteredModelRenamed on the old stream', () =>
    given(history)
      .when(command, meta)
      .then([{ type: 'RegisteredModelRenamed', data: { name: 'old', newName: 'new', timestamp: now } }]));

  it('when renamed to its own name, then no events', () =>
    given(history)
      .when({ type: 'RenameRegisteredModel', data: { name: 'old', newName: 'old' } })
      .then([]));

  it('when renamed to an empty name, then throws INVALID_ARGUMENT naming new_name', () =>
    given(history)
      .when({ type: 'RenameRegisteredModel', data: { name: 'old', newName: '' } })
      .thenThrows(InvalidArgument, 'REGISTRY.MISSING_PARAMETER', "'new_name'"));

  it('decideRename gives both streams their events: Renamed closes old, RenamedFrom opens new', () => {
    const decision = decideRename(command, oldState, evolveAll([]), meta);
    expect(decision.old).toEqual({
      stream: 'model-old',
      events: [{ type: 'RegisteredModelRenamed', data: { name: 'old', newName: 'new', timestamp: now } }],
    });
    expect(decision.new.stream).toBe('model-new');
    expect(decision.new.events).toEqual([
      {
        type: 'RegisteredModelRenamedFrom',
        data: { name: 'new', previousName: 'old', snapshot: expect.any(Object), timestamp: now },
      },
    ]);
  });

  it('when the new name is taken by a live model, then throws ALREADY_EXISTS', () =>
    expect(() => decideRename(command, oldState, evolveAll([ev.created('new')]), meta)).toThrow(
      expect.objectContaining({
        code: 'REGISTRY.MODEL_ALREADY_EXISTS',
        message: 'Registered Model (name=new) already exists.',
      }),
    ));

  it('when the new name was deleted before, then its stream starts a new life from the snapshot', () => {
    const deletedNew = evolveAll([
      ev.created('new'),
      { type: 'RegisteredModelDeleted', data: { name: 'new', timestamp: at(2) } },
    ]);
    expect(decideRename(command, oldState, deletedNew, meta).new.events).toHaveLength(1);
  });

  it('when renamed to its own name, then decideRename has nothing for either stream', () => {
    const same = decideRename(
      { type: 'RenameRegisteredModel', data: { name: 'old', newName: 'old' } },
      oldState,
      oldState,
      meta,
    );
    expect([same.old.events, same.new.events]).toEqual([[], []]);
  });

  describe('given both events applied', () => {
    const { old: oldSide, new: newSide } = decideRename(command, oldState, evolveAll([]), meta);
    const closed = oldSide.events.reduce(evolve, oldState);
    const reopened = evolveAll(newSide.events);
    const before = live(oldState);
    const after = live(reopened);

    it('then the old stream is closed and names where the model went', () =>
      expect(closed).toEqual({ kind: 'closed', name: 'old', closedBy: 'renamed', renamedTo: 'new', closedAt: now }));

    it('then evolve(RenamedFrom) reproduces the whole state under the new name, with the rename as last update', () => {
      const expected = {
        ...before,
        name: 'new',
        lastUpdatedTimestamp: now,
        versions: new Map([...before.versions].map(([n, v]) => [n, { ...v, lastUpdatedTimestamp: now }])),
      };
      expect(after).toEqual(expected);
      expect(after.tags.get('team')).toBe('fraud');
      expect(after.aliases.get('champion')).toBe(2);
      expect(after.versions.get(2)?.stage).toBe('Production');
      expect(after.versions.get(2)?.tags.get('validated')).toBe('yes');
      expect(after.promotions.get('r1')?.status).toBe('awaiting-approval');
    });

    it('then the snapshot survives the contract schema and JSON unchanged', () => {
      const data = (newSide.events[0] as RegistryEvent & { type: 'RegisteredModelRenamedFrom' }).data;
      const stored = parseEventData('RegisteredModelRenamedFrom', JSON.parse(JSON.stringify(data)));
      expect(modelFromSnapshot('new', stored.snapshot)).toEqual(after);
      expect(snapshotOf(after)).toEqual(stored.snapshot);
    });

    it('then version numbers continue after the highest ever allocated (3, deleted), so the next is 4', () =>
      given(newSide.events)
        .when({ type: 'CreateModelVersion', data: { name: 'new', source: 's3://b/4' } })
        .then([
          { type: 'ModelVersionRegistered', data: expect.objectContaining({ name: 'new', version: 4 }) as never },
        ]));

    it('then a promotion awaiting approval can be completed on the new stream', () =>
      expect(
        decide(
          { type: 'CompletePromotion', data: { name: 'new', requestId: 'r1', approvedBy: ['bob'] } },
          reopened,
          meta,
        ).map((e) => e.type),
      ).toEqual(['PromotionAllowed', 'AliasAssigned']));

    it('then the old name answers NOT_FOUND and can be created again', () => {
      expect(() =>
        decide({ type: 'UpdateRegisteredModel', data: { name: 'old', description: '' } }, closed, meta),
      ).toThrow(NotFound);
      expect(decide({ type: 'CreateRegisteredModel', data: { name: 'old' } }, closed, meta).map((e) => e.type)).toEqual(
        ['RegisteredModelCreated'],
      );
    });
  });

  it('renamedFrom refuses a Renamed event for another model', () =>
    expect(() =>
      renamedFrom(
        evolveAll([ev.created('x')]),
        { type: 'RegisteredModelRenamed', data: { name: 'old', newName: 'new', timestamp: now } },
        evolveAll([]),
      ),
    ).toThrow(NotFound));
});

describe("evolve keeps MLflow's timestamps", () => {
  it('given RegisteredModelCreated, then created and last updated are its time', () => {
    const model = live(evolveAll([ev.created('m', T0)]));
    expect([model.creationTimestamp, model.lastUpdatedTimestamp]).toEqual([T0, T0]);
  });

  it('given a created event from before the registry domain (no timestamp, no tags), then a live model at time 0', () => {
    const legacy = parseEventData('RegisteredModelCreated', { name: 'boot-1' });
    const model = live(evolve({ kind: 'empty' }, { type: 'RegisteredModelCreated', data: legacy }));
    expect([model.name, model.creationTimestamp, model.tags.size]).toEqual(['boot-1', 0, 0]);
  });

  it('given a description update, a version and a stage change, then the model was last updated at the latest', () => {
    const model = live(
      evolveAll([
        ev.created('m', T0),
        { type: 'RegisteredModelDescriptionUpdated', data: { name: 'm', description: 'd', timestamp: at(1) } },
        ev.registered('m', 1, at(2)),
        ev.ready('m', 1, at(3)),
        ev.staged('m', 1, 'None', 'Staging', at(4)),
      ]),
    );
    expect(model.lastUpdatedTimestamp).toBe(at(4));
    expect(model.versions.get(1)).toMatchObject({
      stage: 'Staging',
      creationTimestamp: at(2),
      lastUpdatedTimestamp: at(4),
    });
  });

  it('given tag and alias changes, then nothing was updated (MLflow does not bump them)', () => {
    const model = live(
      evolveAll([
        ...withReadyVersions(1),
        { type: 'RegisteredModelTagSet', data: { name: 'm', key: 'k', value: 'v', timestamp: at(90) } },
        { type: 'ModelVersionTagSet', data: { name: 'm', version: 1, key: 'k', value: 'v', timestamp: at(91) } },
        ev.aliasAssigned('m', 'champion', 1, 'r0', at(92)),
      ]),
    );
    expect(model.lastUpdatedTimestamp).toBe(at(1));
    expect(model.versions.get(1)?.lastUpdatedTimestamp).toBe(at(1));
  });

  it('given a fact about a model that is not live, then the state is left as it is', () => {
    const closed = evolveAll([
      ev.created('m'),
      { type: 'RegisteredModelDeleted', data: { name: 'm', timestamp: at(1) } },
    ]);
    expect(evolve(closed, ev.aliasAssigned('m', 'champion', 1))).toBe(closed);
  });

  it('given a stage transition request, then nothing moves before it is allowed', () => {
    const model = live(evolveAll([...withReadyVersions(1), ev.requested('m', 'r1', 1, stageTarget('Production'))]));
    expect(model.versions.get(1)?.stage).toBe('None');
    expect(model.promotions.get('r1')).toMatchObject({ status: 'requested', requestedBy: 'user:alice' });
  });
});
