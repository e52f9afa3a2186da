/**
 * The redirect rules mirror the URL grammar: the nginx map (its regular expressions run here as
 * JavaScript ones; nginx's PCRE reads the same syntax) sends every shape to the page the grammar names
 * and leaves every other path alone; the `_redirects` file is checked by Netlify's own redirect engine
 * (netlify-redirector, the WebAssembly build Netlify's CLI uses).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { articleInPath } from '../../../src/lib/linking/kb-urls.ts';
import { nginxMap, redirectsFile, redirectsRuleCount } from '../../../src/lib/linking/redirect-rules.ts';
import { articlePath } from '../../../src/lib/site/urls.ts';
import { MICROSOFT_SHAPES, NOT_ARTICLE_SHAPES } from '../../fixtures/kb-url-shapes.ts';

/** What nginx's map answers for a request path and raw query: the first matching line's target, captures filled in. */
function nginxTarget(map: string, path: string, rawQuery: string): string {
  const key = `${decodeURIComponent(path)}?${rawQuery}`;
  for (const m of map.matchAll(/^\s+"~\*(.+)" (\S+);$/gm)) {
    const match = new RegExp(m[1]!, 'i').exec(key);
    if (match) return m[2]!.replace(/\$([a-z])/g, (_, name: string) => match.groups?.[name] ?? '');
  }
  return '';
}

/** Splits `path?query`. */
function split(shape: string): [string, string] {
  const at = shape.indexOf('?');
  return at < 0 ? [shape, ''] : [shape.slice(0, at), shape.slice(at + 1)];
}

/** More numbers than the default articles: every digit count, leading zeros, the smallest and largest. */
const numbers = [1, 42, 999, 1000, 9999, 10022, 99999, 100000, 311457, 999999];

for (const root of ['/', '/kbarchive/']) {
  const map = nginxMap(root);

  test(`nginx under ${root}: every old shape of the fixtures redirects to the page the grammar names`, () => {
    for (const shape of MICROSOFT_SHAPES) {
      const [path, query] = split(shape.path);
      assert.equal(nginxTarget(map, `${root}${path}`, query), `${root}${articlePath(shape.id)}`, shape.path);
    }
  });

  test(`nginx under ${root}: each shape of each digit count lands in the right bucket, in any case`, () => {
    for (const n of numbers) {
      const d = String(n);
      const split3 = d.length > 3 ? `Q${d.slice(0, -3)}/${d.at(-3)}/${d.slice(-2)}.asp` : `q${d}.asp`;
      for (const shape of [`kb/${d}`, `KB/Q0${d}/EN-US/`, `en-us/help/${d}/title`, `q${d}`, `support/kb/articles/${split3}`, `Default.aspx?SCID=KB;EN-US;Q${d}&x=y`, `?kbid=${d}`, `kb.aspx?id=${d}`]) {
        const [path, query] = split(shape);
        const want = `${root}${articlePath(`Q${n}`)}`;
        assert.equal(articleInPath(decodeURIComponent(path), query)?.id, `Q${n}`, `grammar: ${shape}`);
        assert.equal(nginxTarget(map, `${root}${path}`, query), want, `nginx: ${shape}`);
      }
    }
  });

  test(`nginx under ${root}: canonical pages, other pages and non-article shapes are left alone`, () => {
    for (const shape of [...NOT_ARTICLE_SHAPES, 'kb/311/Q311457/', 'kb/311/Q311457/oembed.json', '', 'products/', 'search/?q=311457', 'kb/1234567']) {
      const [path, query] = split(shape);
      assert.equal(nginxTarget(map, `${root}${path}`, query), '', shape);
    }
    if (root !== '/') assert.equal(nginxTarget(map, '/kb/311457', ''), '', 'outside the base path');
  });
}

/** Netlify's engine over a `_redirects` text: the redirect for a path, as `status target`, or ''. */
async function netlify(rules: string): Promise<(path: string, query?: string) => string> {
  const require = createRequire(import.meta.url);
  const redirector = require('netlify-redirector') as { parsePlain(rules: string, options: object): Promise<{ match(request: object): { to: string; status: number } | null }> };
  const matcher = await redirector.parsePlain(rules, {});
  return (path, query = '') => {
    const match = matcher.match({ scheme: 'https', host: 'kb.example.org', path, query, getHeader: () => '', getCookie: () => '' });
    return match ? `${match.status} ${match.to}` : '';
  };
}

test('_redirects: Netlify answers each printed old path of every article with a 301 to its page', async () => {
  const ids = numbers.map((n) => `Q${n}`);
  for (const root of ['/', '/kbarchive/']) {
    const match = await netlify(redirectsFile(ids, root));
    for (const n of numbers) {
      const d = String(n);
      const want = `301 ${root}${articlePath(`Q${n}`)}`;
      const printed = [`kb/${d}`, `kb/${d}/`, `kb/${d}/en-us`, `support/kb/articles/q${d}.asp`];
      if (d.length > 3) printed.push(`support/kb/articles/Q${d.slice(0, -3)}/${d.at(-3)}/${d.slice(-2)}.asp`);
      for (const path of printed) assert.equal(match(`${root}${path}`), want, `${root}${path}`);
    }
    // Left to the 404 page's script: other spellings, queries, ids with no article, canonical pages.
    for (const path of ['kb/311457/DE', 'default.aspx', 'kb/123456', 'kb/311/Q311457/']) assert.equal(match(`${root}${path}`, path === 'default.aspx' ? 'scid=kb;en-us;311457' : ''), '', path);
  }
});

test('_redirects: one line per printed path, counted for the hosts\' limits', () => {
  const file = redirectsFile(['Q311457', 'Q42'], '/');
  assert.equal(file.split('\n').filter((line) => line.startsWith('/')).length, redirectsRuleCount(['Q311457', 'Q42']));
  assert.equal(redirectsRuleCount(['Q311457', 'Q42']), 7);
});
