/**
 * Numbered machine output: a network trace or a log whose rows the tool numbered (`1. TCP: ....S.,
 * len: 4, …` / `2. TCP: .A..S., …`, each row wrapped onto the next line) reads as an ordered list,
 * but its numbers are the tool's frame numbers, not steps. An ordered list of three items or more
 * whose every item opens with machine output (as `machine-output.ts` reads it, not prose) is one
 * preformatted block, its lines as written.
 */
import type { Line } from './lines.ts';
import { matchMarker } from './lists.ts';
import { isMachineOutput } from './machine-output.ts';
import type { Block, ListNode } from './model.ts';
import { makePreformatted } from './preformatted.ts';

/** The list read from `lines` as one preformatted block when it is numbered machine output (see the file comment), else the list. */
export function outputListOrList(list: ListNode, lines: readonly Line[]): Block {
  if (!list.ordered || list.children.length < 3) return list;
  const firsts = new Set(list.children.map((item) => item.line));
  let items = 0;
  for (const line of lines) {
    if (!firsts.has(line.number)) continue;
    const marker = matchMarker(line);
    if (!marker || !isMachineOutput(marker.text)) return list;
    items++;
  }
  return items === list.children.length ? makePreformatted(lines, 'text') : list;
}
