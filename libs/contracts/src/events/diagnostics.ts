import { z } from 'zod';

/** A platform self-check: the e2e job and the backbone tests append probes and watch them travel. */
export const DiagnosticsEvents = {
  ProbeRecorded: z.object({
    sequence: z.number().int().nonnegative(),
    note: z.string().max(1000).optional(),
  }),
};
