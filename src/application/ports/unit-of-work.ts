/** Runs work atomically: every repository call inside `run` joins one transaction. */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
export const UnitOfWork = Symbol('UnitOfWork');
