/**
 * Test helpers: compile MDX pages with the two compilers we support and render them to HTML with a
 * tiny string JSX runtime, so tests can check what a reader would see.
 */
import { pathToFileURL } from 'node:url';
import { evaluate as mdxJsEvaluate } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { satteri } from '@astrojs/markdown-satteri';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter as frontmatterSyntax } from 'micromark-extension-frontmatter';
import remarkGfm from 'remark-gfm';
import { evaluate as satteriEvaluate } from 'satteri';
import type { Processor } from 'unified';
import type {} from 'remark-parse';

/** A rendered node: an HTML string. */
type Html = string;
type Props = Record<string, unknown> & { children?: unknown };
type Component = (props: Props) => { html: Html };

const Fragment = Symbol('Fragment');

/** HTML-escapes text and attribute values. */
function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Children (strings, arrays, nullish) to HTML. */
function childrenToHtml(children: unknown): Html {
  if (children === null || children === undefined || children === false) return '';
  if (Array.isArray(children)) return children.map(childrenToHtml).join('');
  if (typeof children === 'object' && 'html' in children) return String(children.html);
  return escape(String(children));
}

/** The string JSX runtime: elements render at once to `{ html }` so text and markup stay apart. */
function jsx(type: unknown, props: Props): { html: Html } {
  if (type === Fragment) return { html: childrenToHtml(props.children) };
  if (typeof type === 'function') return { html: childrenToHtml((type as (p: Props) => unknown)(props)) };
  let attributes = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === undefined || value === null || value === false) continue;
    const attr = name === 'className' ? 'class' : name;
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    attributes += value === true ? ` ${attr}` : ` ${attr}="${escape(text)}"`;
  }
  return { html: `<${String(type)}${attributes}>${childrenToHtml(props.children)}</${String(type)}>` };
}

const runtime = { Fragment, jsx, jsxs: jsx, jsxDEV: jsx };

/** Stand-ins for the site's components: custom tags carrying the props. */
export const components: Record<string, Component> = {
  KbRef: (props) => jsx('kb-ref', props),
  KbNote: (props) => jsx('kb-note', props),
};

/** Satteri features as the site configures Astro (`gfm: true`, `smartypants: false`). */
const siteFeatures = { gfm: true, smartPunctuation: false, frontmatter: true } as const;

/** Renders an MDX page (front matter included) with Sätteri, the compiler Astro 7 uses by default. */
export function renderWithSatteri(mdx: string): Html {
  const result = satteriEvaluate(mdx, { ...runtime, features: siteFeatures } as never) as Record<string, unknown>;
  const Content = result.default as (props: { components: typeof components }) => unknown;
  return childrenToHtml(Content({ components }));
}

/** remark plugin reading YAML front matter (what remark-frontmatter does). */
export function remarkYaml(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(frontmatterSyntax(['yaml']));
  (data.fromMarkdownExtensions ??= []).push(frontmatterFromMarkdown(['yaml']));
}

/** Renders an MDX page (front matter included) with @mdx-js/mdx + remark-gfm, the portable pipeline. */
export async function renderWithMdxJs(mdx: string): Promise<Html> {
  const module = await mdxJsEvaluate(mdx, { ...runtime, remarkPlugins: [remarkYaml, remarkGfm] } as never);
  const Content = module.default as unknown as (props: { components: typeof components }) => unknown;
  return childrenToHtml(Content({ components }));
}

/** A heading as Astro reports it (`getHeadings()`). */
export interface AstroHeading {
  depth: number;
  slug: string;
  text: string;
}

let astroRenderer: Promise<{ process(content: string, file: string, fm: Record<string, unknown>): Promise<{ code: string }> }> | undefined;

/**
 * Compiles an MDX page exactly as @astrojs/mdx does with the site's options (Sätteri processor,
 * `gfm: true`, `smartypants: false`, no highlighting): front matter split off by Astro's helper, the
 * rest through Astro's own MDX processor. Returns the front matter and the headings with their ids.
 */
export async function compileWithAstro(mdx: string): Promise<{ frontmatter: Record<string, unknown>; headings: AstroHeading[]; code: string }> {
  astroRenderer ??= Promise.resolve(
    satteri().createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: false } as never,
      { optimize: false, srcDir: pathToFileURL('/site/src/') } as never,
    ) as never,
  );
  const renderer = await astroRenderer;
  const { frontmatter, content } = parseFrontmatter(mdx, { frontmatter: 'empty-with-spaces' });
  const { code } = await renderer.process(content, '/site/content/kb/page.mdx', frontmatter);
  const match = /export function getHeadings\(\) \{ return (.*); \}/.exec(code);
  const headings = JSON.parse(match?.[1] ?? '[]') as AstroHeading[];
  return { frontmatter, headings, code };
}

/** The text a reader sees in `html`: tags dropped, entities decoded. */
export function textOf(html: Html): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
