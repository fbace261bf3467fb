import { SERVER_DATABASES } from './databases';

/** Says once, at the top of the run, which server-database suites will not run. */
export default function announceDatabases(): void {
  for (const database of SERVER_DATABASES) {
    if (!process.env[database.urlVariable]) {
      console.warn(`SKIPPED: the ${database.label} suites (set ${database.urlVariable} to run them)`);
    }
  }
}
