import cluster from 'node:cluster';
import { runCommand } from './cli/run-command';
import { createApplication } from './container';
import { createLogger } from './infrastructure/logger';
import { release } from './server/release';
import { serve } from './server/serve';
import { superviseWorkers } from './server/workers';

runCommand(async (config) => {
  if (cluster.isWorker) {
    serve(await createApplication(config), config);
    return 'keep-running';
  }
  const application = await createApplication(config);
  try {
    await release(application, config);
  } catch (error) {
    await application.close();
    throw error;
  }
  if (config.WEB_CONCURRENCY === 1) {
    serve(application, config);
    return 'keep-running';
  }
  await application.close();
  superviseWorkers(config.WEB_CONCURRENCY, createLogger(config.LOG_LEVEL));
  return 'keep-running';
});
