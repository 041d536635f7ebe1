import { AlreadyExists, InvalidArgument, NotFound } from '@cairn/contracts';
import { at, metadataAt, spec } from './decider-specification';
import { hashToken } from './hash';
import { PrincipalEvent, RoleBinding } from './model';
import { PrincipalCommand, principalDecider } from './principal';

const principals = spec(principalDecider, undefined);
const now = at(100);
const meta = metadataAt(now, 'admin');
const hash = hashToken('cairn_s3cr3t');

const created = (roles: RoleBinding[] = [{ role: 'data-scientist' }]): PrincipalEvent => ({
  type: 'PrincipalCreated',
  data: { principalId: 'user:alice', name: 'Alice', kind: 'user', roles, timestamp: at(1) },
});
const issued = (tokenId = 't1', expiresAt?: number): PrincipalEvent => ({
  type: 'TokenIssued',
  data: { principalId: 'user:alice', tokenId, hash, ...(expiresAt ? { expiresAt } : {}), timestamp: at(2) },
});
const create = (roles?: RoleBinding[]): PrincipalCommand => ({
  type: 'CreatePrincipal',
  data: { principalId: 'user:alice', name: 'Alice', kind: 'user', ...(roles ? { roles } : {}) },
});

describe('given no principal', () => {
  it('when CreatePrincipal with roles, then PrincipalCreated with them (duplicates dropped, "*" scope = unscoped)', () =>
    principals
      .given([])
      .when(
        create([
          { role: 'data-scientist' },
          { role: 'approver', scope: 'fraud-*' },
          { role: 'data-scientist', scope: '*' },
        ]),
        meta,
      )
      .then([
        {
          type: 'PrincipalCreated',
          data: {
            principalId: 'user:alice',
            name: 'Alice',
            kind: 'user',
            roles: [{ role: 'data-scientist' }, { role: 'approver', scope: 'fraud-*' }],
            timestamp: now,
          },
        },
      ]));

  it('when CreatePrincipal of a service account without roles, then PrincipalCreated with none', () =>
    expect(
      principals
        .given([])
        .when(
          { type: 'CreatePrincipal', data: { principalId: 'service:registry', name: 'registry', kind: 'service' } },
          meta,
        )
        .events()[0].data,
    ).toMatchObject({ kind: 'service', roles: [] }));

  it.each([
    ['an id with a space', { principalId: 'user alice' }, /principal id/],
    ['an empty name', { name: '' }, /name/],
    ['an unknown kind', { kind: 'robot' as never }, /user or service/],
    ['an unknown role', { roles: [{ role: 'owner' as never }] }, /unknown role "owner"/],
    ['a scope with a space', { roles: [{ role: 'viewer' as const, scope: 'a b' }] }, /scope/],
  ])('when CreatePrincipal with %s, then INVALID_ARGUMENT', (_label, overrides, message) =>
    principals
      .given([])
      .when(
        { type: 'CreatePrincipal', data: { principalId: 'user:alice', name: 'Alice', kind: 'user', ...overrides } },
        meta,
      )
      .thenThrows(InvalidArgument, 'GOVERNANCE.INVALID_ARGUMENT', message),
  );

  it.each<PrincipalCommand>([
    { type: 'GrantRole', data: { principalId: 'user:alice', role: 'viewer' } },
    { type: 'RevokeRole', data: { principalId: 'user:alice', role: 'viewer' } },
    { type: 'IssueToken', data: { principalId: 'user:alice', tokenId: 't1', hash } },
    { type: 'RevokeToken', data: { principalId: 'user:alice', tokenId: 't1' } },
  ])('when $type, then NOT_FOUND', (command) =>
    principals.given([]).when(command, meta).thenThrows(NotFound, 'GOVERNANCE.PRINCIPAL_NOT_FOUND'),
  );
});

describe('given alice, a data scientist', () => {
  const history = [created()];

  it('when CreatePrincipal with the same facts, then no events', () =>
    principals
      .given(history)
      .when(create([{ role: 'data-scientist' }]), meta)
      .then([]));

  it('when CreatePrincipal with other roles, then ALREADY_EXISTS', () =>
    principals
      .given(history)
      .when(create([{ role: 'admin' }]), meta)
      .thenThrows(AlreadyExists, 'GOVERNANCE.PRINCIPAL_EXISTS'));

  it('when GrantRole approver for fraud-*, then RoleGranted with the scope', () =>
    principals
      .given(history)
      .when({ type: 'GrantRole', data: { principalId: 'user:alice', role: 'approver', scope: 'fraud-*' } }, meta)
      .then([
        {
          type: 'RoleGranted',
          data: { principalId: 'user:alice', role: 'approver', scope: 'fraud-*', timestamp: now },
        },
      ]));

  it('when GrantRole of the role she holds, then no events', () =>
    principals
      .given(history)
      .when({ type: 'GrantRole', data: { principalId: 'user:alice', role: 'data-scientist' } }, meta)
      .then([]));

  it('when RevokeRole data-scientist, then RoleRevoked and she holds no role', () => {
    const when = principals
      .given(history)
      .when({ type: 'RevokeRole', data: { principalId: 'user:alice', role: 'data-scientist' } }, meta);
    when.then([{ type: 'RoleRevoked', data: { principalId: 'user:alice', role: 'data-scientist', timestamp: now } }]);
    expect(when.state()).toMatchObject({ principal: { roles: [] } });
  });

  it('when RevokeRole of a scoped binding she does not hold, then no events (the unscoped one stays)', () =>
    principals
      .given(history)
      .when({ type: 'RevokeRole', data: { principalId: 'user:alice', role: 'data-scientist', scope: 'fraud-*' } }, meta)
      .then([]));

  it('when IssueToken with a hash and an expiry, then TokenIssued carrying the hash only', () =>
    principals
      .given(history)
      .when({ type: 'IssueToken', data: { principalId: 'user:alice', tokenId: 't1', hash, expiresAt: at(3600) } }, meta)
      .then([
        {
          type: 'TokenIssued',
          data: { principalId: 'user:alice', tokenId: 't1', hash, expiresAt: at(3600), timestamp: now },
        },
      ]));

  it.each([
    ['a token instead of its hash', { hash: 'cairn_s3cr3t' }, /SHA-256/],
    ['an upper-case hash', { hash: hash.toUpperCase() }, /SHA-256/],
    ['an expiry in the past', { expiresAt: at(50) }, /expire after/],
    ['an expiry equal to now', { expiresAt: now }, /expire after/],
    ['a bad token id', { tokenId: 't 1' }, /token id/],
  ])('when IssueToken with %s, then INVALID_ARGUMENT', (_label, overrides, message) =>
    principals
      .given(history)
      .when({ type: 'IssueToken', data: { principalId: 'user:alice', tokenId: 't1', hash, ...overrides } }, meta)
      .thenThrows(InvalidArgument, 'GOVERNANCE.INVALID_ARGUMENT', message),
  );

  it('when RevokeToken of a token she does not have, then NOT_FOUND', () =>
    principals
      .given(history)
      .when({ type: 'RevokeToken', data: { principalId: 'user:alice', tokenId: 'nope' } }, meta)
      .thenThrows(NotFound, 'GOVERNANCE.TOKEN_NOT_FOUND'));
});

describe('given alice holds token t1', () => {
  const history = [created(), issued('t1')];

  it('when IssueToken t1 again with the same hash, then no events', () =>
    principals
      .given(history)
      .when({ type: 'IssueToken', data: { principalId: 'user:alice', tokenId: 't1', hash } }, meta)
      .then([]));

  it('when IssueToken t1 with another hash, then ALREADY_EXISTS', () =>
    principals
      .given(history)
      .when({ type: 'IssueToken', data: { principalId: 'user:alice', tokenId: 't1', hash: hashToken('other') } }, meta)
      .thenThrows(AlreadyExists, 'GOVERNANCE.TOKEN_EXISTS'));

  it('when RevokeToken t1, then TokenRevoked with the reason and the token is marked revoked', () => {
    const when = principals
      .given(history)
      .when({ type: 'RevokeToken', data: { principalId: 'user:alice', tokenId: 't1', reason: 'leaked' } }, meta);
    when.then([
      { type: 'TokenRevoked', data: { principalId: 'user:alice', tokenId: 't1', reason: 'leaked', timestamp: now } },
    ]);
    expect(when.state()).toMatchObject({
      principal: { tokens: new Map([['t1', { tokenId: 't1', hash, issuedAt: at(2), revokedAt: now }]]) },
    });
  });

  it('when RevokeToken t1 twice, then the second decides no events', () => {
    const revokedEvents = principals
      .given(history)
      .when({ type: 'RevokeToken', data: { principalId: 'user:alice', tokenId: 't1' } }, meta)
      .events();
    principals
      .given([...history, ...revokedEvents])
      .when({ type: 'RevokeToken', data: { principalId: 'user:alice', tokenId: 't1' } }, meta)
      .then([]);
  });
});
