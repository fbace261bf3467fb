import { createApplication } from '../container';
import { runCommand } from './run-command';

runCommand(async (config) => {
  const application = await createApplication(config);
  try {
    const applied = await application.migrate();
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await application.close();
  }
  return 'done';
});
