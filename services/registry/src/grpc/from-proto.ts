import { Tag } from '../domain';

/**
 * Protobuf request fields → the RegistryService's arguments. Proto3 has no "absent" for scalars, so the empty string
 * and 0 become `undefined`: the core then applies the same defaults and "missing parameter" errors as it does for an
 * MLflow REST request that omits the field (messages.proto: an empty name, version, key or alias is "missing").
 */

export const orUndefined = (value: string | null | undefined): string | undefined => (value ? value : undefined);

/** 0 means "the server's default" (max_results); a negative value goes on to the core, which refuses it. */
export const positiveOrUndefined = (value: number): number | undefined => (value === 0 ? undefined : value);

export const tags = (list: Array<{ key: string; value: string }>): Tag[] => list.map(({ key, value }) => ({ key, value }));
