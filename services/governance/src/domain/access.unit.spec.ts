import { parseEventData, PermissionDenied } from '@cairn/contracts';
import {
  accessDenied,
  authenticate,
  authenticationFailed,
  authorize,
  bootstrapAdmin,
  effectiveRoles,
  evolveAccessAll,
  isProductionTarget,
  Operation,
  OPERATIONS,
  requirePermission,
} from './access';
import { at, metadataAt, T0 } from './decider-specification';
import { hashToken } from './hash';
import { accessStream, PrincipalEvent, Role, ROLE_NAMES } from './model';
import { evolvePrincipalAll } from './principal';

const token = 'cairn_9f8e7d6c5b4a';
const hash = hashToken(token);
const events: PrincipalEvent[] = [
  {
    type: 'PrincipalCreated',
    data: {
      principalId: 'user:alice',
      name: 'Alice',
      kind: 'user',
      roles: [{ role: 'data-scientist' }],
      timestamp: at(1),
    },
  },
  {
    type: 'TokenIssued',
    data: { principalId: 'user:alice', tokenId: 't-live', hash, expiresAt: at(3600), timestamp: at(2) },
  },
  {
    type: 'TokenIssued',
    data: { principalId: 'user:alice', tokenId: 't-old', hash: hashToken('old'), timestamp: at(3) },
  },
  { type: 'TokenRevoked', data: { principalId: 'user:alice', tokenId: 't-old', reason: 'leaked', timestamp: at(4) } },
  {
    type: 'PrincipalCreated',
    data: { principalId: 'service:ci', name: 'CI', kind: 'service', roles: [], timestamp: at(5) },
  },
  {
    type: 'TokenIssued',
    data: { principalId: 'service:ci', tokenId: 't-ci', hash: hashToken('ci'), timestamp: at(6) },
  },
];
const access = evolveAccessAll(events);

describe('authenticate(tokenHash, state, now)', () => {
  it('given a live token, then the principal and the token id', () => {
    const result = authenticate(hash, access, new Date(at(100)));
    expect(result).toMatchObject({ ok: true, tokenId: 't-live', principal: { principalId: 'user:alice' } });
  });

  it('given a token without expiry, then it authenticates however late', () =>
    expect(authenticate(hashToken('ci'), access, new Date(at(10_000_000)))).toMatchObject({
      ok: true,
      tokenId: 't-ci',
    }));

  it.each([
    ['no token', undefined, at(100), 'GOVERNANCE.TOKEN_MISSING'],
    ['an unknown token', hashToken('guess'), at(100), 'GOVERNANCE.TOKEN_UNKNOWN'],
    ['a revoked token', hashToken('old'), at(100), 'GOVERNANCE.TOKEN_REVOKED'],
    ['a token at its expiry', hash, at(3600), 'GOVERNANCE.TOKEN_EXPIRED'],
    ['a token past its expiry', hash, at(4000), 'GOVERNANCE.TOKEN_EXPIRED'],
  ])('given %s, then UNAUTHENTICATED with a stable code', (_label, tokenHash, now, code) => {
    const result = authenticate(tokenHash, access, new Date(now));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('UNAUTHENTICATED');
      expect(result.error.code).toBe(code);
    }
  });

  it('given a refusal, then AuthenticationFailed names the token and principal when known, never the token', () => {
    const refusal = authenticate(hash, access, new Date(at(4000)));
    if (refusal.ok) throw new Error('expected a refusal');
    const event = authenticationFailed(refusal, 'registry.promote', new Date(at(4000)));
    expect(event).toEqual({
      type: 'AuthenticationFailed',
      data: {
        principalId: 'user:alice',
        tokenId: 't-live',
        operation: 'registry.promote',
        code: 'GOVERNANCE.TOKEN_EXPIRED',
        reason: 'the bearer token has expired',
        timestamp: at(4000),
      },
    });
    expect(JSON.stringify(event)).not.toContain(token);
    expect(() => parseEventData(event.type, event.data)).not.toThrow();
  });

  it('given an unknown token, then AuthenticationFailed has no principal', () => {
    const refusal = authenticate(hashToken('guess'), access, new Date(at(1)));
    if (refusal.ok) throw new Error('expected a refusal');
    expect(authenticationFailed(refusal, 'tracking.read', new Date(at(1))).data).toEqual({
      operation: 'tracking.read',
      code: 'GOVERNANCE.TOKEN_UNKNOWN',
      reason: 'the bearer token is not valid',
      timestamp: at(1),
    });
  });
});

/** The permission table (README "Permissions"): operation → roles that grant it, unscoped, on a non-production target. */
const TABLE: Record<Operation, Role[]> = {
  'tracking.read': ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'],
  'registry.read': ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'],
  'deployment.read': ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'],
  'monitoring.read': ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'],
  'governance.read': ['viewer', 'data-scientist', 'ml-engineer', 'approver', 'admin'],
  'tracking.write': ['data-scientist', 'ml-engineer', 'admin'],
  'registry.write': ['data-scientist', 'ml-engineer', 'admin'],
  'registry.delete': ['ml-engineer', 'admin'],
  'registry.promote': ['ml-engineer', 'admin'],
  'registry.promote.production': ['approver', 'admin'],
  'deployment.write': ['ml-engineer', 'admin'],
  'deployment.write.production': ['approver', 'admin'],
  'governance.approve': ['approver', 'admin'],
  'governance.policy.write': ['admin'],
  'governance.principal.write': ['admin'],
};

describe('authorize(principal, operation, resource)', () => {
  const who = (role: Role, scope?: string) => ({
    principalId: `user:${role}`,
    roles: [scope ? { role, scope } : { role }],
  });
  const staging = { kind: 'stage' as const, name: 'Staging' };
  const production = { kind: 'stage' as const, name: 'Production' };

  it('the table names every operation', () => expect(Object.keys(TABLE).sort()).toEqual([...OPERATIONS].sort()));

  describe.each(ROLE_NAMES)('given a principal holding only %s', (role) => {
    it.each(OPERATIONS)('%s is allowed exactly when the table says so', (operation) =>
      expect(authorize(who(role), operation, { model: 'fraud-detector', target: staging }).allowed).toBe(
        TABLE[operation].includes(role),
      ),
    );
  });

  it('given an ml-engineer, when promoting to Staging, then allowed; to Production, then PERMISSION_DENIED naming the operation', () => {
    expect(authorize(who('ml-engineer'), 'registry.promote', { model: 'm', target: staging })).toEqual({
      allowed: true,
      role: 'ml-engineer',
    });
    const refused = authorize(who('ml-engineer'), 'registry.promote', { model: 'm', target: production });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.error).toBeInstanceOf(PermissionDenied);
      expect(refused.error.code).toBe('GOVERNANCE.PERMISSION_DENIED');
      expect(refused.error.message).toBe(
        'user:ml-engineer may not registry.promote.production on model m (stage Production)',
      );
    }
  });

  it('given an approver, when promoting to the champion alias, then allowed (a production alias)', () =>
    expect(
      authorize(who('approver'), 'registry.promote', { model: 'm', target: { kind: 'alias', name: 'champion' } })
        .allowed,
    ).toBe(true));

  it('given an ml-engineer, when writing a deployment, then PERMISSION_DENIED (deployments serve traffic)', () =>
    expect(
      authorize(who('ml-engineer'), 'deployment.write', { model: 'm', target: { kind: 'deployment', name: 'd' } })
        .allowed,
    ).toBe(false));

  it('given an ml-engineer scoped to fraud-*, then allowed on fraud-detector and refused on churn', () => {
    expect(authorize(who('ml-engineer', 'fraud-*'), 'registry.write', { model: 'fraud-detector' }).allowed).toBe(true);
    expect(authorize(who('ml-engineer', 'fraud-*'), 'registry.write', { model: 'churn' }).allowed).toBe(false);
    expect(authorize(who('ml-engineer', 'fraud-*'), 'registry.write', {}).allowed).toBe(false);
  });

  it('given an admin scoped to fraud-*, then no principal or policy management (those name no model)', () => {
    expect(authorize(who('admin', 'fraud-*'), 'registry.delete', { model: 'fraud-x' }).allowed).toBe(true);
    expect(authorize(who('admin', 'fraud-*'), 'governance.principal.write', { model: 'fraud-x' }).allowed).toBe(false);
    expect(authorize(who('admin', 'fraud-*'), 'governance.policy.write').allowed).toBe(false);
    expect(authorize(who('admin'), 'governance.policy.write').allowed).toBe(true);
  });

  it('given several roles, then they add up', () => {
    const lead = { principalId: 'user:lead', roles: [{ role: 'ml-engineer' as const }, { role: 'approver' as const }] };
    expect(authorize(lead, 'registry.promote', { model: 'm', target: staging }).allowed).toBe(true);
    expect(authorize(lead, 'registry.promote', { model: 'm', target: production }).allowed).toBe(true);
  });

  it('given no roles, then nothing, not even reads', () =>
    expect(authorize({ principalId: 'service:ci', roles: [] }, 'tracking.read').allowed).toBe(false));

  it('requirePermission throws the PermissionDenied', () =>
    expect(() => requirePermission(who('viewer'), 'tracking.write', { model: 'm' })).toThrow(PermissionDenied));

  it('given a refusal, then AccessDenied is a valid event on the day stream', () => {
    const refused = authorize(who('viewer'), 'tracking.write', { model: 'm' });
    if (refused.allowed) throw new Error('expected a refusal');
    const event = accessDenied('user:viewer', refused.error, 'tracking.write', new Date(T0), {
      tokenId: 't1',
      resource: 'm',
    });
    expect(event.data).toEqual({
      principalId: 'user:viewer',
      tokenId: 't1',
      operation: 'tracking.write',
      resource: 'm',
      code: 'GOVERNANCE.PERMISSION_DENIED',
      reason: 'user:viewer may not tracking.write on model m',
      timestamp: T0,
    });
    expect(() => parseEventData(event.type, event.data)).not.toThrow();
    expect(accessStream(new Date(T0))).toBe('access-2026-11-23');
  });
});

describe('effectiveRoles and production targets', () => {
  it('keeps the unscoped roles and those whose scope matches the model, sorted, once each', () =>
    expect(
      effectiveRoles(
        {
          roles: [
            { role: 'viewer' },
            { role: 'approver', scope: 'fraud-*' },
            { role: 'admin', scope: 'churn' },
            { role: 'approver' },
          ],
        },
        'fraud-detector',
      ),
    ).toEqual(['approver', 'viewer']));

  it.each([
    [{ kind: 'stage' as const, name: 'Production' }, true],
    [{ kind: 'stage' as const, name: 'Staging' }, false],
    [{ kind: 'alias' as const, name: 'Champion' }, true],
    [{ kind: 'alias' as const, name: 'challenger' }, false],
    [{ kind: 'deployment' as const, name: 'fraud-eu' }, true],
  ])('%j is production: %s', (target, expected) => expect(isProductionTarget(target)).toBe(expected));
});

describe('bootstrapAdmin(tokenHash, state, metadata)', () => {
  const meta = metadataAt(at(10), 'system');
  const bootHash = hashToken('bootstrap-secret');

  it('given no admin principal, then PrincipalCreated (unscoped admin) + TokenIssued with the hash', () =>
    expect(bootstrapAdmin(bootHash, { kind: 'empty' }, meta)).toEqual([
      {
        type: 'PrincipalCreated',
        data: {
          principalId: 'admin',
          name: 'bootstrap admin',
          kind: 'service',
          roles: [{ role: 'admin' }],
          timestamp: at(10),
        },
      },
      {
        type: 'TokenIssued',
        data: {
          principalId: 'admin',
          tokenId: `bootstrap-${bootHash.slice(0, 12)}`,
          hash: bootHash,
          timestamp: at(10),
        },
      },
    ]));

  it('given the admin was bootstrapped with this token, then no events at the next start', () => {
    const state = evolvePrincipalAll(bootstrapAdmin(bootHash, { kind: 'empty' }, meta));
    expect(bootstrapAdmin(bootHash, state, metadataAt(at(99), 'system'))).toEqual([]);
  });

  it('given the admin got more roles and the token changed, then only the new token is issued', () => {
    const first = bootstrapAdmin(bootHash, { kind: 'empty' }, meta);
    const state = evolvePrincipalAll([
      ...first,
      { type: 'RoleGranted', data: { principalId: 'admin', role: 'approver', timestamp: at(11) } },
    ]);
    const next = bootstrapAdmin(hashToken('rotated'), state, metadataAt(at(99), 'system'));
    expect(next.map((e) => e.type)).toEqual(['TokenIssued']);
    const after = evolveAccessAll([...first, ...next]);
    expect(authenticate(hashToken('rotated'), after, new Date(at(100)))).toMatchObject({ ok: true });
  });
});
