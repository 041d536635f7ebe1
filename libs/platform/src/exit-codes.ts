/** Process exit codes (sysexits.h), so a supervisor can tell "fix the config" from "a dependency is down". */
export const EXIT = {
  ok: 0,
  /** Unexpected failure during start-up or shutdown. */
  software: 70,
  /** A dependency (PostgreSQL) is unreachable. */
  unavailable: 69,
  /** A variable is missing or wrong, including credentials the database rejects. */
  config: 78,
} as const;
