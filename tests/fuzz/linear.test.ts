/**
 * Importing grows linearly on pathological inputs: for each shape, the input grows 2k → 16k units and
 * the work of parsing, of emitting, and of the whole import (parse, emit and the Sätteri check of the
 * page, mdx-check.ts) must grow about as fast — at most 2.6× per doubling and 12× over the eightfold
 * growth. A quadratic pass would show 4× per doubling. Work is counted, not timed: V8 block counts for
 * our code and the libraries in JavaScript; Sätteri is native, so its share is its measured cost model.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseArticle } from '../../src/lib/parse/index.ts';
import { articleToMdx } from '../../src/lib/emit/index.ts';
import { mdxProblem } from '../../src/lib/import/mdx-check.ts';
import { repoRoot } from '../helpers/cli.ts';
import { work } from './work-counter.ts';

const source = readFileSync(join(repoRoot, 'content/sources/Q311457.md'), 'utf8');
/** `source` with `lines` (tab-indented body lines) after the SUMMARY heading. */
const withLines = (lines: string[]) => source.replace('\tThis article describes', `${lines.map((l) => `\t${l}`).join('\n')}\n\t\n\tThis article describes`);
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

/** Pathological shapes of n units each. */
const shapes: Record<string, (n: number) => string> = {
  'a paragraph of markup characters': (n) => withLines(times(n, () => 'text {x} <y> `z` [a](b) *c* &lt; <!-- d -->')),
  'one line of URLs': (n) => withLines([times(n, (i) => `http://a.bc/${i}`).join(' ')]),
  'one line of @ signs': (n) => withLines(['a@'.repeat(n * 4)]),
  'one line of unclosed parentheses after a URL': (n) => withLines([`http://a.bc/${'('.repeat(n * 4)}`]),
  'one line of www. fragments': (n) => withLines(['www.'.repeat(n * 4)]),
  'a paragraph of article references': (n) => withLines(times(n, (i) => `See Q${100000 + i} and q${200000 + i}.`)),
  'ever deeper list items': (n) => withLines(times(n, (i) => `${' '.repeat((i % 400) * 2)}- item ${i}`)),
  'numbered steps': (n) => withLines(times(n, (i) => `${i + 1}. Step ${i}`).flatMap((l) => [l, ''])),
  'aligned table rows': (n) => withLines(['Name        Value      Size', '-----------------------------', ...times(n, (i) => `File${i}.dll   1.0.${i}      ${i}`)]),
  'underlined headings': (n) => withLines(times(n, (i) => [`HEADING ${i}`, '='.repeat(14), '', `Sub ${i}`, '-'.repeat(10), '']).flat()),
  'notes': (n) => withLines(times(n, (i) => [`NOTE: note ${i}`, '']).flat()),
  'capital letter markers out of sequence': (n) => withLines(times(n, (i) => `${'  '.repeat(i % 90)}Q. question ${i}`)),
  'lettered steps': (n) => withLines(times(n, (i) => `${String.fromCharCode(97 + (i % 26))}. Step ${i}`)),
  'numbers ending long wrapped lines': (n) => withLines(times(n, (i) => (i % 2 ? `${i}. continues the sentence above it` : `${'word '.repeat(14)}ends here`))),
  'a column layout with blank lines between rows': (n) => withLines(times(n, (i) => [`Row${i}      value ${i}      more`, '']).flat()),
  'cells continued on indented lines': (n) => withLines(times(n, (i) => (i % 2 ? '                continued text' : `Label${i}        value`))),
  'registry keys opening runs': (n) => withLines(times(n, (i) => `HKEY_LOCAL_MACHINE\\Software\\Key${i}`)),
  'registry keys each followed by a sentence': (n) => withLines(times(n, (i) => (i % 2 ? 'where the value is the one you want to use here' : `HKEY_LOCAL_MACHINE\\Software\\Key${i}`))),
  'older-form citations': (n) => withLines(times(n, (i) => [`ARTICLE-ID: Q${100000 + i}`, `TITLE : Title ${i}`, '']).flat()),
  'link text and URL lines': (n) => withLines(times(n, (i) => [`  Download File${i}.exe now`, `  (http://example.com/${i})`]).flat()),
  'code-like lines': (n) => withLines(times(n, (i) => `   if (x${i}) { y = ${i}; } // c`)),
  'program lines between prose runs': (n) => withLines(times(n, (i) => (i % 2 ? [`x${i} = ${i};`, ''] : ['This is a sentence of plain prose that ends here.', '']).flat()).flat()),
  'comment runs with no code after them': (n) => withLines(times(n, (i) => [`' comment ${i}`, '']).flat()),
  'star comments and bullets': (n) => withLines(times(n, (i) => (i % 3 ? `* note ${i} about the code` : `STORE ${i} TO n${i}`))),
  'machine output with prose tails': (n) => withLines(times(n, (i) => (i % 3 === 2 ? ['The value shows what the thread was doing at that time.', ''] : [`0006F7${i % 100} 62A02500 0008EB10 snadmod!F${i}`])).flat()),
  'a line of dot leaders': (n) => withLines([`Option${' .'.repeat(n * 4)}`]),
  'title-first citations': (n) => withLines(times(n, (i) => [`TITLE : Title ${i}`, `ARTICLE-ID: Q${100000 + i}`, '']).flat()),
  'citations in program comments': (n) => withLines(times(n, (i) => [`    x = ${i}`, `    '   ARTICLE-ID: Q${100000 + i}`, `    '   TITLE : Title ${i}`]).flat()),
  'listing heads over indented blocks and tails after them': (n) => withLines(times(n, (i) => [`' comment ${i}`, `TYPE R${i}`, `     field text ${i}`, '', 'END', '']).flat()),
  'settings under names': (n) => withLines(times(n, (i) => [`Value${i}`, `Data type = REG_DWORD`, `Default = ${i}`, '']).flat()),
  'a line of spaces': (n) => withLines([`${' '.repeat(n * 8)}x`]),
  'blank lines': (n) => withLines(times(n, () => '')),
};

const sizes = [2000, 4000, 8000, 16000];

/**
 * Sätteri's work on a page, which the counter cannot see (native code): it parses a line holding k
 * JSX elements in time growing as k² (measured 2026-12-07: 2,000 / 4,000 / 8,000 `<KbRef>` on one
 * line take 69 / 218 / 875 ms, the same on separate lines 2 / 3 / 10 ms; docs/hardening.md), so its
 * share is that sum over the page's lines. Everything else it does grows with the page's length.
 */
function satteriWork(page: string): number {
  let sum = page.length;
  for (const line of page.split('\n')) {
    const elements = line.split('<KbRef').length - 1;
    sum += elements * elements;
  }
  return sum;
}

for (const [name, make] of Object.entries(shapes)) {
  test(`importing ${name} grows linearly: parse, emit and the whole import (work count)`, async (t) => {
    const parse: number[] = [];
    const emit: number[] = [];
    const all: number[] = [];
    for (const n of sizes) {
      const text = make(n);
      let article: ReturnType<typeof parseArticle>['article'] | undefined;
      let page = '';
      parse.push(await work(() => (article = parseArticle(text).article)));
      emit.push(await work(() => (page = articleToMdx(article!))));
      all.push(parse.at(-1)! + emit.at(-1)! + (await work(() => mdxProblem(page))) + satteriWork(page));
    }
    for (const [stage, counts] of [['parse', parse], ['emit', emit], ['import', all]] as const) {
      const ratios = counts.slice(1).map((c, i) => c / counts[i]!);
      const overall = counts.at(-1)! / counts[0]!;
      const detail = `${stage} work ${counts.join(' → ')} (×${ratios.map((r) => r.toFixed(2)).join(', ×')}; ×${overall.toFixed(1)} overall)`;
      t.diagnostic(detail);
      assert.ok(ratios.every((r) => r <= 2.6) && overall <= 12, detail);
    }
  });
}
