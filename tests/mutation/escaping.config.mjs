// @ts-check
/**
 * Mutation testing of the emitter's escaping against the emitter's unit tests:
 * `npm run test:mutation:escaping`. The escaping is which of mdast-util-to-markdown's unsafe
 * patterns can match (fast-safe.ts, text-scan.ts), the ESM and `www.…<` escapes (to-mdx.ts), and
 * the front matter's YAML strings (yaml.ts).
 */
import { mutationConfig } from './base.mjs';

export default mutationConfig({
  name: 'escaping',
  mutate: ['src/lib/mdx/fast-safe.ts', 'src/lib/mdx/text-scan.ts', 'src/lib/mdx/to-mdx.ts', 'src/lib/mdx/yaml.ts'],
  testFiles: ['tests/unit/mdx/*.test.ts'],
});
