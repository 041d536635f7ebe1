import { AlreadyExists, FailedPrecondition, InvalidArgument, NotFound, PermissionDenied } from '@cairn/contracts';
import { RegistryCommand } from './commands';
import { aliasTarget, at, ev, given, metadataAt, stageTarget, withReadyVersions } from './decider-specification';
import { RegistryEvent } from './model';
import { promotionDeniedError } from './promotion';
import { latestVersions, requireModel, versionByAlias } from './queries';
import { evolveAll } from './registered-model';

const now = at(1000);
const meta = metadataAt(now, { requestId: 'r1', actor: 'user:carol' });
const champion = aliasTarget('champion');
const request = (
  target: Extract<RegistryCommand, { type: 'RequestPromotion' }>['data']['target'],
  version = 2,
): RegistryCommand => ({
  type: 'RequestPromotion',
  data: { name: 'm', version, target },
});
const decision = (
  outcome: 'allow' | 'deny' | 'needs-approval',
  extra: Partial<Extract<RegistryCommand, { type: 'RecordPromotionDecision' }>['data']> = {},
): RegistryCommand => ({ type: 'RecordPromotionDecision', data: { name: 'm', requestId: 'r1', outcome, ...extra } });
const complete: RegistryCommand = {
  type: 'CompletePromotion',
  data: { name: 'm', requestId: 'r1', approvedBy: ['user:bob'] },
};
const abandon: RegistryCommand = {
  type: 'AbandonPromotion',
  data: { name: 'm', requestId: 'r1', reason: 'governance unavailable' },
};
const reject: RegistryCommand = {
  type: 'RejectPromotion',
  data: { name: 'm', requestId: 'r1', reasons: ['not yet'], rejectedBy: 'user:bob' },
};

describe('given READY versions 1 and 2', () => {
  const history = withReadyVersions(2);

  it('when RequestPromotion of an alias, then PromotionRequested with the request id and actor from the metadata', () =>
    given(history)
      .when(request({ kind: 'alias', alias: 'champion' }), meta)
      .then([
        {
          type: 'PromotionRequested',
          data: { name: 'm', requestId: 'r1', version: 2, target: champion, requestedBy: 'user:carol', timestamp: now },
        },
      ]));

  it('when RequestPromotion to stage "production", then the stage is canonical and archive-existing false', () =>
    given(history)
      .when(request({ kind: 'stage', stage: 'production' }), meta)
      .then([
        {
          type: 'PromotionRequested',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: stageTarget('Production'),
            requestedBy: 'user:carol',
            timestamp: now,
          },
        },
      ]));

  it('when RequestPromotion to Staging archiving existing versions, then the target says so', () =>
    expect(
      given(history)
        .when(request({ kind: 'stage', stage: 'Staging', archiveExistingVersions: true }), meta)
        .events()[0],
    ).toMatchObject({
      data: { target: stageTarget('Staging', true) },
    }));

  it('when RequestPromotion without a request id, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when(request(champion), metadataAt(now))
      .thenThrows(InvalidArgument, 'REGISTRY.REQUEST_ID_REQUIRED'));

  it.each([
    [
      'the reserved alias latest',
      { kind: 'alias' as const, alias: 'Latest' },
      'REGISTRY.INVALID_ALIAS',
      "'latest' alias name (case insensitive) is reserved.",
    ],
    [
      'a version-like alias',
      { kind: 'alias' as const, alias: 'v3' },
      'REGISTRY.INVALID_ALIAS',
      "Version alias name 'v3' is reserved.",
    ],
    [
      'an unknown stage',
      { kind: 'stage' as const, stage: 'Prod' },
      'REGISTRY.INVALID_STAGE',
      'Invalid Model Version stage Prod.',
    ],
    [
      'archive-existing with stage Archived',
      { kind: 'stage' as const, stage: 'archived', archiveExistingVersions: true },
      'REGISTRY.INVALID_ARCHIVE_EXISTING',
      "because 'Archived' is not an Active stage",
    ],
  ])('when RequestPromotion to %s, then throws INVALID_ARGUMENT', (_label, target, code, message) =>
    given(history).when(request(target), meta).thenThrows(InvalidArgument, code, message),
  );

  it('when RequestPromotion of a version that does not exist, then throws NOT_FOUND', () =>
    given(history)
      .when(request(champion, 7), meta)
      .thenThrows(NotFound, 'REGISTRY.VERSION_NOT_FOUND', 'Model Version (name=m, version=7) not found'));

  it('when RequestPromotion of a version that was deleted, then throws NOT_FOUND', () =>
    given([...history, { type: 'ModelVersionDeleted', data: { name: 'm', version: 2, timestamp: at(9) } }])
      .when(request(champion), meta)
      .thenThrows(NotFound, 'REGISTRY.VERSION_NOT_FOUND'));

  it('when a request id already used for the same promotion is sent again, then no events', () =>
    given([...history, ev.requested('m', 'r1', 2, champion)])
      .when(request(champion), meta)
      .then([]));

  it('when a request id already used for another promotion is sent, then throws ALREADY_EXISTS', () =>
    given([...history, ev.requested('m', 'r1', 1, champion)])
      .when(request(champion), meta)
      .thenThrows(AlreadyExists, 'REGISTRY.PROMOTION_EXISTS'));

  it('when RecordPromotionDecision for an unknown request, then throws NOT_FOUND', () =>
    given(history).when(decision('allow'), meta).thenThrows(NotFound, 'REGISTRY.PROMOTION_NOT_FOUND'));
});

describe('given a version pending registration', () => {
  it('when RequestPromotion, then throws FAILED_PRECONDITION: only READY versions are promoted', () =>
    given([ev.created('m'), ev.registered('m', 1), ev.registered('m', 2)])
      .when(request(champion), meta)
      .thenThrows(
        FailedPrecondition,
        'REGISTRY.VERSION_NOT_READY',
        'Model Version (name=m, version=2) is PENDING_REGISTRATION',
      ));
});

describe('given champion → 1 and a request to move champion to 2', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.aliasAssigned('m', 'champion', 1),
    ev.requested('m', 'r1', 2, champion),
  ];

  it('when governance allows, then PromotionAllowed and AliasAssigned naming the previous version', () =>
    given(history)
      .when(
        decision('allow', { decisionId: 'd1', policies: [{ id: 'p-auc', version: 3 }], reasons: ['auc 0.91 ≥ 0.9'] }),
        meta,
      )
      .then([
        {
          type: 'PromotionAllowed',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            decisionId: 'd1',
            policies: [{ id: 'p-auc', version: 3 }],
            approvedBy: undefined,
            reasons: ['auc 0.91 ≥ 0.9'],
            timestamp: now,
          },
        },
        {
          type: 'AliasAssigned',
          data: { name: 'm', alias: 'champion', version: 2, previousVersion: 1, requestId: 'r1', timestamp: now },
        },
      ]));

  it('when the allow is applied, then the alias resolves to version 2', () => {
    const state = evolveAll(given(history).when(decision('allow'), meta).events(), evolveAll(history));
    expect(versionByAlias(state, 'm', 'champion').version).toBe(2);
    expect(requireModel(state, 'm').promotions.get('r1')).toMatchObject({ status: 'allowed', decidedAt: now });
  });

  it('when governance denies, then PromotionDenied with the reasons and nothing moves', () =>
    given(history)
      .when(decision('deny', { decisionId: 'd1', reasons: ['no data-quality report'] }), meta)
      .then([
        {
          type: 'PromotionDenied',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            decisionId: 'd1',
            policies: undefined,
            reasons: ['no data-quality report'],
            timestamp: now,
          },
        },
      ]));

  it('when governance needs approval, then PromotionAwaitingApproval and nothing moves yet', () =>
    given(history)
      .when(
        decision('needs-approval', {
          decisionId: 'd1',
          approvalsRequired: 2,
          reasons: ['production needs two approvers'],
        }),
        meta,
      )
      .then([
        {
          type: 'PromotionAwaitingApproval',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            decisionId: 'd1',
            policies: undefined,
            approvalsRequired: 2,
            reasons: ['production needs two approvers'],
            timestamp: now,
          },
        },
      ]));

  it('when governance needs approval without a decision id, then throws INVALID_ARGUMENT', () =>
    given(history).when(decision('needs-approval'), meta).thenThrows(InvalidArgument, 'REGISTRY.INVALID_DECISION'));

  it('when governance needs zero approvals, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when(decision('needs-approval', { decisionId: 'd1', approvalsRequired: 0 }), meta)
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_DECISION'));

  it('when CompletePromotion before any decision, then throws FAILED_PRECONDITION', () =>
    given(history)
      .when(complete, meta)
      .thenThrows(
        FailedPrecondition,
        'REGISTRY.PROMOTION_NOT_AWAITING_APPROVAL',
        'Promotion request r1 of Registered Model (name=m) is requested, not awaiting approval.',
      ));

  it('when AbandonPromotion (governance unavailable), then PromotionAbandoned', () =>
    given(history)
      .when(abandon, meta)
      .then([
        {
          type: 'PromotionAbandoned',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            reason: 'governance unavailable',
            timestamp: now,
          },
        },
      ]));

  it('when AbandonPromotion without a reason, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'AbandonPromotion', data: { name: 'm', requestId: 'r1', reason: '' } }, meta)
      .thenThrows(InvalidArgument));
});

describe('given a promotion already allowed', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.requested('m', 'r1', 2, champion),
    ev.allowed('m', 'r1', 2, champion),
    ev.aliasAssigned('m', 'champion', 2, 'r1'),
  ];

  it('when the same decision arrives again (a retried answer), then no events', () =>
    given(history)
      .when(decision('allow', { decisionId: 'd-r1' }), meta)
      .then([]));

  it('when another decision arrives, then throws FAILED_PRECONDITION', () =>
    given(history)
      .when(decision('deny', { decisionId: 'd-r1' }), meta)
      .thenThrows(FailedPrecondition, 'REGISTRY.PROMOTION_NOT_PENDING', 'is allowed, not waiting for a decision'));

  it('when CompletePromotion, then no events (idempotent)', () => given(history).when(complete, meta).then([]));

  it('when AbandonPromotion, then throws FAILED_PRECONDITION', () =>
    given(history).when(abandon, meta).thenThrows(FailedPrecondition, 'REGISTRY.PROMOTION_NOT_PENDING'));
});

describe('given a promotion awaiting approval', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.aliasAssigned('m', 'champion', 1),
    ev.requested('m', 'r1', 2, champion),
    ev.awaiting('m', 'r1', 2, champion),
  ];

  it('when CompletePromotion, then PromotionAllowed with the approvers and the awaited decision, then AliasAssigned', () =>
    given(history)
      .when(complete, meta)
      .then([
        {
          type: 'PromotionAllowed',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            decisionId: 'd-r1',
            policies: undefined,
            approvedBy: ['user:bob'],
            reasons: [],
            timestamp: now,
          },
        },
        {
          type: 'AliasAssigned',
          data: { name: 'm', alias: 'champion', version: 2, previousVersion: 1, requestId: 'r1', timestamp: now },
        },
      ]));

  it('when CompletePromotion arrives twice, then the second time has no events', () => {
    const first = given(history).when(complete, meta).events();
    given([...history, ...first])
      .when(complete, meta)
      .then([]);
  });

  it('when RejectPromotion, then PromotionDenied naming the approver', () =>
    given(history)
      .when(reject, meta)
      .then([
        {
          type: 'PromotionDenied',
          data: {
            name: 'm',
            requestId: 'r1',
            version: 2,
            target: champion,
            decisionId: 'd-r1',
            rejectedBy: 'user:bob',
            reasons: ['not yet'],
            timestamp: now,
          },
        },
      ]));

  it('when the same needs-approval decision arrives again, then no events', () =>
    given(history)
      .when(decision('needs-approval', { decisionId: 'd-r1' }), meta)
      .then([]));

  it('when AbandonPromotion (approval timed out), then PromotionAbandoned', () =>
    expect(
      given(history)
        .when(abandon, meta)
        .events()
        .map((e) => e.type),
    ).toEqual(['PromotionAbandoned']));
});

describe('given a denied promotion', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.requested('m', 'r1', 2, champion),
    {
      type: 'PromotionDenied',
      data: { name: 'm', requestId: 'r1', version: 2, target: champion, reasons: ['no'], timestamp: at(51) },
    },
  ];

  it('when CompletePromotion, then throws FAILED_PRECONDITION', () =>
    given(history).when(complete, meta).thenThrows(FailedPrecondition, 'REGISTRY.PROMOTION_NOT_AWAITING_APPROVAL'));
  it('when RejectPromotion, then no events', () => given(history).when(reject, meta).then([]));
  it('then promotionDeniedError is PERMISSION_DENIED naming the reasons', () => {
    const promotion = requireModel(evolveAll(history), 'm').promotions.get('r1')!;
    const error = promotionDeniedError('m', promotion);
    expect(error).toBeInstanceOf(PermissionDenied);
    expect(error.code).toBe('REGISTRY.PROMOTION_DENIED');
    expect(error.message).toBe("Promotion of Model Version (name=m, version=2) to alias 'champion' was denied: no");
  });
});

describe('given an abandoned promotion', () => {
  const history: RegistryEvent[] = [
    ...withReadyVersions(2),
    ev.requested('m', 'r1', 2, champion),
    {
      type: 'PromotionAbandoned',
      data: { name: 'm', requestId: 'r1', version: 2, target: champion, reason: 'timeout', timestamp: at(51) },
    },
  ];

  it('when AbandonPromotion again, then no events', () => given(history).when(abandon, meta).then([]));
  it('when a late decision arrives, then throws FAILED_PRECONDITION', () =>
    given(history).when(decision('allow'), meta).thenThrows(FailedPrecondition, 'REGISTRY.PROMOTION_NOT_PENDING'));
  it('when CompletePromotion, then throws FAILED_PRECONDITION', () =>
    given(history).when(complete, meta).thenThrows(FailedPrecondition, 'REGISTRY.PROMOTION_NOT_AWAITING_APPROVAL'));
});

describe('stage promotions', () => {
  const production = stageTarget('Production', true);
  const history: RegistryEvent[] = [
    ...withReadyVersions(4),
    ev.staged('m', 1, 'None', 'Production'),
    ev.staged('m', 2, 'None', 'Production'),
    ev.staged('m', 3, 'None', 'Staging'),
  ];

  it('given versions 1 and 2 in Production, when 4 is allowed into Production archiving existing, then 1 and 2 are archived, then 4 moves', () =>
    given([...history, ev.requested('m', 'r1', 4, production)])
      .when(decision('allow', { decisionId: 'd1' }), meta)
      .then([
        expect.objectContaining({ type: 'PromotionAllowed' }) as never,
        {
          type: 'StageTransitioned',
          data: { name: 'm', version: 1, from: 'Production', to: 'Archived', requestId: 'r1', timestamp: now },
        },
        {
          type: 'StageTransitioned',
          data: { name: 'm', version: 2, from: 'Production', to: 'Archived', requestId: 'r1', timestamp: now },
        },
        {
          type: 'StageTransitioned',
          data: { name: 'm', version: 4, from: 'None', to: 'Production', requestId: 'r1', timestamp: now },
        },
      ]));

  it('given the archive-existing promotion applied, then the latest versions are 4 in Production and 2 in Archived', () => {
    const before = evolveAll([...history, ev.requested('m', 'r1', 4, production)]);
    const after = evolveAll(
      given([...history, ev.requested('m', 'r1', 4, production)])
        .when(decision('allow'), meta)
        .events(),
      before,
    );
    expect(latestVersions(after, 'm').map((v) => [v.version, v.stage])).toEqual([
      [3, 'Staging'],
      [4, 'Production'],
      [2, 'Archived'],
    ]);
  });

  it('given versions in Production, when 4 is allowed into Production without archiving, then only 4 moves', () =>
    expect(
      given([...history, ev.requested('m', 'r1', 4, stageTarget('Production'))])
        .when(decision('allow'), meta)
        .events()
        .map((e) => (e.type === 'StageTransitioned' ? [e.data.version, e.data.to] : e.type)),
    ).toEqual(['PromotionAllowed', [4, 'Production']]));

  it('given 2 already in Production, when 2 is allowed into Production archiving existing, then only 1 is archived', () =>
    expect(
      given([...history, ev.requested('m', 'r1', 2, production)])
        .when(decision('allow'), meta)
        .events()
        .map((e) => (e.type === 'StageTransitioned' ? [e.data.version, e.data.from, e.data.to] : e.type)),
    ).toEqual(['PromotionAllowed', [1, 'Production', 'Archived']]));

  it('given a version in Archived, when it is allowed back to None, then one transition Archived → None', () =>
    expect(
      given([
        ...withReadyVersions(1),
        ev.staged('m', 1, 'None', 'Archived'),
        ev.requested('m', 'r1', 1, stageTarget('None')),
      ])
        .when(decision('allow'), meta)
        .events()[1],
    ).toEqual({
      type: 'StageTransitioned',
      data: { name: 'm', version: 1, from: 'Archived', to: 'None', requestId: 'r1', timestamp: now },
    }));
});

describe('alias promotions', () => {
  it('given no alias yet, when allowed, then AliasAssigned without a previous version', () =>
    given([...withReadyVersions(1), ev.requested('m', 'r1', 1, champion)])
      .when(decision('allow'), meta)
      .then([
        expect.objectContaining({ type: 'PromotionAllowed' }) as never,
        {
          type: 'AliasAssigned',
          data: {
            name: 'm',
            alias: 'champion',
            version: 1,
            previousVersion: undefined,
            requestId: 'r1',
            timestamp: now,
          },
        },
      ]));

  it('given the alias already on the version, when allowed, then PromotionAllowed alone (nothing to change)', () =>
    expect(
      given([...withReadyVersions(1), ev.aliasAssigned('m', 'champion', 1), ev.requested('m', 'r1', 1, champion)])
        .when(decision('allow'), meta)
        .events()
        .map((e) => e.type),
    ).toEqual(['PromotionAllowed']));
});

describe('DeleteAlias', () => {
  const history: RegistryEvent[] = [...withReadyVersions(1), ev.aliasAssigned('m', 'champion', 1)];

  it('given the alias, when DeleteAlias, then AliasDeleted naming the version it pointed at', () =>
    given(history)
      .when({ type: 'DeleteAlias', data: { name: 'm', alias: 'champion' } }, meta)
      .then([{ type: 'AliasDeleted', data: { name: 'm', alias: 'champion', version: 1, timestamp: now } }]));

  it('given no such alias, when DeleteAlias, then no events (MLflow answers success)', () =>
    given(history)
      .when({ type: 'DeleteAlias', data: { name: 'm', alias: 'challenger' } }, meta)
      .then([]));

  it('given any model, when DeleteAlias of a reserved alias, then throws INVALID_ARGUMENT', () =>
    given(history)
      .when({ type: 'DeleteAlias', data: { name: 'm', alias: 'latest' } }, meta)
      .thenThrows(InvalidArgument, 'REGISTRY.INVALID_ALIAS'));

  it('given the deletion applied, then the alias no longer resolves', () => {
    const state = evolveAll([
      ...history,
      { type: 'AliasDeleted', data: { name: 'm', alias: 'champion', version: 1, timestamp: now } },
    ]);
    expect(() => versionByAlias(state, 'm', 'champion')).toThrow('Registered model alias champion not found.');
  });
});
