import { CommandContext } from '../application/ports';
import { PrincipalStore } from './principal-store';
import { TokenActors } from './token-actors';

const rows: Record<string, { roles: Array<{ role: string; scope?: string }> }> = {
  admin: { roles: [{ role: 'admin' }] },
  'user:ava': { roles: [{ role: 'approver' }] },
  'user:sam': { roles: [{ role: 'admin', scope: 'fraud-*' }] },
};
const store = { rolesOf: async (id: string) => rows[id]?.roles ?? null } as unknown as PrincipalStore;
const actors = new TokenActors(store);
const as = (actor: string, caller = actor): CommandContext => ({ actor, caller, correlationId: 'c', traceparent: null, now: 0 });

describe('TokenActors: requesters and approvers as the access projection knows them', () => {
  it('no one named: the caller, with its projected roles', async () => {
    await expect(actors.resolve(undefined, as('user:ava'))).resolves.toEqual({ principalId: 'user:ava', roles: [{ role: 'approver' }] });
  });

  it('roles claimed by the caller for itself are ignored', async () => {
    const claim = { id: 'user:ava', roles: [{ role: 'admin' as const }] };
    await expect(actors.resolve(claim, as('user:ava'))).resolves.toEqual({ principalId: 'user:ava', roles: [{ role: 'approver' }] });
  });

  it('naming someone else is refused unless the caller is an unscoped admin', async () => {
    await expect(actors.resolve({ id: 'user:ava' }, as('user:eve'))).rejects.toMatchObject({ kind: 'PERMISSION_DENIED' });
    await expect(actors.resolve({ id: 'user:ava' }, as('user:sam'))).rejects.toMatchObject({ kind: 'PERMISSION_DENIED' });
    // The registry's service account (an admin) relays a requester: the projection's roles for a known one…
    await expect(actors.resolve({ id: 'user:ava', roles: [] }, as('service:registry', 'admin'))).resolves.toEqual({
      principalId: 'user:ava',
      roles: [{ role: 'approver' }],
    });
    // …and the roles it states for one the projection does not know (a trusted relay).
    await expect(actors.resolve({ id: 'user:new', roles: [{ role: 'ml-engineer' }] }, as('service:registry', 'admin'))).resolves.toEqual({
      principalId: 'user:new',
      roles: [{ role: 'ml-engineer' }],
    });
  });

  it('an unknown caller naming itself has no roles', async () => {
    await expect(actors.resolve({ id: 'user:ghost', roles: [{ role: 'approver' }] }, as('user:ghost'))).resolves.toEqual({
      principalId: 'user:ghost',
      roles: [],
    });
  });
});
