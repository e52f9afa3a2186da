import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/site/article-schema.ts';

/** Folder of imported `.mdx` pages: `content/kb` (the embedded default) unless KB_CONTENT_DIR says otherwise. */
const contentDir = process.env.KB_CONTENT_DIR ?? 'content/kb';

const articles = defineCollection({
  // Ids are the file names (`Q311457.mdx` → `Q311457`), which the importer names after the article id.
  loader: glob({
    pattern: '**/*.mdx',
    base: contentDir,
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.mdx$/, ''),
  }),
  schema: articleSchema,
});

export const collections = { articles };
