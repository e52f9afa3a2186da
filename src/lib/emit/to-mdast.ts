/** Article model → mdast root: YAML front matter, then the preamble and the sections as headings and blocks. */
import type { Heading, Root, RootContent } from 'mdast';
import type { Article, SectionNode } from '../parse/model.ts';
import 'mdast-util-frontmatter';
import 'mdast-util-mdx';
import { flow } from './blocks.ts';
import { frontmatterOf } from './frontmatter.ts';
import { toYaml } from '../page-format/writer.ts';

/** The mdast tree of `article`'s page: a `yaml` node, then body content with MDX JSX components. */
export function articleToMdast(article: Article): Root {
  const children: RootContent[] = [{ type: 'yaml', value: toYaml(frontmatterOf(article)) }];
  children.push(...flow(article.preamble));
  for (const section of article.sections) pushSection(children, section);
  return { type: 'root', children };
}

/** Appends a section's heading (text exactly its title), its blocks, then its subsections. */
function pushSection(out: RootContent[], section: SectionNode): void {
  const heading: Heading = { type: 'heading', depth: section.level, children: [{ type: 'text', value: section.title }] };
  out.push(heading, ...flow(section.children));
  for (const sub of section.sections) pushSection(out, sub);
}
