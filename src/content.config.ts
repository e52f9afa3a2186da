import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/page-format/schema.ts';
import { articleSource } from './lib/archive-build/article-source.ts';

/** Where the articles come from (article-source.ts; the collection's folder is checked before the build starts: astro.config.mjs). */
const source = articleSource();

const articles = defineCollection({
  // An archive build reads the articles of its render plan (src/lib/site/articles.ts), so the collection stays empty there.
  loader: source.kind === 'archive'
    ? () => []
    : // Ids are the file names (`Q311457.mdx` → `Q311457`), which the importer names after the article id.
      glob({
        pattern: '**/*.mdx',
        base: source.dir,
        generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
      }),
  schema: articleSchema,
});

export const collections = { articles };
