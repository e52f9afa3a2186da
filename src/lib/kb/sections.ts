/**
 * The sections pass: headings underlined with `====` (level 2) or `----`
 * (level 3), and the body lines each section holds.
 *
 * A heading is a non-blank line after a blank line (or a rule, or the start),
 * underlined by one run of `=` or `-` of about its length (±2) starting at its
 * indent; a `-` heading must be unindented (indented ones are table headers).
 * A level-3 heading before any level-2 heading stays a top-level level-3
 * section (no level-2 heading is invented). Anchors come from github-slugger
 * over all headings in document order, as Astro's heading ids do.
 */
import GithubSlugger from 'github-slugger';
import { isRuleText, type Line } from './lines.ts';

/** A heading found in the body. */
export interface Heading {
  /** Index of the title line in the body. */
  index: number;
  level: 2 | 3;
  title: string;
  anchor: string;
  line: number;
}

/** The index of a list-like marker at the start of a title, which disqualifies it. */
const listLike = /^(?:[-*•·o]\s|\d{1,3}[.)]\s)/;

/** Whether body[i] is a heading title underlined by body[i + 1]; returns its level or 0. */
export function headingLevel(body: readonly Line[], i: number): 0 | 2 | 3 {
  const title = body[i];
  const under = body[i + 1];
  if (!title || !under || title.blank || under.blank) return 0;
  const prev = body[i - 1];
  if (prev && !prev.blank && !isRuleText(prev.text)) return 0;
  const t = title.text.trim();
  if (isRuleText(t) || listLike.test(t)) return 0;
  const u = under.text.trim();
  const char = u[0];
  if (char !== '=' && char !== '-') return 0;
  if (!isRuleText(u, char, 3) || under.indent !== title.indent) return 0;
  if (Math.abs(u.length - t.length) > 2) return 0;
  if (char === '-') return title.indent === 0 ? 3 : 0;
  return 2;
}

/** Find the headings in `body[from, to)` and give each its anchor. */
export function findHeadings(body: readonly Line[], from: number, to: number): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (let i = from; i < to - 1; i++) {
    const level = headingLevel(body, i);
    if (level === 0) continue;
    const line = body[i];
    if (!line) continue;
    const title = line.text.trim();
    headings.push({ index: i, level, title, anchor: slugger.slug(title), line: line.number });
    i++;
  }
  return headings;
}
