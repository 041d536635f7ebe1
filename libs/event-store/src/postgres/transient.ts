/** Errors after which retrying on a fresh connection can succeed: connection lost, server restarting or busy. */
export function isTransientPgError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08')) return true; // connection_exception class
    if (['57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) {
      return true;
    }
  }
  return typeof message === 'string' && /Connection terminated|connection timeout/i.test(message);
}
