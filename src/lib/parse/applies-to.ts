/**
 * The applies-to pass: the block between dashed rules at the top of the body,
 * `The information in this article applies to:` then `- product` lines.
 */
import { diagnostic } from '../diagnostics/diagnostic.ts';
import { isRuleText, type Line } from './lines.ts';
import type { Diagnostic } from './model.ts';

/** The intro line of the block, as both forms write it. */
export const appliesToIntro = 'The information in this article applies to:';

/** The block's items and where the rest of the body starts. */
export interface AppliesTo {
  items: string[];
  /** Index of the first body line after the block (0 when there is none). */
  end: number;
}

/** Read the applies-to block at the top of the body, if there is one. */
export function readAppliesTo(body: readonly Line[], diagnostics: Diagnostic[]): AppliesTo {
  let i = 0;
  while (i < body.length && body[i]?.blank) i++;
  const rule = body[i];
  const intro = body[i + 1];
  if (!rule || !intro || !isRuleText(rule.text, '-', 20) || intro.text.trim() !== appliesToIntro) {
    return { items: [], end: 0 };
  }
  const items: string[] = [];
  let j = i + 2;
  for (; j < body.length; j++) {
    const line = body[j];
    if (!line) break;
    if (isRuleText(line.text, '-', 20)) {
      return items.length > 0 ? { items, end: j + 1 } : { items: [], end: 0 };
    }
    if (line.blank) {
      if (items.length > 0 && !body[j + 1]?.blank && body[j + 1] && !isRuleText(body[j + 1]?.text ?? '', '-', 20)) {
        // A blank line inside the list of products: keep going only if a product follows.
        if (!/^\s*[-*]\s/.test(body[j + 1]?.text ?? '')) break;
      }
      continue;
    }
    const m = /^\s*[-*•·]\s+(.*)$/.exec(line.text);
    const text = (m ? (m[1] ?? '') : line.text).trim();
    if (m || items.length === 0) items.push(text);
    else items[items.length - 1] += ` ${text}`;
  }
  if (items.length === 0) return { items: [], end: 0 };
  diagnostics.push(diagnostic('kb/unclosed-applies-to', body[j]?.number ?? body[body.length - 1]?.number ?? 1, [body[j]?.text.trim().slice(0, 40) ?? 'end of file']));
  return { items, end: j };
}
