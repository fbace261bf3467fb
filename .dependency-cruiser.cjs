/** The layer rules of the hexagon: dependencies point inwards, and only adapters know Sequelize. */
const TEST_FILES = '\\.(test|fixture)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing outside itself: no framework, ORM, HTTP or validation library.',
      severity: 'error',
      from: { path: '^src/domain', pathNot: TEST_FILES },
      to: { pathNot: ['^src/domain'] },
    },
    {
      name: 'application-depends-on-domain-only',
      comment: 'Use cases see the domain and their ports; adapters are plugged in by the container.',
      severity: 'error',
      from: { path: '^src/application', pathNot: TEST_FILES },
      to: { path: ['^src/(infrastructure|interfaces|cli)', '^src/container', 'node_modules/(sequelize|express|@trpc|pino|jsonwebtoken|argon2)'] },
    },
    {
      name: 'interfaces-stay-thin',
      comment: 'Routers call use cases; they never reach into adapters.',
      severity: 'error',
      from: { path: '^src/interfaces' },
      to: { path: ['^src/infrastructure', '^src/container', 'node_modules/sequelize'] },
    },
    {
      name: 'only-infrastructure-knows-sequelize',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/infrastructure' },
      to: { path: 'node_modules/sequelize' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
