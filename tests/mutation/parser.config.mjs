// @ts-check
/** Mutation testing of the parser (src/lib/parse) against its unit tests: `npm run test:mutation:parser`. */
import { mutationConfig } from './base.mjs';

export default mutationConfig({
  name: 'parser',
  mutate: ['src/lib/parse/**/*.ts'],
  // Quick files first (a mutant is killed by the first failing file): the construct fixtures, the
  // API and construct tests (one construct's edges each, well under a second), then the slower
  // default articles' pages and the pinned parse of an eighth of the sample corpus (skipped without
  // it); fast-paths.test.ts (property tests, a few seconds) last. large-input.test.ts (~10 s, a size
  // guard) is left out: a mutant that only slows the parser down is stopped by the hit limit in the
  // other files.
  testFiles: [
    'tests/unit/parse/fixtures.test.ts',
    'tests/unit/parse/!(fixtures|fast-paths|large-input).test.ts',
    'tests/unit/import/default-content.test.ts',
    'tests/corpus/parse-pinned.test.ts',
    'tests/unit/parse/fast-paths.test.ts',
  ],
});
