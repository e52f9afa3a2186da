/**
 * The block pass: body lines to blocks, trying each construct in order —
 * rule, column layout (or the table it is), note, list (or numbered machine
 * output, `output-lists.ts`), reference list,
 * older-form citations, table, listing, indented block (links or
 * preformatted), code-like lines, and last the paragraph; then a paragraph of
 * program lines at a listing's edge joins it (`listing-edges.ts`).
 *
 * `base` is the column of the container's text: lines indented 2+ columns
 * past it start an indented block.
 */
import { matchCitation, readCitations, splitCitedCode, startsCitation } from './citations.ts';
import { columnsEnd, mayHoldColumns, startsColumns } from './columns.ts';
import { isBlank, isRuleText, runEnd, type Line } from './lines.ts';
import { isLinkLabel, linkParagraphs } from './link-lines.ts';
import { joinListingEdges, type Span } from './listing-edges.ts';
import { codeLength, isCommentedStatement, isIntroducedListing, isListingParagraph, isQuotedListing, listingInParagraph, opensCode, registryValueStart, settingsStart, starBoxLength } from './listings.ts';
import { continuesSentence, matchMarker, readList, startsList } from './lists.ts';
import type { Block, NoteNode } from './model.ts';
import { matchNote } from './notes.ts';
import { outputListOrList } from './output-lists.ts';
import { makeParagraph } from './paragraphs.ts';
import { isArtLike, isCodeLike, isIniLike, isRegistryLike, makePreformatted } from './preformatted.ts';
import { matchReference, readReferenceList } from './references.ts';
import { isUnderline, readTable } from './tables.ts';
import { mayStartVerbatim, readVerbatim } from './verbatim.ts';

/** Whether `lines[i]` starts a note, a citation or a list, which end a paragraph or a listing above them. */
function startsTextBlock(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  return matchNote(line) !== null || startsCitation(lines, i) || (matchMarker(line) !== null && !continuesSentence(lines[i - 1], line) && startsList(lines, i));
}

/** Whether `lines[i]` starts a construct that ends the paragraph above it: a rule, a listing, a column layout, or a note, citation or list. */
function startsBlock(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  return isRuleText(line.text) || opensCode(lines, i) || (mayHoldColumns(line) && startsColumns(lines, i)) || startsTextBlock(lines, i);
}

/** Whether `line` starts a construct that ends a column layout: a note, a reference or a citation. */
function endsLayout(line: Line): boolean {
  return matchNote(line) !== null || matchReference(line) !== null || matchCitation(line) !== null;
}

/** Read a column layout at `start` (where `startsColumns` holds): a table when the table reader finds one there, else one preformatted block. */
function readColumns(lines: readonly Line[], start: number, out: Block[]): number {
  if (start === 0 || lines[start - 1]?.blank) {
    const candidate = tableCandidate(lines, start);
    const table = readTable(candidate.rows);
    if (table) {
      out.push(table);
      return candidate.end;
    }
  }
  const end = columnsEnd(lines, start, (i) => endsLayout(lines[i]!));
  out.push(makePreformatted(lines.slice(start, end)));
  return end;
}

/** Read a note at `start`: its lines up to a blank line or the start of another construct. */
function readNote(lines: readonly Line[], start: number, depth: number): { node: NoteNode; end: number } {
  const line = lines[start] as Line;
  const note = matchNote(line);
  if (!note) throw new Error('readNote called without a note');
  let end = start + 1;
  while (end < lines.length && !lines[end]?.blank && !startsBlock(lines, end)) end++;
  const first: Line = { number: line.number, text: ' '.repeat(note.textColumn) + note.text, indent: note.textColumn, blank: isBlank(note.text) };
  const children = parseBlocks([first, ...lines.slice(start + 1, end)], note.textColumn, depth + 1);
  return { node: { type: 'note', kind: note.kind, label: note.label, children, line: line.number }, end };
}

/** The lines of a table candidate at `start`: a run of lines, plus the rows after a blank when the run is a header and its underline. */
function tableCandidate(lines: readonly Line[], start: number): { rows: Line[]; end: number } {
  let end = runEnd(lines, start);
  const rows = lines.slice(start, end);
  if (rows.length === 2 && isUnderline(rows[1]?.text ?? '')) {
    let i = end;
    while (i < lines.length && lines[i]?.blank) i++;
    const next = lines[i];
    if (next && next.indent >= (rows[0]?.indent ?? 0) && !startsBlock(lines, i)) {
      end = runEnd(lines, i);
      rows.push(...lines.slice(i, end));
    }
  }
  return { rows, end };
}

/** Read an indented block at `start`: runs of lines indented past `base`, as links, tables or one preformatted block. */
function readIndented(lines: readonly Line[], start: number, base: number, out: Block[]): number {
  let i = start;
  let preStart = -1;
  let preEnd = -1;
  const flush = (): void => {
    if (preStart !== -1) out.push(makePreformatted(lines.slice(preStart, preEnd)));
    preStart = -1;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (!line || line.indent < base + 2 || (i > start && (matchMarker(line) || matchNote(line) || matchReference(line) || startsCitation(lines, i)))) break;
    const end = runEnd(lines, i);
    const run = lines.slice(i, end);
    let j = end;
    while (j < lines.length && lines[j]?.blank) j++;
    const paragraphs = linkParagraphs(run) ?? (isLinkLabel(run, lines.slice(j, runEnd(lines, j))) ? [makeParagraph(run)] : null);
    if (paragraphs) {
      flush();
      out.push(...paragraphs);
    } else {
      const table = readTable(run);
      if (table) {
        flush();
        out.push(table);
      } else {
        if (preStart === -1) preStart = i;
        preEnd = end;
      }
    }
    i = end;
    if (j === i || j >= lines.length || (lines[j]?.indent ?? 0) < base + 2) break;
    i = j;
  }
  flush();
  return i;
}

/** Read a paragraph at `start`: lines until a blank line, a new construct, or a line indented past the first; settings, a registry value, a quoted listing and a listing under its text are kept line by line (`listings.ts`). */
function readParagraph(lines: readonly Line[], start: number, out: Block[]): number {
  const first = lines[start] as Line;
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i];
    if (!line || line.blank || line.indent > first.indent + 1 || startsBlock(lines, i)) break;
    i++;
  }
  if (isQuotedListing(lines.slice(start, i)) || isListingParagraph(lines.slice(start, i))) {
    out.push(makePreformatted(lines.slice(start, i)));
    return i;
  }
  const settings = settingsStart(lines.slice(start, i));
  if (settings > 0) out.push(makeParagraph(lines.slice(start, start + settings)));
  if (settings >= 0) {
    out.push(makePreformatted(lines.slice(start + settings, i)));
    return i;
  }
  // A registry value written as labelled lines keeps its lines.
  const value = registryValueStart(lines.slice(start, i));
  if (value >= 0) {
    if (value > 0) out.push(makeParagraph(lines.slice(start, start + value)));
    out.push(makePreformatted(lines.slice(start + value, i)));
    return i;
  }
  // A listing under the paragraph's text (no blank line between) keeps its lines; prose after it is a paragraph again.
  const listing = listingInParagraph(lines.slice(start, i));
  if (!listing) {
    // Program text or output under an introduction, a blank line between, and a statement under its comment keep their lines.
    out.push(isIntroducedListing(lines, start, i) || isCommentedStatement(lines.slice(start, i)) ? makePreformatted(lines.slice(start, i)) : makeParagraph(lines.slice(start, i)));
    return i;
  }
  if (listing.start > 0) out.push(makeParagraph(lines.slice(start, start + listing.start)));
  out.push(makePreformatted(lines.slice(start + listing.start, start + listing.end)));
  if (start + listing.end < i) out.push(makeParagraph(lines.slice(start + listing.end, i)));
  return i;
}

/**
 * Whether verbatim text (a program listing, machine output) may start at `lines[i]`: the first line
 * of a run, not indented past the container (an indented run is the indented block's), not a list
 * item's or a note's own first line, not a listing, and not a table with an underlined header (a
 * file list with dates is a table, not a log).
 */
function startsVerbatimHere(lines: readonly Line[], i: number, base: number, depth: number): boolean {
  const line = lines[i]!;
  if ((i > 0 && !lines[i - 1]!.blank) || (depth > 0 && i === 0)) return false;
  if ((line.indent >= base + 2 && !matchMarker(line)) || !mayStartVerbatim(line.text) || opensCode(lines, i)) return false;
  const candidate = tableCandidate(lines, i);
  return !(candidate.rows.length > 2 && isUnderline(candidate.rows[1]!.text) && readTable(candidate.rows));
}

/** How deep lists and notes may nest; deeper markers are read as text (keeps parsing linear). */
export const maxDepth = 8;

/** Parse body lines into blocks; `base` is the container's text column (default 0), `depth` its nesting (default 0). */
export function parseBlocks(lines: readonly Line[], base = 0, depth = 0): Block[] {
  const out: Block[] = [];
  let i = 0;
  // No verbatim text starts before this line (a failed search looked that far: linear time).
  let verbatimFrom = 0;
  // Where each block was read, when one step of the loop read one block: a listing's edges are joined by it.
  const spans = new Map<Block, Span>();
  let stepStart = 0;
  let stepBlocks = 0;
  const noteSpan = (): void => {
    if (out.length === stepBlocks + 1 && i > stepStart) spans.set(out[stepBlocks]!, { start: stepStart, end: i });
  };
  while (i < lines.length) {
    noteSpan();
    stepStart = i;
    stepBlocks = out.length;
    const line = lines[i];
    if (!line) break;
    if (line.blank) {
      i++;
      continue;
    }
    // A listing in quotation marks is one block, its closing quote and note with it (verbatim text would leave them out as prose).
    if ((i === 0 || lines[i - 1]!.blank) && /^\s*"/.test(line.text) && isQuotedListing(lines.slice(i, runEnd(lines, i)))) {
      const end = runEnd(lines, i);
      out.push(makePreformatted(lines.slice(i, end)));
      i = end;
      continue;
    }
    if (i >= verbatimFrom && startsVerbatimHere(lines, i, base, depth)) {
      const verbatim = readVerbatim(lines, i);
      const from = verbatim.start;
      // INI lines and keys alone are the listing reader's, unless prose shares their run (an introduction above, a note below).
      const keysOnly = verbatim.end > from && lines.slice(from, verbatim.end).every((l) => l.blank || isIniLike(l.text) || isRegistryLike(l.text));
      if (verbatim.end > from && (!keysOnly || from > i || verbatim.end < runEnd(lines, from))) {
        if (from > i) out.push(makeParagraph(lines.slice(i, from)));
        // A column layout that runs on past the verbatim text (a debugger session's command table) stays one
        // block, unless a note in prose ended the verbatim text inside its run.
        const layout = (lines[verbatim.end]?.blank ?? true) && mayHoldColumns(lines[from]!) && startsColumns(lines, from);
        const end = layout ? Math.max(verbatim.end, columnsEnd(lines, from, (k) => endsLayout(lines[k]!))) : verbatim.end;
        out.push(makePreformatted(lines.slice(from, end), keysOnly ? undefined : verbatim.kind));
        i = end;
        continue;
      }
      verbatimFrom = verbatim.scanned;
    }
    // A box drawn with `*` starts with a rule and has sides shaped like bullets: one preformatted block.
    const box = i === 0 || lines[i - 1]!.blank ? starBoxLength(lines, i) : 0;
    if (box > 0) {
      out.push(makePreformatted(lines.slice(i, i + box)));
      i += box;
      continue;
    }
    if (isRuleText(line.text)) {
      out.push({ type: 'rule', line: line.number });
      i++;
      continue;
    }
    // Indented layouts are left to the indented block, except numbered rows, which must not become a list.
    if ((line.indent < base + 2 || matchMarker(line)) && mayHoldColumns(line) && startsColumns(lines, i)) {
      i = readColumns(lines, i, out);
      continue;
    }
    if (depth < maxDepth && matchNote(line)) {
      const { node, end } = readNote(lines, i, depth);
      out.push(node);
      i = end;
      continue;
    }
    if (depth < maxDepth && matchMarker(line) && startsList(lines, i)) {
      const { node, end } = readList(lines, i, depth);
      out.push(outputListOrList(node, lines.slice(i, end)));
      i = end;
      continue;
    }
    if (matchReference(line)) {
      const { node, end } = readReferenceList(lines, i);
      out.push(node);
      i = end;
      continue;
    }
    if (startsCitation(lines, i)) {
      const { node, end } = readCitations(lines, i);
      out.push(node);
      i = end;
      continue;
    }
    // Tables and code-like runs only start a run of lines: each run is examined once (linear time).
    const runStart = i === 0 || lines[i - 1]?.blank === true;
    const candidate = runStart ? tableCandidate(lines, i) : { rows: [], end: i };
    const table = runStart ? readTable(candidate.rows) : null;
    if (table) {
      out.push(table);
      i = candidate.end;
      continue;
    }
    if (line.indent >= base + 2) {
      i = readIndented(lines, i, base, out);
      continue;
    }
    const code = opensCode(lines, i) ? codeLength(lines, i) : 0;
    if (code > 0) {
      // The listing runs on to a line starting another construct (the next step) at the latest.
      let k = i + 1;
      while (k < i + code && !startsTextBlock(lines, k)) k++;
      out.push(makePreformatted(lines.slice(i, k)));
      i = k;
      continue;
    }
    if (!runStart) {
      i = readParagraph(lines, i, out);
      continue;
    }
    const end = runEnd(lines, i);
    const run = lines.slice(i, end);
    if (run.every((l) => isArtLike(l.text) || isRegistryLike(l.text) || isIniLike(l.text) || isCodeLike(l.text)) || (candidate.rows.length === 2 && isUnderline(candidate.rows[1]?.text ?? ''))) {
      out.push(makePreformatted(run));
      i = end;
      continue;
    }
    i = readParagraph(lines, i, out);
  }
  noteSpan();
  // A citation in a listing's comments is taken out of it, so that it links, lists and counts.
  return joinListingEdges(out, spans, lines).flatMap((block) => (block.type === 'preformatted' ? splitCitedCode(block) : [block]));
}
