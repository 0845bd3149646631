// Jest runs on Node 24 (see docs/runtime.md). @swc/jest compiles TypeScript with decorator
// metadata to CommonJS, and the ESM-only packages listed here along with it. swc rewrites the
// @commend/* aliases itself (from tsconfig's paths), so they work in the global setup too,
// which Jest's moduleNameMapper does not reach.
const { compilerOptions } = require('./tsconfig.json');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
      baseUrl: __dirname,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
const esmOnly = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  // openid-client 6 and what it is built on, for the browser sign-in.
  'openid-client',
  'oauth4webapi',
  'jose',
  // unpdf's CommonJS build imports its PDF.js bundle (an ES module) dynamically.
  'unpdf',
];

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  // Exported for `import` only; compiled to CommonJS with the rest.
  moduleNameMapper: { '^unpdf/pdfjs$': '<rootDir>/node_modules/unpdf/dist/pdfjs.mjs' },
};

module.exports = {
  // Generous, for e2e suites starting processes on a busy 2-core machine; not a speed check.
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/harness/summary-reporter.js'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/harness/global-setup.ts',
      globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
    },
  ],
};
