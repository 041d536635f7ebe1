import { hashToken, PermissionDenied, Unauthenticated } from '@cairn/contracts';
import { AccessRequest } from '@cairn/platform';
import { AccessEvent, Token } from '../domain';
import { LocalAuthorizer } from './local-authorizer';
import { PrincipalRow, PrincipalStore } from './principal-store';

const NOW = Date.UTC(2026, 10, 23, 12);
/** A presented token: never to appear in an audit event. */
const secret = (name: string) => `cairn_secret_${name}_Zq8x`;
const ada: PrincipalRow = { principalId: 'user:ada', name: 'Ada', kind: 'user', roles: [{ role: 'data-scientist' }], createdAt: NOW - 1000 };
const tokens: Record<string, Token> = {
  live: { tokenId: 't-live', hash: hashToken(secret('live')), issuedAt: NOW - 1000 },
  soon: { tokenId: 't-soon', hash: hashToken(secret('soon')), issuedAt: NOW - 1000, expiresAt: NOW + 1200 },
  expired: { tokenId: 't-expired', hash: hashToken(secret('expired')), issuedAt: NOW - 1000, expiresAt: NOW },
  revoked: { tokenId: 't-revoked', hash: hashToken(secret('revoked')), issuedAt: NOW - 1000, revokedAt: NOW - 10 },
};

/** The projection's one lookup, over the fixed table above. */
const store = {
  byTokenHash: async (hash: string) => {
    const token = Object.values(tokens).find((t) => t.hash === hash);
    return token ? { principal: ada, token } : null;
  },
} as unknown as PrincipalStore;

function setup() {
  const refusals: Array<{ event: AccessEvent; actor: string }> = [];
  const authorizer = new LocalAuthorizer(store, async (event, actor) => void refusals.push({ event, actor }), { warn: () => undefined }, () => NOW);
  return { authorizer, refusals };
}

const ask = (token: string | undefined, operation: AccessRequest['operation'] = 'tracking.write', extra: Partial<AccessRequest> = {}): AccessRequest => ({
  token,
  operation,
  service: 'registry',
  method: 'POST /api/2.0/mlflow/registered-models/alias',
  ...extra,
});

describe("governance's own authorizer", () => {
  it('a live token of a principal whose roles grant the operation: the caller, reusable for 5 s', async () => {
    const { authorizer, refusals } = setup();
    await expect(authorizer.check(ask(secret('live')))).resolves.toEqual({
      caller: { principalId: 'user:ada', roles: [{ role: 'data-scientist' }], tokenId: 't-live' },
      cacheMs: 5000,
    });
    expect(refusals).toEqual([]);
  });

  it('a token that expires sooner is reusable only until then', async () => {
    const { authorizer } = setup();
    expect((await authorizer.check(ask(secret('soon')))).cacheMs).toBe(1200);
  });

  it.each([
    [undefined, 'GOVERNANCE.TOKEN_MISSING'],
    [secret('forged'), 'GOVERNANCE.TOKEN_UNKNOWN'],
    [secret('expired'), 'GOVERNANCE.TOKEN_EXPIRED'],
    [secret('revoked'), 'GOVERNANCE.TOKEN_REVOKED'],
  ])('token %s: UNAUTHENTICATED %s, and AuthenticationFailed is recorded', async (token, code) => {
    const { authorizer, refusals } = setup();
    const error = await authorizer.authorize(ask(token)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unauthenticated);
    expect(error).toMatchObject({ code });
    expect(refusals).toHaveLength(1);
    expect(refusals[0].event).toMatchObject({ type: 'AuthenticationFailed', data: { operation: 'tracking.write', code, timestamp: NOW } });
    expect(JSON.stringify(refusals[0].event)).not.toContain(token ?? 'no-token'); // the secret never reaches the trail
  });

  it("a data scientist promoting to production: PERMISSION_DENIED, and AccessDenied names model and operation", async () => {
    const { authorizer, refusals } = setup();
    const request = ask(secret('live'), 'registry.promote', { model: 'fraud', target: { kind: 'alias', name: 'champion' } });
    const error = await authorizer.authorize(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDenied);
    expect((error as Error).message).toMatch(/user:ada may not registry\.promote\.production on model fraud/);
    expect(refusals).toEqual([
      {
        actor: 'user:ada',
        event: {
          type: 'AccessDenied',
          data: expect.objectContaining({ principalId: 'user:ada', tokenId: 't-live', operation: 'registry.promote', resource: 'fraud' }),
        },
      },
    ]);
  });

  it('an unknown operation is a bad request, not a silent deny', async () => {
    const { authorizer } = setup();
    await expect(authorizer.authorize(ask(secret('live'), 'tracking.everything' as never))).rejects.toMatchObject({ kind: 'INVALID_ARGUMENT' });
  });

  it('a refusal stands even when recording it fails', async () => {
    const authorizer = new LocalAuthorizer(store, async () => Promise.reject(new Error('database down')), { warn: () => undefined }, () => NOW);
    await expect(authorizer.authorize(ask(secret('forged')))).rejects.toBeInstanceOf(Unauthenticated);
  });
});
