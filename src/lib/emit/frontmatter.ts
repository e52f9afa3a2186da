/** The front matter of an article page (src/lib/page-format/schema.ts documents each field): the model's metadata plus what the site derives. */
import type { Article, SectionNode } from '../parse/model.ts';
import { sectionsInOrder } from '../parse/walk.ts';
import type { ArticleData, SectionEntry } from '../page-format/schema.ts';
import { showControlsIn } from './controls.ts';
import { referencesOf } from './references.ts';
import { collapseWhitespace, firstParagraphText, truncate } from './text.ts';

/** The front matter object of `article` (plain JSON data, deterministic key order; control characters shown as pictures: controls.ts). */
export function frontmatterOf(article: Article): ArticleData {
  return showControlsIn({
    id: article.id,
    number: article.number,
    title: article.title,
    products: [...article.products],
    versions: [...article.versions],
    operatingSystems: [...article.operatingSystems],
    keywords: [...article.keywords],
    lastModified: article.lastModified,
    appliesTo: [...article.appliesTo],
    technology: [...article.technology],
    issueType: article.issueType,
    solutionType: article.solutionType,
    additionalQueryWords: [...article.additionalQueryWords],
    productCode: article.productCode,
    trailerFields: (article.trailerFields ?? []).map(({ label, value }) => ({ label, value })),
    disclaimer: article.disclaimer,
    form: article.form,
    references: referencesOf(article),
    sections: tableOfContents(article.sections),
    summary: summaryOf(article),
  });
}

/** The flat table of contents of `sections`, in page order. */
export function tableOfContents(sections: readonly SectionNode[]): SectionEntry[] {
  return sectionsInOrder(sections).map(({ level, title, anchor }) => ({ level, title, anchor }));
}

/** Plain-text summary of `article` for meta descriptions (see `summary` in the page-format schema). */
export function summaryOf(article: Article): string {
  const summary = article.sections.find((section) => section.title.trim().toUpperCase() === 'SUMMARY');
  const text =
    (summary && firstParagraphText(summary.children)) ??
    firstParagraphText(article.preamble) ??
    firstInSections(article.sections) ??
    collapseWhitespace(article.title);
  return truncate(text);
}

/** The first paragraph text anywhere in `sections`, depth-first. */
function firstInSections(sections: readonly SectionNode[]): string | null {
  for (const section of sectionsInOrder(sections)) {
    const text = firstParagraphText(section.children);
    if (text !== null) return text;
  }
  return null;
}
