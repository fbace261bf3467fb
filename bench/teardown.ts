/** Undoes what a run set up, newest first, whatever failed. */
export class Teardown {
  private readonly steps: (() => Promise<unknown>)[] = [];

  add(step: () => Promise<unknown>): void {
    this.steps.unshift(step);
  }

  async run(): Promise<void> {
    for (const step of this.steps) await step().catch((error: unknown) => console.error(`Cleaning up failed: ${String(error)}`));
  }
}
