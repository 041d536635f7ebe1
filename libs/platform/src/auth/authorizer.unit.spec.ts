import { Unauthenticated } from '@cairn/contracts';
import { actorFor, AccessRequest, bearerToken, BOOTSTRAP_ADMIN, Caller, WithBootstrapAdmin } from './authorizer';

const BOOTSTRAP = 'b'.repeat(40);
const request = (token: string | undefined): AccessRequest => ({ token, operation: 'tracking.write', service: 'tracking', method: 'POST /x' });

describe('the bootstrap admin token', () => {
  const asked: AccessRequest[] = [];
  const governance = {
    authorize: async (r: AccessRequest): Promise<Caller> => {
      asked.push(r);
      if (r.token === 'good-token') return { principalId: 'user:ada', roles: [{ role: 'data-scientist' }] };
      throw new Unauthenticated('GOVERNANCE.TOKEN_UNKNOWN', 'the bearer token is not valid');
    },
  };
  const authorizer = new WithBootstrapAdmin(BOOTSTRAP, governance);

  it('is accepted locally as the unscoped admin, without asking governance', async () => {
    await expect(authorizer.authorize(request(BOOTSTRAP))).resolves.toEqual(BOOTSTRAP_ADMIN);
    expect(asked).toEqual([]);
  });

  it('any other token, a near miss and no token at all are governance’s to answer', async () => {
    await expect(authorizer.authorize(request('good-token'))).resolves.toMatchObject({ principalId: 'user:ada' });
    await expect(authorizer.authorize(request(`${BOOTSTRAP}x`))).rejects.toBeInstanceOf(Unauthenticated);
    await expect(authorizer.authorize(request(undefined))).rejects.toBeInstanceOf(Unauthenticated);
    expect(asked.map((r) => r.token)).toEqual(['good-token', `${BOOTSTRAP}x`, undefined]);
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc  ', 'abc'],
    [['Bearer first', 'Bearer second'], 'first'],
  ])('%j → %s', (header, token) => expect(bearerToken(header)).toBe(token));

  it.each([[undefined], [''], ['Basic dXNlcjpwdw=='], ['Bearer'], ['Bearer a b'], ['abc']])('%j → none', (header) =>
    expect(bearerToken(header)).toBeUndefined(),
  );
});

describe('actorFor: who a call is recorded as', () => {
  const ada: Caller = { principalId: 'user:ada', roles: [{ role: 'data-scientist' }] };
  const scopedAdmin: Caller = { principalId: 'user:sam', roles: [{ role: 'admin', scope: 'fraud-*' }] };

  it('the authenticated principal; a claimed actor is ignored', () => {
    expect(actorFor(ada, undefined)).toBe('user:ada');
    expect(actorFor(ada, 'user:mallory')).toBe('user:ada');
    expect(actorFor(scopedAdmin, 'user:mallory')).toBe('user:sam');
  });

  it('an unscoped admin (a service relaying a user) may name the actor', () => {
    expect(actorFor(BOOTSTRAP_ADMIN, 'service:registry')).toBe('service:registry');
    expect(actorFor(BOOTSTRAP_ADMIN, undefined)).toBe('admin');
  });
});
