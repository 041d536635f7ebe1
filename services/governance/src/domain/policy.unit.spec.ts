import { InvalidArgument, NotFound } from '@cairn/contracts';
import { createCelPolicyEngine } from './cel-engine';
import { at, metadataAt, spec } from './decider-specification';
import { sha256Hex } from './hash';
import { PolicyEvent } from './model';
import { activePolicies, PolicyCommand, policyDecider, PublishPolicyVersion } from './policy';

const engine = createCelPolicyEngine();
const policies = spec(policyDecider, { engine });
const now = at(100);
const meta = metadataAt(now, 'user:root');

const source = 'has(metrics.accuracy) && metrics.accuracy >= 0.9';
const publish = (overrides: Partial<PublishPolicyVersion['data']> = {}): PolicyCommand => ({
  type: 'PublishPolicyVersion',
  data: {
    policyId: 'min-accuracy',
    name: 'Minimum accuracy',
    description: 'accuracy at least 0.9',
    source,
    scope: { modelPattern: 'fraud-*', targets: ['Production', 'alias:champion'] },
    effect: 'deny-unless',
    message: 'accuracy must be at least 0.9',
    ...overrides,
  },
});
type Published = Extract<PolicyEvent, { type: 'PolicyVersionPublished' }>;
const published = (version: number, overrides: Partial<Published['data']> = {}): Published => ({
  type: 'PolicyVersionPublished',
  data: {
    policyId: 'min-accuracy',
    version,
    name: 'Minimum accuracy',
    description: 'accuracy at least 0.9',
    source,
    hash: sha256Hex(source),
    scope: { modelPattern: 'fraud-*', targets: ['Production', 'alias:champion'] },
    effect: 'deny-unless',
    message: 'accuracy must be at least 0.9',
    publishedBy: 'user:root',
    timestamp: at(version),
    ...overrides,
  },
});
const retired = (version: number): PolicyEvent => ({
  type: 'PolicyRetired',
  data: { policyId: 'min-accuracy', version, retiredBy: 'user:root', timestamp: at(50) },
});

describe('given no policy under the id', () => {
  it('when PublishPolicyVersion with a compiling source, then version 1 with the source hash and the publisher', () =>
    policies
      .given([])
      .when(publish(), meta)
      .then([{ ...published(1), data: { ...published(1).data, timestamp: now } }]));

  it('when PublishPolicyVersion of a require-approvals policy, then its approvals are recorded', () =>
    expect(
      policies
        .given([])
        .when(publish({ effect: 'require-approvals', approvals: 2 }), meta)
        .events()[0].data,
    ).toMatchObject({ effect: 'require-approvals', approvals: 2 }));

  it('when PublishPolicyVersion with a source that does not compile, then INVALID_ARGUMENT with each error position', () => {
    const when = policies.given([]).when(publish({ source: 'has(metrics.accuracy) &&\n  metrics.accuracy >= ' }), meta);
    when.thenThrows(
      InvalidArgument,
      'GOVERNANCE.POLICY_DOES_NOT_COMPILE',
      /does not compile:\n2:20: the expression ends after '>='/,
    );
    try {
      when.events();
    } catch (error) {
      expect((error as InvalidArgument).context).toEqual({
        policyId: 'min-accuracy',
        errors: [{ message: "the expression ends after '>='", line: 2, column: 20 }],
      });
    }
  });

  it('when PublishPolicyVersion naming an unknown input variable, then it is refused at its position', () =>
    policies
      .given([])
      .when(publish({ source: 'metric.accuracy >= 0.9' }), meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.POLICY_DOES_NOT_COMPILE', /1:1: unknown variable 'metric'/));

  it.each([
    ['an upper-case policy id', { policyId: 'Min' }, /policy id/],
    ['an empty name', { name: '  ' }, /name/],
    ['no message', { message: '' }, /message/],
    ['an empty source', { source: ' ' }, /CEL source/],
    ['a source over the limit', { source: `true || ${'true || '.repeat(3000)}true` }, /limited to 20000/],
    ['an unknown stage target', { scope: { modelPattern: '*', targets: ['stage:Prod'] } }, /unknown stage "Prod"/],
    [
      'an unknown target kind',
      { scope: { modelPattern: '*', targets: ['cluster:eu'] } },
      /unknown target kind "cluster"/,
    ],
    ['no targets', { scope: { modelPattern: '*', targets: [] } }, /at least one target/],
    ['a model pattern with a space', { scope: { modelPattern: 'a b', targets: ['*'] } }, /modelPattern/],
    ['require-approvals without approvals', { effect: 'require-approvals' as const }, /approvals between 1 and 10/],
    [
      'require-approvals with 11 approvals',
      { effect: 'require-approvals' as const, approvals: 11 },
      /approvals between 1 and 10/,
    ],
    ['deny-unless with approvals', { approvals: 2 }, /takes no approvals/],
    ['an unknown effect', { effect: 'warn' as never }, /unknown effect/],
  ])('when PublishPolicyVersion with %s, then INVALID_ARGUMENT', (_label, overrides, message) =>
    policies
      .given([])
      .when(publish(overrides), meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.INVALID_ARGUMENT', message),
  );

  it('when RetirePolicy, then NOT_FOUND', () =>
    policies
      .given([])
      .when({ type: 'RetirePolicy', data: { policyId: 'min-accuracy' } }, meta)
      .thenThrows(NotFound, 'GOVERNANCE.POLICY_NOT_FOUND'));
});

describe('given version 2 is published', () => {
  const history = [published(1, { source: 'true', hash: sha256Hex('true') }), published(2)];

  it('when PublishPolicyVersion with a new source, then version 3', () =>
    expect(
      policies
        .given(history)
        .when(publish({ source: 'metrics.accuracy >= 0.95' }), meta)
        .events()[0].data,
    ).toMatchObject({ version: 3, source: 'metrics.accuracy >= 0.95', hash: sha256Hex('metrics.accuracy >= 0.95') }));

  it('when PublishPolicyVersion with only a new message, then version 3 (any change is a version)', () =>
    expect(
      policies
        .given(history)
        .when(publish({ message: 'too inaccurate' }), meta)
        .events()[0].data,
    ).toMatchObject({
      version: 3,
      message: 'too inaccurate',
    }));

  it('when PublishPolicyVersion with exactly version 2 again, then no events (idempotent)', () =>
    policies.given(history).when(publish(), meta).then([]));

  it('when PublishPolicyVersion with a broken source, then it is refused and version 2 stays', () =>
    policies
      .given(history)
      .when(publish({ source: 'metrics.accuracy >=' }), meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.POLICY_DOES_NOT_COMPILE'));

  it('when RetirePolicy, then PolicyRetired naming the last version and who retired it', () =>
    policies
      .given(history)
      .when({ type: 'RetirePolicy', data: { policyId: 'min-accuracy', reason: 'replaced' } }, meta)
      .then([
        {
          type: 'PolicyRetired',
          data: { policyId: 'min-accuracy', version: 2, reason: 'replaced', retiredBy: 'user:root', timestamp: now },
        },
      ]));
});

describe('given a retired policy', () => {
  const history = [published(1), retired(1)];

  it('when RetirePolicy again, then no events', () =>
    policies
      .given(history)
      .when({ type: 'RetirePolicy', data: { policyId: 'min-accuracy' } }, meta)
      .then([]));

  it('when PublishPolicyVersion, then version 2 is active again', () => {
    const when = policies.given(history).when(publish(), meta);
    expect(when.events()[0].data).toMatchObject({ version: 2 });
    expect(when.state()).toMatchObject({ kind: 'active', policy: { version: 2 } });
  });
});

describe('activePolicies over every policy stream', () => {
  it('keeps the latest version of each policy that is not retired, by policy id', () => {
    const other = (version: number): PolicyEvent => ({
      ...published(version),
      data: { ...published(version).data, policyId: 'a-latency', name: 'Latency' },
    });
    const gone: PolicyEvent = { ...published(1), data: { ...published(1).data, policyId: 'old' } };
    const goneRetired: PolicyEvent = {
      type: 'PolicyRetired',
      data: { policyId: 'old', version: 1, retiredBy: 'x', timestamp: 1 },
    };
    expect(
      activePolicies([published(1), other(1), gone, published(2), other(2), goneRetired]).map((p) => [
        p.policyId,
        p.version,
      ]),
    ).toEqual([
      ['a-latency', 2],
      ['min-accuracy', 2],
    ]);
  });
});
