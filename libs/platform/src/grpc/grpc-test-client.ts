import { Client, Metadata, requestCallback, ServiceError } from '@grpc/grpc-js';

/**
 * Test helpers for any service's gRPC int specs: typed unary calls on a generated grpc-js client (with the actor in
 * metadata, as the services read it) and the error of a call expected to fail.
 */
type Method<C> = { [K in keyof C]: K extends `${Uppercase<string>}${string}` ? K : never }[keyof C];
// The generated methods are overloaded; `Parameters` sees the last overload, (request, callback).
type Fn<C, K extends keyof C> = C[K] extends (...args: never[]) => unknown ? C[K] : never;
type RequestOf<C, K extends Method<C>> = Parameters<Fn<C, K>>[0];
type ResponseOf<C, K extends Method<C>> = Parameters<Fn<C, K>>[1] extends requestCallback<infer R> ? R : never;

/** The bootstrap admin's token (deploy/local/env.sh), which may name any actor: what specs call with by default. */
export const testAdminToken = (): string => {
  const token = process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN;
  if (!token) throw new Error('CAIRN_BOOTSTRAP_ADMIN_TOKEN is not set: source deploy/local/env.sh');
  return token;
};

/**
 * `client` is a getter because specs create the client in `beforeAll`. Calls carry `authorization: Bearer <token>`
 * (the bootstrap admin's unless given; `null`: none) and the actor an admin may name.
 */
export function unaryCaller<C extends Client>(client: () => C, defaultActor: string) {
  return function call<K extends Method<C>>(
    method: K,
    request: RequestOf<C, K>,
    actor = defaultActor,
    token: string | null = testAdminToken(),
  ): Promise<NonNullable<ResponseOf<C, K>>> {
    const metadata = new Metadata();
    metadata.set('x-cairn-actor', actor);
    if (token !== null) metadata.set('authorization', `Bearer ${token}`);
    const target = client();
    const unary = target[method] as unknown as (req: unknown, md: Metadata, cb: requestCallback<unknown>) => void;
    return new Promise((resolve, reject) =>
      unary.call(target, request, metadata, (error, response) => (error ? reject(error) : resolve(response as NonNullable<ResponseOf<C, K>>))),
    );
  };
}

/** The error of a call that must fail (the test fails if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<ServiceError> {
  const outcome = await promise.then(
    () => undefined,
    (error: ServiceError) => error,
  );
  if (!outcome) throw new Error('expected the call to fail');
  return outcome;
}
