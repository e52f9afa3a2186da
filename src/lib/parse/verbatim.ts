/**
 * Verbatim text: a program listing or machine output, kept line by line as one preformatted block,
 * across the blank lines inside it. Its lines are read by `program-lines.ts` (statements, comments)
 * and `machine-output.ts`; a line that is either is *strong*.
 *
 * ```
 * verbatim  = run *( 1*2blank run )                 ; ends with the last run holding a strong line
 * run       = a run of lines (no blank line inside) that is
 *             code:       2+ strong lines, and strong and weak lines half the run at least when
 *                         its first line is strong or a comment, two thirds otherwise (a header over a dump)
 *           | compatible: every line strong, weak or a rule
 * strong    = a statement or machine output, or the line closing a `/* … *\/` comment opened on an
 *             earlier line of the run
 * weak      = a comment, a line inside a `/* … *\/` comment, a label (`start:`; a run of labels
 *             alone is prose's `to:` or `Change:`, not compatible), or a line
 *             continuing the statement above it (indented past it, or at the indent of the line
 *             continuing it before, which ends in `;`, ` _`, `,` …),
 *             or the rest of a line of output of 70 columns or more, wrapped at the margin, or the last
 *             few words of a comment of 70 columns or more, wrapped at the margin
 * ```
 * A run whose first line is neither strong nor weak and reads as prose is neither code nor
 * compatible: prose is not a header over a dump. A line of prose ending in `:` right above the
 * first run introduces it: the verbatim text starts below it. Lines ending a run from a line of
 * prose on, none of them strong or weak, are a note after the code: the verbatim text ends above.
 * The whole holds two strong lines or more, and one code run at least or two compatible runs
 * holding a strong line each (a program written in short pieces). A `* text` line (shaped like
 * a bullet) is a comment when its run holds a strong line at or left of its indent (a FoxPro comment
 * sits at the code's indent; the wrapped text of a bullet is indented past its marker), another
 * `*` comment (a bare `*`, `*text`, or one in a run above), or two strong lines and no other text
 * (comments over code indented deeper). A run opened by an ordered list marker is not verbatim text: it
 * is a step (a numbered frame of a trace), and its text is read within the step.
 */
import { runEnd, isRuleText, type Line } from './lines.ts';
import { isMachineOutput, isPlainOutput } from './machine-output.ts';
import type { PreformattedKind } from './model.ts';
import { isComment, isLabel, isProseLine, isStarText, isStatement, isStatementDespiteProse, readsAsProse } from './program-lines.ts';

/** What one run of lines holds. */
interface RunCounts {
  statements: number;
  output: number;
  /** Whether the run is code (see the file comment). */
  code: boolean;
  /** Whether every line is strong, a comment, inside a block comment or a rule. */
  compatible: boolean;
  /** Whether a `/*` comment is still open after the run. */
  inComment: boolean;
  /** How many lines end the run as prose: a line that reads as prose and the lines after it, none of them strong or weak. */
  proseTail: number;
  /** Whether the run holds a comment opened by `*`: the program's `* text` lines below are comments too. */
  starComments: boolean;
}

/** Whether a line opens a `/*` comment it does not close. */
function opensBlockComment(text: string): boolean {
  const open = text.lastIndexOf('/*');
  return open !== -1 && text.indexOf('*/', open + 2) === -1;
}

/** Whether a line ends so that the next one continues it: `;` (FoxPro), `_` (Basic), `,`, `+`, `&`, `(`, `[` (an IDL attribute list), `:` (a C++ class's bases). */
function endsContinued(text: string): boolean {
  return /(?:[;,+&([:]|[\s,(]_)\s*$/.test(text);
}

/** What a line of a run is (a `* text` line is classed once the run is known). */
type LineKind = 'statement' | 'output' | 'comment' | 'star' | 'label' | 'continued' | 'rule' | 'other';

/** Count a run of lines (`inComment`: whether a `/*` comment is open before it; `stars`: whether a run above held `*` comments). */
function countRun(run: readonly Line[], inComment: boolean, stars: boolean): RunCounts {
  const kinds: LineKind[] = [];
  let strongIndent = Infinity;
  let starComments = stars;
  let open = inComment;
  // Most runs are paragraphs: a first line of prose settles it before the other lines are read.
  const opening = run[0]!.text;
  if (!inComment && !isComment(opening) && !isStarText(opening) && isProseLine(opening) && !isStatementDespiteProse(opening) && !isPlainOutput(opening)) {
    return { statements: 0, output: 0, code: false, compatible: false, inComment: false, proseTail: 0, starComments: false };
  }
  let others = 0;
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    const text = line.text;
    let kind: LineKind;
    if (open) {
      kind = 'comment';
      if (text.includes('*/')) {
        // A `/* … */` comment closed in the run it opened in, over lines of its own, is as sure a sign of C as a statement.
        if (k > 0 && !inComment) kind = 'statement';
        open = opensBlockComment(text.slice(text.lastIndexOf('*/') + 2));
      }
    } else {
      const previous = run[k - 1];
      const after = kinds[k - 1];
      // A line of prose is none of the kinds below but these (a quick path: most lines are prose).
      if (isProseLine(text)) kind = isStatementDespiteProse(text) ? 'statement' : isPlainOutput(text) ? 'output' : isComment(text) ? 'comment' : isStarText(text) ? 'star' : 'other';
      else if (isStatement(text)) kind = 'statement';
      else if (isMachineOutput(text)) kind = 'output';
      else if (isComment(text)) kind = 'comment';
      else if (isStarText(text)) kind = 'star';
      else if (isLabel(text)) kind = 'label';
      // A continued statement's lines are indented past it; its later lines may keep the indent of the first continuation.
      else if (previous && (after === 'statement' || after === 'continued') && (line.indent > previous.indent || (after === 'continued' && line.indent === previous.indent)) && endsContinued(previous.text)) kind = 'continued';
      // The rest of a long line of output wrapped at the article's margin (`(FPO:` / `[2,0,2])`).
      else if (previous && after === 'output' && previous.text.trimEnd().length >= 70 && !isProseLine(text)) kind = 'continued';
      // The last words of a long comment wrapped at the margin (`; -- … whether EXTERNAL.EXE, a server process,` / `should be used`).
      else if (previous && after === 'comment' && previous.text.trimEnd().length >= 70 && text.trim().length <= 24 && !isProseLine(text)) kind = 'continued';
      else if (isRuleText(text)) kind = 'rule';
      else kind = 'other';
      if (kind === 'statement' || kind === 'output') strongIndent = Math.min(strongIndent, line.indent);
      if (kind === 'comment' && /^\s*\*/.test(text)) starComments = true;
      open = opensBlockComment(text);
    }
    kinds.push(kind);
    // Once too many lines are neither strong nor weak, the run can be neither code nor compatible.
    if (kind === 'other') others++;
    const strongFirst = kinds[0] === 'statement' || kinds[0] === 'output' || kinds[0] === 'comment' || kinds[0] === 'star';
    if (others * (strongFirst ? 2 : 3) > run.length) return { statements: 0, output: 0, code: false, compatible: false, inComment: false, proseTail: 0, starComments: false };
  }
  // A `* text` line is a comment beside code at or left of its indent, beside other `*` comments, or
  // over code in a run with no other text (a bullet's wrapped text would be prose).
  const strongLines = kinds.filter((kind) => kind === 'statement' || kind === 'output').length;
  kinds.forEach((kind, k) => {
    if (kind === 'star' && (starComments || strongIndent <= run[k]!.indent + 1 || (strongLines >= 2 && others === 0))) kinds[k] = 'comment';
  });
  const stared = starComments || kinds.some((kind, k) => kind === 'comment' && /^\s*\*/.test(run[k]!.text));
  let statements = 0;
  let output = 0;
  let weak = 0;
  let rules = 0;
  let compatible = true;
  for (const kind of kinds) {
    if (kind === 'statement') statements++;
    else if (kind === 'output') output++;
    else if (kind === 'comment' || kind === 'label' || kind === 'continued') weak++;
    else if (kind === 'rule') rules++;
    else compatible = false;
  }
  // A label alone between blank lines is prose's (`to:`, `Change:`), not a program's: its labels sit on its code.
  if (kinds.every((kind) => kind === 'label')) compatible = false;
  const strong = statements + output;
  const size = run.length - rules;
  const first = kinds[0];
  const weight = strong + weak;
  let proseTail = 0;
  for (let k = kinds.length - 1; k > 0 && kinds[k] === 'other'; k--) if (isProseLine(run[k]!.text)) proseTail = kinds.length - k;
  // A run opened by a line of prose is prose that code follows, not a header over a dump.
  if (first === 'other' && isProseLine(run[0]!.text)) return { statements, output, code: false, compatible: false, inComment: open, proseTail, starComments: stared };
  // A prose note ending the run is not part of the code: it is not counted against it.
  const body = size - proseTail;
  const code = strong >= 2 && (first === 'statement' || first === 'output' || first === 'comment' ? weight * 2 >= body : weight * 3 >= body * 2);
  return { statements, output, code, compatible, inComment: open, proseTail, starComments: stared };
}

/** Whether `lines[i]` is prose introducing the lines right below it (`The output is as follows:`). */
function introduces(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  return /:\s*$/.test(text) && readsAsProse(text) && !isStatement(text) && !isMachineOutput(text) && !isComment(text) && lines[i + 1]?.blank === false;
}

/** Whether a line opens a step: an ordered list marker (`1.`, `a)`) followed by text. */
function opensStep(text: string): boolean {
  return /^\s*(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,6})[.)]\s+\S/.test(text);
}

/** Verbatim text found at a line: where it starts and ends, how far the search looked, and its kind. */
export interface Verbatim {
  /** The index of its first line: the line after an introduction (`… as follows:`) that opens the run. */
  start: number;
  /** The index after its last line; the start when there is none. */
  end: number;
  /** The index after the last line looked at: no verbatim text starts before it when there is none here. */
  scanned: number;
  kind: PreformattedKind;
}

/** The verbatim text starting at `lines[start]`, the first line of a run (see the file comment). */
export function readVerbatim(lines: readonly Line[], first: number): Verbatim {
  const start = introduces(lines, first) ? first + 1 : first;
  let end = start;
  let scanned = start;
  let statements = 0;
  let output = 0;
  let code = false;
  // Runs each holding a strong line, every line strong or weak: short pieces of one program.
  let strongRuns = 0;
  let inComment = false;
  let stars = false;
  let j = start;
  while (j < lines.length) {
    const stop = runEnd(lines, j);
    if (j > start && opensStep(lines[j]!.text)) break;
    const counts = countRun(lines.slice(j, stop), inComment, stars);
    scanned = stop;
    if (!counts.code && !counts.compatible) break;
    inComment = counts.inComment;
    stars = counts.starComments;
    statements += counts.statements;
    output += counts.output;
    code ||= counts.code;
    if (counts.compatible && counts.statements + counts.output > 0) strongRuns++;
    if (counts.statements + counts.output > 0) end = stop - counts.proseTail;
    // A note in prose after the code ends it (`Include any lines your cards need.` below CONFIG.SYS lines).
    if (counts.proseTail > 0) break;
    let next = stop;
    while (next < lines.length && lines[next]!.blank && next - stop < 2) next++;
    if (next >= lines.length || lines[next]!.blank) break;
    j = next;
  }
  if ((!code && strongRuns < 2) || statements + output < 2) return { start, end: start, scanned, kind: 'code' };
  return { start, end, scanned, kind: statements >= output ? 'code' : 'text' };
}

/** Whether verbatim text may start at a run's first line: not a step, nor a bullet other than `*` (a comment's star). */
export function mayStartVerbatim(text: string): boolean {
  return !opensStep(text) && !/^\s*[-o•·]\s/.test(text);
}
