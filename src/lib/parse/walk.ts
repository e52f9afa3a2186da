/** Walking the section tree in page order, so every reader of the model visits it the same way. */
import type { SectionNode } from './model.ts';

/** Every section of `sections` in page order: each section, then its subsections (depth-first). */
export function sectionsInOrder(sections: readonly SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  const visit = (nodes: readonly SectionNode[]): void => {
    for (const section of nodes) {
      out.push(section);
      visit(section.sections);
    }
  };
  visit(sections);
  return out;
}
