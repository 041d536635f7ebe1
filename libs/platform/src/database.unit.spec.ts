import type { Pool } from 'pg';
import { describeDatabaseError, openEventStore, StartupError } from './database';
import { EXIT } from './exit-codes';

const URL = 'postgres://cairn:s3cret@127.0.0.1:55432/cairn';

describe('a database start-up failure', () => {
  it('a refused connection names the variable, the address and the code, and is "unavailable"', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = describeDatabaseError('postgres://cairn:s3cret@127.0.0.1:1/cairn', refused);
    expect(error.message).toBe('CAIRN_DATABASE_URL: cannot connect to 127.0.0.1:1/cairn as cairn: ECONNREFUSED');
    expect(error.exitCode).toBe(EXIT.unavailable);
  });

  it('a happy-eyeballs AggregateError takes the code of its members', () => {
    const inner = Object.assign(new Error('connect ECONNREFUSED ::1:1'), { code: 'ECONNREFUSED' });
    const error = describeDatabaseError('postgres://u@localhost:1/db', new AggregateError([inner], ''));
    expect(error.message).toBe('CAIRN_DATABASE_URL: cannot connect to localhost:1/db as u: ECONNREFUSED');
  });

  it('a rejected password is a configuration error and never shows the password', () => {
    const pgError = Object.assign(new Error('password authentication failed for user "cairn"'), { code: '28P01' });
    const error = describeDatabaseError(URL, pgError);
    expect(error.message).toBe(
      'CAIRN_DATABASE_URL: cannot connect to 127.0.0.1:55432/cairn as cairn: password authentication failed for user "cairn" (28P01)',
    );
    expect(error.message).not.toContain('s3cret');
    expect(error.exitCode).toBe(EXIT.config);
  });

  it('a timeout without a code keeps the driver\'s message', () => {
    const error = describeDatabaseError(URL, new Error('timeout expired'));
    expect(error.message).toBe('CAIRN_DATABASE_URL: cannot connect to 127.0.0.1:55432/cairn as cairn: timeout expired');
  });
});

describe('an event store that cannot be migrated', () => {
  it('is a start-up error naming the variable and the event store, without the password', async () => {
    const pool = {
      connect: async () => {
        throw new Error('permission denied for database cairn');
      },
    } as unknown as Pool;
    const error = await openEventStore(URL, pool).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect(error).toMatchObject({
      exitCode: EXIT.software,
      message:
        'CAIRN_DATABASE_URL: cannot migrate the event store (schema eventstore) on 127.0.0.1:55432/cairn: permission denied for database cairn',
    });
  });
});
