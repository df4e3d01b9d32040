// npm run test:mutation — mutation testing of the shared pipeline (the client, the request pipeline, errors,
// output, configuration) and the scenario tools against the unit and HTTP tests. Not part of npm test: it takes
// about an hour on two cores. It builds first, as npm test does: a unit test checks the build's schema cache in dist/.
// To iterate on one file (after a build): npx stryker run --mutate src/output.ts
// A surviving mutant that cannot change behaviour (an equivalent mutant) is disabled in the code with
// `// Stryker disable next-line <mutator>: <reason>`, unless that would also disable a mutant the tests kill.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/http/**/*.ts',
    'src/pipeline/**/*.ts',
    'src/errors.ts',
    'src/output.ts',
    'src/config/**/*.ts',
    'src/scenario-runs/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: {
    allowColor: false,
    logTests: false,
    reportTests: false,
    reportMutants: true,
    reportScoreTable: true,
  },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // vitest never type-checks, and the `// @ts-nocheck` Stryker would add to dist/ changes the build's fingerprint
  disableTypeChecks: false,
  thresholds: { high: 90, low: 80, break: null },
};
