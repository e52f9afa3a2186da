/**
 * The emitter's own escapes, exactly where they apply and nowhere else: the first letter of
 * `import`/`export` starting a line (MDX would read ESM) but not other words or mid-line, and the
 * `&#x3C;` for `<` after `www.` and domain characters; the front matter's YAML refuses values JSON
 * cannot write and leaves out undefined ones. (escaping.test.ts checks that text shows literally;
 * these pin the bytes, so an escape applied too widely shows too.)
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { toYaml } from '../../../src/lib/page-format/writer.ts';
import { article, paragraph, section } from './build.ts';

/** The MDX body of one paragraph of `value` (after the front matter). */
function bodyOf(value: string): string {
  const mdx = articleToMdx(article({ sections: [section(2, 'SUMMARY', [paragraph(value)])] }));
  return mdx.slice(mdx.indexOf('## SUMMARY') + '## SUMMARY'.length).trim();
}

test('only import and export starting a line are escaped', () => {
  assert.equal(bodyOf('import foo from "bar"'), '&#x69;mport foo from "bar"');
  assert.equal(bodyOf('export const x = 1'), '&#x65;xport const x = 1');
  for (const value of ['important imports', 'if it exports', 'reimport and export x', 'imports', 'exported']) {
    assert.equal(bodyOf(value), value, value);
  }
});

test('< after www. and domain characters is written as a character reference, elsewhere escaped', () => {
  assert.equal(bodyOf('www.<webservername>.com'), 'www.&#x3C;webservername>.com');
  const domain = bodyOf('www.contoso-web.example<server>.com');
  assert.ok(domain.endsWith('contoso-web.example&#x3C;server>.com') && !domain.includes('\\<'), domain);
  assert.equal(bodyOf('www. then <b>'), 'www. then \\<b>');
});

test('front matter: undefined values left out, values JSON cannot write refused', () => {
  assert.equal(toYaml({ a: 1, b: undefined, c: 'x' }), 'a: 1\nc: "x"');
  assert.throws(() => toYaml({ a: Number.NaN }), /cannot write the number NaN/);
  assert.throws(() => toYaml({ a: Infinity }), /cannot write the number Infinity/);
  assert.throws(() => toYaml({ a: () => 1 }), /cannot write a function/);
  assert.equal(toYaml({ list: [null, 'x'] }), 'list: [null,"x"]');
  assert.equal(toYaml({ list: [{ a: 1 }] }), 'list:\n  - {"a":1}');
});
