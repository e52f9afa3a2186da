/** KB article model → MDX page (mdast, then text serialized by mdast-util-to-markdown). */
export { articleToMdast } from './to-mdast.ts';
export { articleToMdx, mdastToMdx } from './to-mdx.ts';
export { frontmatterOf, summaryOf, tableOfContents } from './frontmatter.ts';
export type { ArticleData, SectionEntry, TrailerField } from '../page-format/schema.ts';
export { referencesOf } from './references.ts';
export { KB_NOTE, KB_REF } from './components.ts';
