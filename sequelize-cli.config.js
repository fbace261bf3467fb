// sequelize-cli reads the same DATABASE_URL as the service, through the service's own parser.
require('tsx/cjs/api').register();
const { DEFAULT_DATABASE_URL } = require('./src/infrastructure/config.ts');
const { connectionOptions } = require('./src/infrastructure/sequelize/connection-options.ts');

const options = connectionOptions(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);

module.exports = { development: options, test: options, production: options };
