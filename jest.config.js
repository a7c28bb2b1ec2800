/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // what webpack's DefinePlugin puts in the add-in build (webpack.config.js)
  globals: { __ILR_WORKBENCH_VERSION__: require('./package.json').version },
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  transform: {
    // ts-jest, transpiling only (type checking is `npm run typecheck`); it hoists jest.mock() like babel-jest does
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        isolatedModules: true,
        diagnostics: false,
        tsconfig: { module: 'commonjs', moduleResolution: 'node', target: 'ES2022', jsx: 'react-jsx', esModuleInterop: true, resolveJsonModule: true, isolatedModules: true },
      },
    ],
    '^.+\\.xsd$': '<rootDir>/scripts/jest-text-transform.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'xsd'],
  transformIgnorePatterns: ['/node_modules/'],
};
