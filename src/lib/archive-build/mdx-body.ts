/**
 * Compiles an archive page's MDX body when its page renders, with the very compiler, plugins and
 * JSX runtime Astro's MDX integration uses (Sätteri, heading ids, `astro/jsx-runtime`), so the
 * archive build's HTML is identical to the ordinary path's without bundling one module per page.
 * Mirrors @astrojs/markdown-satteri's MDX processor and @astrojs/mdx's post-processing; the
 * archive-vs-ordinary test (tests/corpus/archive-identical.test.ts) fails if they ever drift.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
// @ts-expect-error: exported by Astro's server runtime (what @astrojs/mdx imports) but missing from its types.
import { __astro_tag_component__ } from 'astro/runtime/server/index.js';
import { evaluate, type EvaluateOptions } from 'satteri';

/** What `render(entry)` gives for an MDX entry: a component taking `components`. */
export type MdxContent = ((props?: { components?: Record<string, unknown> }) => unknown) & Record<symbol, unknown>;

/** Compiles one MDX body (front matter removed) into a renderable Content component. */
export function compileMdxBody(body: string, frontmatter: Record<string, unknown>, file: string): MdxContent {
  let exports: Record<string, unknown>;
  try {
    const result = evaluate(body, {
      Fragment,
      jsx: jsx as EvaluateOptions['jsx'],
      jsxs: jsxs as EvaluateOptions['jsxs'],
      hastPlugins: [satteriHeadingIdsPlugin()],
      // astro.config.mjs: mdx({ smartypants: false }); gfm on, as Astro's default.
      features: { gfm: true, smartPunctuation: false },
      elementAttributeNameCase: 'html',
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    if (result instanceof Promise) throw new Error('MDX compiled asynchronously; only synchronous plugins are expected');
    exports = result;
  } catch (error) {
    throw new Error(`${file}: MDX body does not compile: ${(error as Error).message}`, { cause: error });
  }
  const MDXContent = exports.default as (props: Record<string, unknown>) => unknown;
  // @astrojs/mdx's transformContentExport and annotateContentExport, for a module without exports.
  const Content = ((props: { components?: Record<string, unknown> } = {}) =>
    MDXContent({ ...props, components: { Fragment, ...props.components } })) as MdxContent;
  Content[Symbol.for('mdx-component')] = true;
  Content[Symbol.for('astro.needsHeadRendering')] = true;
  (Content as unknown as { moduleId: string }).moduleId = file;
  __astro_tag_component__(Content, 'astro:jsx');
  return Content;
}
