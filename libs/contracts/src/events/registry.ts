import { z } from 'zod';

/**
 * The registry's events, on streams `model-<name>`. Only the first one so far (the relay's tests need a real
 * registry event); the rest arrive with the registry issue.
 */
export const RegistryEvents = {
  RegisteredModelCreated: z.object({
    name: z.string().min(1),
    description: z.string().optional(),
  }),
};
