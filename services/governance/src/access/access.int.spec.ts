import { loadProto, PermissionDenied, Unauthenticated, Unavailable } from '@cairn/contracts';
import { ACCESS_PROTO, RemoteAuthorizer, WithBootstrapAdmin } from '@cairn/platform';
import { failure, testAdminToken, unaryCaller } from '@cairn/platform/grpc-testing';
import { credentials, status } from '@grpc/grpc-js';
import { Client } from 'pg';
import type { ProtoGrpcType } from '../../../../libs/platform/src/auth/generated/access';
import type { AccessServiceClient } from '../../../../libs/platform/src/auth/generated/cairn/access/v1/AccessService';
import { startServiceOnTestDatabase, ServiceOnTestDatabase } from '../../../testing/service-on-test-database';
import { freePort } from '../../../testing/service-process';

/**
 * cairn.access.v1 against the real governance process (throwaway database), and the platform's RemoteAuthorizer,
 * which every other service uses, asking it: principals and tokens, every refusal kind, the cache and revocation,
 * and the audit rows the refusals leave.
 */
jest.setTimeout(180_000);

let governance: ServiceOnTestDatabase;
let client: AccessServiceClient;
let address: string;

const call = unaryCaller(() => client, 'admin');

async function auditTypes(): Promise<Array<{ type: string; code: string; actor: string }>> {
  const pg = new Client({ connectionString: governance.databaseUrl });
  await pg.connect();
  try {
    const { rows } = await pg.query(`SELECT type, data->>'code' AS code, actor FROM governance.audit WHERE stream LIKE 'access-%' ORDER BY position`);
    return rows;
  } finally {
    await pg.end();
  }
}

beforeAll(async () => {
  governance = await startServiceOnTestDatabase('governance', 'cairn_governance_access');
  address = governance.grpcAddress;
  const pkg = loadProto(ACCESS_PROTO) as unknown as ProtoGrpcType;
  client = new pkg.cairn.access.v1.AccessService(address, credentials.createInsecure());
}, 150_000);

afterAll(async () => {
  client?.close();
  await governance?.stop();
});

describe('cairn.access.v1 and the RemoteAuthorizer', () => {
  let adaToken: string;
  let adaTokenId: string;

  it('the bootstrap admin exists from the start; it creates a principal and issues a token shown once', async () => {
    const admin = await call('GetPrincipal', { principal_id: 'admin' });
    expect(admin.principal).toMatchObject({ principal_id: 'admin', roles: [{ role: 'admin' }], tokens: [{ token_id: expect.stringMatching(/^bootstrap-/) }] });
    await call('CreatePrincipal', { principal_id: 'user:ada', name: 'Ada', kind: 'user', roles: [{ role: 'data-scientist' }, { role: 'ml-engineer', scope: 'fraud-*' }] });
    const issued = await call('IssueToken', { principal_id: 'user:ada', ttl_seconds: 0 });
    expect(issued.token).toMatch(/^cairn_[A-Za-z0-9_-]{43}$/);
    adaToken = issued.token;
    adaTokenId = issued.info!.token_id;
    const listed = await call('ListPrincipals', {});
    expect(JSON.stringify(listed)).not.toContain(adaToken);
  });

  it('principal management needs governance.principal.write: a data scientist is refused, no token is 401', async () => {
    const denied = await failure(call('CreatePrincipal', { principal_id: 'user:eve', name: 'Eve', kind: 'user', roles: [{ role: 'admin' }] }, 'user:ada', adaToken));
    expect(denied.code).toBe(status.PERMISSION_DENIED);
    const anonymous = await failure(call('ListPrincipals', {}, 'x', null));
    expect(anonymous.code).toBe(status.UNAUTHENTICATED);
  });

  it('allows what the roles grant, scoped roles only on their models, and reuses an allowed answer', async () => {
    let clock = Date.now();
    const remote = new RemoteAuthorizer(address, 5_000, () => clock);
    const authorizer = new WithBootstrapAdmin(testAdminToken(), remote);
    const base = { token: adaToken, service: 'registry', method: 'test' };
    await expect(authorizer.authorize({ ...base, operation: 'tracking.write' })).resolves.toMatchObject({ principalId: 'user:ada', tokenId: adaTokenId });
    await expect(authorizer.authorize({ ...base, operation: 'registry.delete', model: 'fraud-x' })).resolves.toMatchObject({ principalId: 'user:ada' });
    await expect(authorizer.authorize({ ...base, operation: 'registry.delete', model: 'churn' })).rejects.toBeInstanceOf(PermissionDenied);
    await expect(
      authorizer.authorize({ ...base, operation: 'registry.promote', model: 'fraud-x', target: { kind: 'alias', name: 'champion' } }),
    ).rejects.toMatchObject({ code: 'GOVERNANCE.PERMISSION_DENIED', message: expect.stringMatching(/registry\.promote\.production on model fraud-x/) });
    await expect(authorizer.authorize({ ...base, token: `${adaToken}x`, operation: 'tracking.read' })).rejects.toBeInstanceOf(Unauthenticated);

    // Revoked: refused once the cached "allowed" is older than the cache time, at once for a fresh question.
    await call('RevokeToken', { principal_id: 'user:ada', token_id: adaTokenId, reason: 'rotated' });
    await expect(authorizer.authorize({ ...base, operation: 'tracking.write' })).resolves.toMatchObject({ principalId: 'user:ada' });
    await expect(authorizer.authorize({ ...base, operation: 'tracking.read' })).rejects.toMatchObject({ code: 'GOVERNANCE.TOKEN_REVOKED' });
    clock += 5_001;
    await expect(authorizer.authorize({ ...base, operation: 'tracking.write' })).rejects.toMatchObject({ code: 'GOVERNANCE.TOKEN_REVOKED' });
    remote.close();
  });

  it('an expired token is refused; a missing token is 401 even when governance cannot be asked', async () => {
    const short = await call('IssueToken', { principal_id: 'user:ada', ttl_seconds: 1 });
    const remote = new RemoteAuthorizer(address, 0);
    await expect(remote.authorize({ token: short.token, operation: 'tracking.read', service: 't', method: 'm' })).resolves.toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(remote.authorize({ token: short.token, operation: 'tracking.read', service: 't', method: 'm' })).rejects.toMatchObject({ code: 'GOVERNANCE.TOKEN_EXPIRED' });
    remote.close();

    const nowhere = new RemoteAuthorizer(`127.0.0.1:${await freePort()}`, 0);
    await expect(nowhere.authorize({ token: undefined, operation: 'tracking.read', service: 't', method: 'm' })).rejects.toBeInstanceOf(Unauthenticated);
    await expect(nowhere.authorize({ token: 'some-token', operation: 'tracking.read', service: 't', method: 'm' })).rejects.toBeInstanceOf(Unavailable);
    nowhere.close();
  });

  it('every refusal is in the audit trail with its code, and the actor it was refused', async () => {
    const rows = await auditTypes();
    const seen = rows.map((r) => `${r.type} ${r.code} ${r.actor}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'AccessDenied GOVERNANCE.PERMISSION_DENIED user:ada',
        'AuthenticationFailed GOVERNANCE.TOKEN_MISSING anonymous',
        'AuthenticationFailed GOVERNANCE.TOKEN_UNKNOWN anonymous',
        'AuthenticationFailed GOVERNANCE.TOKEN_REVOKED user:ada',
        'AuthenticationFailed GOVERNANCE.TOKEN_EXPIRED user:ada',
      ]),
    );
  });
});
