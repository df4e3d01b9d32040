// The tests Stryker runs against each mutant (npm run test:mutation): the unit and HTTP tests, and the shared rate
// limit's test with a real Redis (it runs in this process); not
// - the rest of test/integration: it spawns the built server from dist/, which never contains a mutant, or drives
//   hosted OAuth (src/oauth/ is not mutated);
// - test/simulator: it covers no mutated file;
// - test/http/fuzz.test.ts: 10,000 generated calls (minutes) for every mutant it covers, i.e. nearly all of them;
//   what it guards (invalid input never sent, no route escape, the token never shown) has targeted tests.
// A shorter test timeout ends the tests a mutant makes hang sooner; no test here needs more than a few seconds.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/http/**/*.test.ts', 'test/integration/shared-rate-limit.test.ts'],
    exclude: ['test/http/fuzz.test.ts'],
    testTimeout: 10_000,
    hookTimeout: 10_000,
  },
});
