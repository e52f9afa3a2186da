/** The articles an article cites: inline mentions and reference-list entries. */
import type { Article, Block, Inline } from '../parse/model.ts';
import { sectionsInOrder } from '../parse/walk.ts';

/** Distinct ids cited by `article`, in order of first mention, without its own id. */
export function referencesOf(article: Article): string[] {
  const seen = new Set<string>([article.id]);
  const out: string[] = [];
  const add = (id: string): void => {
    if (!seen.has(id)) {
      seen.add(id);
      out.push(id);
    }
  };
  const inlines = (nodes: readonly Inline[]): void => {
    for (const node of nodes) if (node.type === 'articleRef') add(node.id);
  };
  const blocks = (nodes: readonly Block[]): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          inlines(node.children);
          break;
        case 'list':
          for (const item of node.children) blocks(item.children);
          break;
        case 'note':
          blocks(node.children);
          break;
        case 'table':
          for (const row of node.children) for (const cell of row.children) inlines(cell.children);
          break;
        case 'referenceList':
          for (const item of node.children) add(item.id);
          break;
        case 'preformatted':
        case 'rule':
          break;
      }
    }
  };
  blocks(article.preamble);
  for (const section of sectionsInOrder(article.sections)) blocks(section.children);
  return out;
}
