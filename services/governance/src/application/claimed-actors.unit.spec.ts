import { InvalidArgument } from '@cairn/contracts';
import { ClaimedActors } from './claimed-actors';

describe('ClaimedActors', () => {
  const actors = new ClaimedActors();

  it('given repeated bindings, then each (role, scope) once, in order', async () =>
    expect(
      await actors.resolve({ id: 'user:a', roles: [{ role: 'approver' }, { role: 'approver', scope: 'f*' }, { role: 'approver' }] }),
    ).toEqual({ principalId: 'user:a', roles: [{ role: 'approver' }, { role: 'approver', scope: 'f*' }] }));

  it('given an unknown role, then INVALID_ARGUMENT naming it', async () =>
    expect(actors.resolve({ id: 'user:a', roles: [{ role: 'root' as never }] })).rejects.toThrow(InvalidArgument));

  it('given no id, then INVALID_ARGUMENT', async () => expect(actors.resolve({ id: '' })).rejects.toThrow(/principal id/));
});
