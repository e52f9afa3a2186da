// @ts-check
/**
 * Mutation testing of the emitter's escaping against the emitter's unit tests:
 * `npm run test:mutation:escaping`. The escaping is which of mdast-util-to-markdown's unsafe
 * patterns can match (fast-safe.ts, text-scan.ts), the ESM and `www.…<` escapes and the JSX line
 * bound (to-mdx.ts), control characters as their pictures (controls.ts), and the front matter's
 * YAML strings (page-format/writer.ts, which was mdx/yaml.ts).
 */
import { mutationConfig } from './base.mjs';

export default mutationConfig({
  name: 'escaping',
  mutate: ['src/lib/emit/fast-safe.ts', 'src/lib/emit/text-scan.ts', 'src/lib/emit/to-mdx.ts', 'src/lib/emit/controls.ts', 'src/lib/page-format/writer.ts'],
  // The tests that reach the escaping, quick ones first (the scan's and the filter's own exact
  // tests, then whole pages); the property tests against the library's
  // own escaping (fast-safe.test.ts) and js-yaml (yaml.test.ts) last.
  testFiles: [
    'tests/unit/emit/text-scan.test.ts',
    'tests/unit/emit/safe-filter.test.ts',
    'tests/unit/emit/controls.test.ts',
    'tests/unit/emit/fixtures.test.ts',
    'tests/unit/emit/api.test.ts',
    'tests/unit/emit/escaping.test.ts',
    'tests/unit/emit/escapes-exact.test.ts',
    'tests/unit/emit/frontmatter.test.ts',
    'tests/unit/emit/fast-state.test.ts',
    'tests/unit/emit/jsx-per-line.test.ts',
    'tests/unit/page-format/round-trip.test.ts',
    'tests/unit/emit/yaml.test.ts',
    'tests/unit/emit/fast-safe.test.ts',
  ],
});
