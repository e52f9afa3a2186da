// @ts-check
/** Mutation testing of the parser (src/lib/kb) against its unit tests: `npm run test:mutation:parser`. */
import { mutationConfig } from './base.mjs';

export default mutationConfig({
  name: 'parser',
  mutate: ['src/lib/kb/**/*.ts'],
  // Quick files that reach most of the parser first (a mutant is killed by the first failing file);
  // fast-paths.test.ts (property tests, a few seconds) last. large-input.test.ts (~10 s, a size
  // guard) is left out: a mutant that only slows the parser down is a timeout in the other files.
  testFiles: ['tests/unit/kb/fixtures.test.ts', 'tests/unit/kb/!(fixtures|fast-paths|large-input).test.ts', 'tests/unit/kb/fast-paths.test.ts'],
});
