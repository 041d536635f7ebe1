// Test tiers live in file names (see ARCHITECTURE.md): *.unit.spec.ts run anywhere; *.int.spec.ts need the real
// PostgreSQL and Kafka started by deploy/local/setup.sh; *.e2e.spec.ts drive running services with real clients.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const base = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/bench', '<rootDir>/e2e'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  setupFiles: ['<rootDir>/jest.setup.js'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['**/*.unit.spec.ts'] },
    { ...base, displayName: 'int', testMatch: ['**/*.int.spec.ts'], slowTestThreshold: 30 },
    { ...base, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'], slowTestThreshold: 60 },
  ],
};
