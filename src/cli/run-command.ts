import { ValidationError } from '../domain/shared/errors';
import { loadConfig, type Config } from '../infrastructure/config';

/**
 * Runs a command-line entry point: a bad configuration or a failure ends the process with one
 * clear line on stderr rather than a stack trace.
 */
export function runCommand(command: (config: Config) => Promise<'done' | 'keep-running'>): void {
  Promise.resolve()
    .then(() => command(loadConfig()))
    .then(
      (outcome) => {
        if (outcome === 'done') process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`${describe(error)}\n`);
        process.exit(1);
      },
    );
}

function describe(error: unknown): string {
  if (error instanceof ValidationError) {
    return `${error.message} ${error.errors.map((field) => `${field.path}: ${field.message}`).join('; ')}`;
  }
  return error instanceof Error ? error.message : String(error);
}
