import { onTestFinished } from 'vitest';
import { DATABASES, createScratchDatabase } from './databases';

/** A fresh SQLite file for the current test, removed when the test ends. */
export async function scratchSqliteUrl(): Promise<string> {
  const scratch = await createScratchDatabase(DATABASES[0]!);
  onTestFinished(() => scratch.drop());
  return scratch.url;
}
