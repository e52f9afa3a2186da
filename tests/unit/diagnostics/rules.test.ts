/** The one catalogue of rule ids: every id written in src is in it, and every rule in it is used. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fileDiagnostic } from '../../../src/lib/diagnostics/diagnostic.ts';
import { rules, type RuleId } from '../../../src/lib/diagnostics/rules.ts';

const src = fileURLToPath(new URL('../../../src/', import.meta.url));
const catalogue = join(src, 'lib/diagnostics/rules.ts');

/** Every `.ts` and `.astro` file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|astro|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Rule ids quoted in code (`'kb/…'`, `"kbatlas/…"`, `` `kbatlas/…` `` in comments too), with where they are. */
function quotedRuleIds(file: string): { id: string; where: string }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/['"`]((?:kb|kbatlas)\/[a-z][a-z0-9-]*)['"`]/g)].map((m) => ({ id: m[1]!, where: `${file.slice(src.length)}:${text.slice(0, m.index).split('\n').length}` }));
}

test('every rule id written in src is in the catalogue', () => {
  const quoted = sourceFiles(src).filter((f) => f !== catalogue).flatMap(quotedRuleIds);
  assert.ok(quoted.length >= 20, `expected the CLI and parser to name rules, found ${quoted.length}`);
  const unknown = quoted.filter(({ id }) => !(id in rules));
  assert.deepEqual(unknown, []);
});

test('every rule of the catalogue is used somewhere in src', () => {
  const used = new Set(sourceFiles(src).filter((f) => f !== catalogue).flatMap(quotedRuleIds).map(({ id }) => id));
  assert.deepEqual(Object.keys(rules).filter((id) => !used.has(id)), []);
});

test('every rule has a severity and a hint', () => {
  for (const [id, rule] of Object.entries(rules)) {
    assert.match(id, /^(kb|kbatlas)\/[a-z0-9-]+$/);
    assert.ok(rule.severity === 'error' || rule.severity === 'warning', id);
    assert.ok(rule.hint.length > 10, id);
  }
});

test('a rule id not in the catalogue is a type error', () => {
  // `npm run typecheck` fails if this line stops being an error (a RuleId that accepts any string).
  // @ts-expect-error 'kbatlas/no-such-rule' is not a RuleId
  const bad: RuleId = 'kbatlas/no-such-rule';
  assert.equal(bad in rules, false);
});

test('a file diagnostic takes its severity from the catalogue unless told', () => {
  assert.deepEqual(fileDiagnostic('kbatlas/too-large', 'a.md', 'too big'), { file: 'a.md', severity: 'error', message: 'too big', rule: 'kbatlas/too-large' });
  assert.deepEqual(fileDiagnostic('kbatlas/redirects', 'dist', 'many', { severity: 'warning' }).severity, 'warning');
  assert.deepEqual(fileDiagnostic('kbatlas/duplicate-id', 'b.md', 'again', { line: 1 }), { file: 'b.md', line: 1, severity: 'warning', message: 'again', rule: 'kbatlas/duplicate-id' });
});
