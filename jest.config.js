/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
    '^.+\\.xsd$': '<rootDir>/scripts/jest-text-transform.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'xsd'],
  transformIgnorePatterns: ['/node_modules/'],
};
