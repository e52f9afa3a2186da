/**
 * The edges of a listing: the lines right above a preformatted block, or a blank line or two below
 * it, that were read as a paragraph although every one of them is program text or machine output
 * (`kd> u NT!_IoAllocateMdl` / `NT!_IoAllocateMdl:` above a disassembly, whose columns started the
 * block a line lower; `ENDDEFINE` / `*` / `*-- EndDefine: form1` below an indented class). The
 * paragraph joins the block:
 *
 * ```
 * head  = paragraph, then right below it (no blank line) a preformatted block
 * tail  = preformatted block, 1*2blank, paragraph
 *         where each line of the paragraph is a statement, machine output, a comment, a label or a
 *         rule, and one at least is a statement (not a bracketed name alone) or output; and the block's line next to the paragraph
 *         does not read as prose (a parameter's indented description is not a listing); below a listing
 *         holding `*` comments, a `* text` line is a comment, and `*` comments alone are a tail
 * ```
 * Prose never joins: a statement, as `program-lines.ts` reads it, never reads as prose; nor does a
 * title alone on its line (three capitalised words or more, `EXTERNAL CACHE OPTION`).
 */
import { isRuleText, type Line } from './lines.ts';
import { isMachineOutput } from './machine-output.ts';
import type { Block, ListNode, PreformattedNode } from './model.ts';
import { makeParagraph } from './paragraphs.ts';
import { isIniSection, makePreformatted } from './preformatted.ts';
import { isComment, isLabel, isProseLine, isStarText, isStatement } from './program-lines.ts';

/** Where a block was read: `lines[start]` to `lines[end - 1]`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Whether the lines `lines[start..end)` are program text or output only, one strong line at least (see
 * the file comment); `stars`: whether a listing above holds `*` comments, so that their `* text`
 * lines are comments too and `*` comments alone may end the listing (`*` / `*-- EndDefine: form1`).
 */
function isListingText(lines: readonly Line[], start: number, end: number, stars = false): boolean {
  // A line of three capitalised words or more alone is a title (`EXTERNAL CACHE OPTION`), whatever its first word.
  if (end - start === 1 && /^\s*[A-Z][A-Z0-9/&-]*(?:\s+[A-Z][A-Z0-9/&-]*){2,}\s*$/.test(lines[start]!.text)) return false;
  let strong = false;
  let starsOnly = stars;
  for (let k = start; k < end; k++) {
    const text = lines[k]!.text;
    if (lines[k]!.blank) continue;
    const star = /^\s*\*/.test(text);
    if (!star) starsOnly = false;
    // A bracketed name (`[ALTBOOT]`, `[mci extensions]`) is as often a parameter over its description as an INI section: not strong here.
    if ((isStatement(text) && !isIniSection(text)) || isMachineOutput(text)) strong = true;
    else if (!isComment(text) && !isLabel(text) && !isRuleText(text) && !(stars && isStarText(text))) return false;
  }
  return strong || starsOnly;
}

/** Whether a preformatted block holds a `*` comment line (FoxPro, COBOL). */
function holdsStarComments(value: string): boolean {
  return /^\s*\*+(?:[^\s*.]|\s+\S|\s*$)/m.test(value);
}

/** The text of the last line of a span that is not blank. */
function lastText(lines: readonly Line[], span: Span): string {
  let k = span.end - 1;
  while (k > span.start && lines[k]!.blank) k--;
  return lines[k]!.text;
}

/**
 * A sentence introducing a statement (not a comment), alone between two statements inside a program listing (`… The new syntax
 * to use would be:` between the old line and the new): the listing is cut there, the sentence a paragraph.
 */
function splitAtIntroductions(block: PreformattedNode, span: Span, lines: readonly Line[]): Array<{ block: Block; span: Span }> {
  if (block.kind !== 'code') return [{ block, span }];
  const pieces: Array<{ block: Block; span: Span }> = [];
  let from = span.start;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    const text = lines[k]!.text;
    if (lines[k - 1]!.blank || lines[k + 1]!.blank || !/:\s*$/.test(text) || isComment(text) || !isProseLine(text) || !isStatement(lines[k - 1]!.text) || !isStatement(lines[k + 1]!.text)) continue;
    pieces.push({ block: makePreformatted(lines.slice(from, k), block.kind), span: { start: from, end: k } });
    pieces.push({ block: makeParagraph(lines.slice(k, k + 1)), span: { start: k, end: k + 1 } });
    from = k + 1;
  }
  if (pieces.length === 0) return [{ block, span }];
  pieces.push({ block: makePreformatted(lines.slice(from, span.end), block.kind), span: { start: from, end: span.end } });
  return pieces;
}

/** Whether a bullet list of `*` items is the comment block heading the listing below it (see `joinListingEdges`). */
function isStarCommentHead(list: ListNode, span: Span, listing: PreformattedNode, listingSpan: Span, lines: readonly Line[]): boolean {
  if (list.ordered || !list.children.every((item) => item.marker === '*')) return false;
  const between = lines.slice(span.end, listingSpan.start);
  if (between.length > 2 || !between.every((l) => l.blank) || !holdsStarComments(listing.value)) return false;
  const first = lines[span.start]!;
  const top = lines[listingSpan.start]!;
  return /^\s*\*/.test(top.text) && top.indent === first.indent;
}

/** The shape of a record's first line: each word an `x`, a gap of columns inside the line (not after a sentence's end) a `|`. */
function recordShape(text: string): string {
  return text
    .trim()
    .replace(/([^\s.?!])\s{2,}(?=\S)/g, '$1|')
    .replace(/[^\s|]+/g, 'x')
    .replace(/ /g, '');
}

/**
 * Records of one layout, a blank line apart (`ACCEL.DRV  3.00  File Size: 41840` / `File Date: …`),
 * some read as preformatted and some as paragraphs: a paragraph whose first line has the shape of
 * the first line of a preformatted block beside it, column gaps included, is a record too.
 */
function recordsAsListings(blocks: readonly Block[], spans: ReadonlyMap<Block, Span>, lines: readonly Line[]): { blocks: readonly Block[]; spans: ReadonlyMap<Block, Span> } {
  const shapes = new Set<string>();
  for (const block of blocks) {
    const span = spans.get(block);
    if (block.type === 'preformatted' && span) shapes.add(recordShape(lines[span.start]!.text));
  }
  const withGaps = [...shapes].filter((shape) => shape.includes('|'));
  if (withGaps.length === 0) return { blocks, spans };
  const outSpans = new Map(spans);
  const out = blocks.map((block) => {
    const span = spans.get(block);
    // The shape first: it is cheap and rules out almost every paragraph before the prose test.
    if (block.type !== 'paragraph' || !span || span.end - span.start < 2 || !withGaps.includes(recordShape(lines[span.start]!.text)) || isProseLine(lines[span.start]!.text)) return block;
    const record = makePreformatted(lines.slice(span.start, span.end));
    outSpans.set(record, span);
    return record;
  });
  return { blocks: out, spans: outSpans };
}

/** The blocks with each paragraph that is a head or a tail of the preformatted block beside it joined to that block (`spans`: where each block was read, when known). */
export function joinListingEdges(read: readonly Block[], readSpans: ReadonlyMap<Block, Span>, lines: readonly Line[]): Block[] {
  const { blocks, spans } = recordsAsListings(read, readSpans, lines);
  const out: Block[] = [];
  const outSpans: Array<Span | undefined> = [];
  // Whether a listing above holds `*` comments: the program is FoxPro's (or COBOL's), whose `* text` lines are comments.
  let starsAbove = false;
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'preformatted' && !starsAbove) starsAbove = holdsStarComments(block.value);
    const span = spans.get(block);
    // A preformatted block right under another, no blank line between, is the same listing (a settings
    // entry whose code ended at a `;`, its description's columns read on as a second block).
    const above = out[out.length - 1];
    const aboveSpan = outSpans[outSpans.length - 1];
    if (block.type === 'preformatted' && span && above?.type === 'preformatted' && aboveSpan?.end === span.start && !lines[span.start - 1]!.blank) {
      out[out.length - 1] = makePreformatted(lines.slice(aboveSpan.start, span.end), above.kind === block.kind ? above.kind : undefined);
      outSpans[outSpans.length - 1] = { start: aboveSpan.start, end: span.end };
      continue;
    }
    // A comment block whose lines start with `*` over a listing holding `*` comments, a blank line or two
    // between (`* SQL Pass Through Example …` / `* multdata - local data table …` over `*` / `* zmultaoc - …`):
    // the comments of that program, not a bullet list.
    const below = blocks[k + 1];
    const belowSpan = below ? spans.get(below) : undefined;
    if (block.type === 'list' && span && below?.type === 'preformatted' && belowSpan && isStarCommentHead(block, span, below, belowSpan, lines)) {
      out.push(makePreformatted(lines.slice(span.start, belowSpan.end), below.kind));
      outSpans.push({ start: span.start, end: belowSpan.end });
      // Blocks of such comments a blank line apart (each read as a list of its own) head it too.
      for (let n = out.length - 1; n > 0; n--) {
        const head = out[n - 1]!;
        const headSpan = outSpans[n - 1];
        const listing = out[n] as PreformattedNode;
        if (head.type !== 'list' || !headSpan || !isStarCommentHead(head, headSpan, listing, outSpans[n]!, lines)) break;
        out.splice(n - 1, 2, makePreformatted(lines.slice(headSpan.start, outSpans[n]!.end), listing.kind));
        outSpans.splice(n - 1, 2, { start: headSpan.start, end: outSpans[n]!.end });
      }
      k++;
      continue;
    }
    if (block.type === 'paragraph' && span) {
      const next = blocks[k + 1];
      const nextSpan = next ? spans.get(next) : undefined;
      if (next?.type === 'preformatted' && nextSpan?.start === span.end && !isProseLine(lines[span.end]!.text) && isListingText(lines, span.start, span.end)) {
        out.push(makePreformatted(lines.slice(span.start, nextSpan.end), next.kind));
        outSpans.push({ start: span.start, end: nextSpan.end });
        k++;
        continue;
      }
      const previous = out[out.length - 1];
      const previousSpan = outSpans[outSpans.length - 1];
      if (previous?.type === 'preformatted' && previousSpan && span.start > previousSpan.end && span.start - previousSpan.end <= 2 && lines.slice(previousSpan.end, span.start).every((l) => l.blank) && !isProseLine(lastText(lines, previousSpan)) && isListingText(lines, span.start, span.end, starsAbove)) {
        out[out.length - 1] = makePreformatted(lines.slice(previousSpan.start, span.end), previous.kind);
        outSpans[outSpans.length - 1] = { start: previousSpan.start, end: span.end };
        continue;
      }
    }
    if (block.type === 'preformatted' && span) {
      for (const piece of splitAtIntroductions(block, span, lines)) {
        out.push(piece.block);
        outSpans.push(piece.span);
      }
      continue;
    }
    out.push(block);
    outSpans.push(span);
  }
  return out;
}
