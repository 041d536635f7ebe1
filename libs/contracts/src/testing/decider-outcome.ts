/**
 * The "then" half of a given / when / then decider test (emmett's DeciderSpecification), shared by every
 * service's decider specs: `run` is the decision under test, deferred so a throw can be asserted too.
 */
export function outcomeOf<E>(run: () => E[]) {
  return {
    then(expected: E[]): void {
      expect(run()).toEqual(expected);
    },
    thenThrows(errorClass: new (...args: never[]) => Error, code?: string, message?: RegExp | string): void {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(errorClass);
      if (code) expect(thrown).toHaveProperty('code', code);
      if (message) expect((thrown as Error).message).toMatch(message);
    },
    events: run,
  };
}
