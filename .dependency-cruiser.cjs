/**
 * The layer rules of the hexagon: dependencies point inwards, and only adapters know Sequelize.
 * They hold for tests too; a test may also use the test runner and the fakes and fixtures in test/.
 */
const TEST_TOOLS = ['^test/(fakes|fixtures)/', 'node_modules/(vitest|@vitest|fast-check)/'];

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing outside itself: no framework, ORM, HTTP or validation library.',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { pathNot: ['^src/domain', ...TEST_TOOLS] },
    },
    {
      name: 'application-depends-on-domain-only',
      comment: 'Use cases see the domain and their ports; adapters are plugged in by the container.',
      severity: 'error',
      from: { path: '^src/application' },
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
      name: 'fakes-stand-in-for-adapters',
      comment: 'In-memory fakes implement ports; they never lean on the adapters they stand in for.',
      severity: 'error',
      from: { path: '^test/(fakes|fixtures)/' },
      to: { path: ['^src/infrastructure/sequelize', '^src/interfaces', '^src/container'] },
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
