/**
 * The sections pass: headings underlined with `====` (level 2) or `----`
 * (level 3), and the body lines each section holds.
 *
 * A heading is a non-blank line after a blank line (or a rule, or the start),
 * underlined by one run of `=` or `-` of about its length (±2) starting at its
 * indent; a `-` heading must be unindented (indented ones are table headers).
 * The underline may also be set apart from its title by one blank line
 * (`Title`, blank, `-----`, blank) when the title reads as one: no column gaps
 * (a table's header row), no bullet, number or note label (a lettered title,
 * `C. Predefined Font Groups`, is one), and not a sentence ending in `.` or `:`.
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
  /** Index of the first body line after the underline. */
  next: number;
  level: 2 | 3;
  title: string;
  anchor: string;
  line: number;
}

/** The index of a list-like marker at the start of a title, which disqualifies it. */
const listLike = /^(?:[-*•·o]\s|\d{1,3}[.)]\s)/;
/** What a title set apart from its underline must not be: a list item, a note, a sentence, a row with column gaps. */
const notSpacedTitle = /^(?:[-*•·o]\s|\d{1,3}[.)]\s|(?:notes?|warning|important|caution|tip)\s*:)|[.:,;]$|\S {2,}\S/i;

/** The level an underline gives its title (`title` and `under` trimmed), or 0 when it is not one. */
function underlineLevel(title: Line, under: Line): 0 | 2 | 3 {
  const t = title.text.trim();
  const u = under.text.trim();
  const char = u[0];
  if (char !== '=' && char !== '-') return 0;
  if (!isRuleText(u, char, 3) || under.indent !== title.indent) return 0;
  if (Math.abs(u.length - t.length) > 2) return 0;
  if (char === '-') return title.indent === 0 ? 3 : 0;
  return 2;
}

/** Whether body[i] is a heading title underlined by body[i + 1] (or by body[i + 2] after a blank line); returns its level and the index after the underline. */
export function headingAt(body: readonly Line[], i: number): { level: 2 | 3; next: number } | null {
  const title = body[i];
  if (!title || title.blank) return null;
  const prev = body[i - 1];
  if (prev && !prev.blank && !isRuleText(prev.text)) return null;
  const t = title.text.trim();
  if (isRuleText(t) || listLike.test(t)) return null;
  const under = body[i + 1];
  if (under && !under.blank) {
    const level = underlineLevel(title, under);
    return level === 0 ? null : { level, next: i + 2 };
  }
  const spaced = body[i + 2];
  const after = body[i + 3];
  if (!under || !spaced || spaced.blank || (after && !after.blank) || notSpacedTitle.test(t)) return null;
  const level = underlineLevel(title, spaced);
  return level === 0 ? null : { level, next: i + 3 };
}

/** Find the headings in `body[from, to)` and give each its anchor. */
export function findHeadings(body: readonly Line[], from: number, to: number): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (let i = from; i < to - 1; i++) {
    const found = headingAt(body, i);
    if (!found || found.next > to) continue;
    const line = body[i];
    if (!line) continue;
    const title = line.text.trim();
    headings.push({ index: i, next: found.next, level: found.level, title, anchor: slugger.slug(title), line: line.number });
    i = found.next - 1;
  }
  return headings;
}
