/** Test helpers: hand-built article models (the parser is not needed to test the emitter). */
import GithubSlugger from 'github-slugger';
import type { Article, Block, Inline, ParagraphNode, SectionNode } from '../../../src/lib/parse/model.ts';

/** A text inline. */
export function text(value: string): Inline {
  return { type: 'text', value, line: 1 };
}

/** An article mention inline (`Q266130` or as written). */
export function ref(value: string): Inline {
  const number = Number(value.slice(1));
  return { type: 'articleRef', id: `Q${number}`, number, value, line: 1 };
}

/** A paragraph of inlines (strings become text). */
export function paragraph(...children: Array<Inline | string>): ParagraphNode {
  return { type: 'paragraph', children: children.map((c) => (typeof c === 'string' ? text(c) : c)), line: 1 };
}

/** A section; anchors are computed with github-slugger when `article()` assembles the sections. */
export function section(level: 2 | 3, title: string, children: Block[] = [], sections: SectionNode[] = []): SectionNode {
  return { type: 'section', level, title, anchor: '', children, sections, line: 1 };
}

/** Sets every section's anchor with one github-slugger over the headings in order (as the parser does). */
function withAnchors(sections: SectionNode[], slugger = new GithubSlugger()): SectionNode[] {
  return sections.map((s) => {
    const anchor = slugger.slug(s.title);
    return { ...s, anchor, sections: withAnchors(s.sections, slugger) };
  });
}

/** A complete article with empty metadata, overridable field by field. */
export function article(fields: Partial<Article> = {}): Article {
  const base: Article = {
    type: 'article',
    id: 'Q100',
    number: 100,
    title: 'A test article',
    products: [],
    versions: [],
    operatingSystems: [],
    keywords: [],
    lastModified: null,
    appliesTo: [],
    technology: [],
    issueType: null,
    solutionType: null,
    additionalQueryWords: [],
    productCode: null,
    disclaimer: null,
    form: 'jekyll',
    preamble: [],
    sections: [],
    line: 1,
  };
  const merged = { ...base, ...fields };
  return { ...merged, sections: withAnchors(merged.sections) };
}

/** An article whose body is `blocks` (in its preamble). */
export function body(...blocks: Block[]): Article {
  return article({ preamble: blocks });
}

/** Article metadata holding YAML's traps (quotes, colons, boolean-like words, a date, controls YAML forbids or shows as pictures): front matter tests. */
export const yamlTrapMetadata = {
  id: 'Q311457',
  number: 311457,
  title: 'SMS: "Quoted" title: with <tags> & #hash \u007f\u0081\ufeff',
  products: ['sms'],
  versions: ['2.0', 'WINDOWS:2.0a'],
  operatingSystems: ['winnt', 'yes', 'on', 'no'],
  keywords: ['kbSMS', '~', 'null', '0x10', '1:20'],
  lastModified: '2002-06-05',
  appliesTo: ['Microsoft Systems Management Server 2.0', '- dash: first', '{brace}'],
  technology: ['kbSMS200'],
  issueType: 'kbinfo',
  solutionType: 'kbpending',
  additionalQueryWords: ['prodsms', "it's"],
  productCode: 'sms',
  trailerFields: [{ label: 'Keywords', value: 'kbSMS kbinfo', line: 40 }, { label: 'Hardware', value: 'x86: yes', line: 41 }],
  disclaimer: 'THE INFORMATION IS PROVIDED "AS IS"   \n---\n\tCopyright (c) Microsoft ü\u001b',
  form: 'txt' as const,
};
