import { createApplication } from '../container';
import { runCommand } from './run-command';

runCommand(async (config) => {
  // Migrations may rightly run long on a large database: no query deadline for them.
  const application = await createApplication({ ...config, DATABASE_TIMEOUT_MS: 0 });
  try {
    const applied = await application.migrate();
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await application.close();
  }
  return 'done';
});
