import { parseArgs } from 'node:util';
import { createApplication } from '../container';
import { runCommand } from './run-command';

runCommand(async (config) => {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email || !values.password) {
    throw new Error('Usage: npm run admin:create -- --email E --password P');
  }
  const application = await createApplication({ ...config, LOG_LEVEL: 'error' });
  try {
    if (application.database.dialect === 'sqlite') await application.migrate();
    const admin = await application.ensureAdmin({ email: values.email, password: values.password });
    console.log(`${admin.email} is an admin.`);
  } finally {
    await application.close();
  }
  return 'done';
});
