/**
 * Layout audit over an archive (a script that prints figures, not a test): parses and emits every
 * article as `kbatlas import` does, and flags, per rule of scripts/layout-audit/rules.ts, the places
 * whose output looks like a flattened layout. Prints per rule the articles and places flagged and a
 * sample of ids; writes every finding (rule, id, line, excerpt) to a TSV file.
 * Usage: npm run audit:layout [-- <archive|folder|files ...>] [--out <file>] [--sample <n>]
 * Default input: ../shared/corpus/kb-full.tar.xz; default output: .cache/layout-audit.tsv.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandInputs, readInputs } from '../src/lib/import/sources/files.ts';
import { DEFAULT_MAX_ARTICLE_SIZE } from '../src/lib/import/sources/source-item.ts';
import { decodeInput } from '../src/lib/parse/decode.ts';
import { decodeHexMarkers, parseArticle, type Article } from '../src/lib/parse/index.ts';
import { splitLines } from '../src/lib/parse/lines.ts';
import { articleToMdx } from '../src/lib/emit/index.ts';
import { rules, type AuditInput } from './layout-audit/rules.ts';
import { leavesOf } from './layout-audit/spans.ts';

const args = process.argv.slice(2);
/** Removes `--name value` from the arguments and returns the value. */
function option(name: string, fallback: string): string {
  const at = args.indexOf(name);
  return at === -1 ? fallback : (args.splice(at, 2)[1] ?? fallback);
}
const out = resolve(option('--out', '.cache/layout-audit.tsv'));
const sampleSize = Math.max(0, Number(option('--sample', '10')) || 0);
const inputs = args.length > 0 ? args : [fileURLToPath(new URL('../../shared/corpus/kb-full.tar.xz', import.meta.url))];
for (const input of inputs) {
  if (!existsSync(input)) {
    console.error(`audit:layout: ${input} not found (the corpus lives in ../shared/corpus); nothing audited.`);
    process.exit(2);
  }
}

/** The source's lines by number (index 0 unused), without the form's prefix (the Jekyll TAB, the `.TXT` space), hex markers decoded as the parser decodes them. */
function sourceLines(bytes: Uint8Array, article: Article): string[] {
  const prefix = article.form === 'txt' ? ' ' : '\t';
  return ['', ...splitLines(decodeInput(bytes).text).map((l) => decodeHexMarkers(l.text.startsWith(prefix) ? l.text.slice(1) : l.text))];
}

/** The line where the body ends: the `Additional query words:` line, else the first trailer field, else the end. */
function bodyEnd(lines: readonly string[], article: Article): number {
  for (let n = lines.length - 1; n > 0; n--) if (/^\s*Additional query words\s*:/i.test(lines[n] ?? '')) return n;
  return article.trailerFields?.[0]?.line ?? lines.length;
}

const started = performance.now();
const findings = new Map<string, Array<{ id: string; line: number; excerpt: string }>>(rules.map((r) => [r.id, []]));
let seen = 0;
let failed = 0;
for await (const item of readInputs(await expandInputs(inputs), DEFAULT_MAX_ARTICLE_SIZE)) {
  if (item.kind !== 'article') {
    failed++;
    continue;
  }
  seen++;
  let input: AuditInput;
  try {
    const { article } = parseArticle(item.bytes, { file: item.name });
    input = { id: article.id, lines: sourceLines(item.bytes, article), article, mdx: articleToMdx(article) };
  } catch {
    failed++;
    continue;
  }
  const leaves = leavesOf(input.article, (n) => input.lines[n], bodyEnd(input.lines, input.article));
  for (const rule of rules) for (const f of rule.check(input, leaves)) findings.get(rule.id)!.push({ id: input.id, ...f });
}

const seconds = (performance.now() - started) / 1000;
console.log(`${seen} articles audited (${failed} unreadable or failed) in ${seconds.toFixed(0)} s; findings in ${out}`);
console.log('| rule | articles | places | sample |');
console.log('| --- | ---: | ---: | --- |');
const rows: string[] = ['rule\tid\tline\texcerpt'];
for (const rule of rules) {
  const list = findings.get(rule.id)!;
  const ids = [...new Set(list.map((f) => f.id))];
  // An even spread over the archive's order, so the sample is not all from one product line.
  const step = Math.max(1, Math.floor(ids.length / Math.max(1, sampleSize)));
  const sample = ids.filter((_, i) => i % step === 0).slice(0, sampleSize);
  console.log(`| ${rule.id} | ${ids.length} | ${list.length} | ${sample.join(' ')} |`);
  for (const f of list) rows.push(`${rule.id}\t${f.id}\t${f.line}\t${f.excerpt.replace(/\t/g, ' ')}`);
}
console.log('');
for (const rule of rules) console.log(`- ${rule.id}: ${rule.description}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${rows.join('\n')}\n`);
