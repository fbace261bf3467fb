import type { UnitOfWork } from '../../src/application/ports/unit-of-work';

/** Runs work directly: the in-memory repositories have no transactions to join. */
export class InMemoryUnitOfWork implements UnitOfWork {
  runs = 0;

  run<T>(work: () => Promise<T>): Promise<T> {
    this.runs++;
    return work();
  }
}
