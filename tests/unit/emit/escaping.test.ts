/** Any article text compiles as MDX (Sätteri via Astro, and @mdx-js/mdx) and shows as written. */
import { describe, test } from 'node:test';
import type { Block } from '../../../src/lib/parse/model.ts';
import { assertShowsLiterally } from './assert-literal.ts';
import { article, body, paragraph, section } from './build.ts';

/** Hostile text, each named by what it would break if it were not escaped. */
const hostile: Array<[name: string, value: string]> = [
  ['an opening brace (MDX expression)', 'Use a GUID like {6BC0F6C0-5A5A-11D1-A4C5-00C04FB8E1C5} here'],
  ['a lone closing brace', 'int main() } end'],
  ['a less-than sign (JSX tag)', 'if (a < b) and a<=b and x <y'],
  ['a C include line', '#include <stdio.h>'],
  ['a greater-than sign at line start (block quote)', '> not a quote'],
  ['backticks (code spans)', 'type `dir` and ``two`` ticks'],
  ['asterisks (emphasis)', '*not emphasis* and **not strong** and a * star'],
  ['underscores (emphasis)', '_not emphasis_ and __init__ and a_b_c'],
  ['a number sign at line start (heading)', '# not a heading'],
  ['a pipe (table cell)', 'a | b | c'],
  ['a leading number and dot (ordered list)', '1. not a list'],
  ['a leading number and parenthesis (ordered list)', '2) not a list'],
  ['a leading plus (bullet list)', '+ not a list'],
  ['a leading dash (bullet list)', '- not a list'],
  ['an import line (MDX ESM)', 'import foo from "bar"'],
  ['an export line (MDX ESM)', 'export default function x() {}'],
  ['a script tag', '<script>alert("x")</script>'],
  ['an HTML comment', '<!-- not a comment -->'],
  ['character references (must stay literal)', '&lt;DIR&gt; &amp; &#65; &#x41; &parmcnt; &nbsp'],
  ['backslashes', 'C:\\WINDOWS\\SYSTEM\\ and \\* and \\\\server\\share\\'],
  ['a tab inside a line', 'Name\tValue'],
  ['non-ASCII text', 'Größe — naïve “quotes” ‘single’ … ©'],
  ['straight quotes, dashes and dots (no smart punctuation)', '"quoted" and \'single\' -- and --- and ...'],
  ['square brackets and parentheses (links, images)', '[link](http://x) ![img](y) [ref][1] [^note]'],
  ['tildes (strikethrough and fences)', '~~not struck~~ and ~~~ fence'],
  ['a line of equals signs (setext heading)', '====='],
  ['a line of dashes (thematic break)', '-----'],
  ['a hex marker of the archive converter', 'Q249142<A0>Gtwy: and <B7> and <DD>'],
  ['Liquid raw tags', '{% raw %} and {{ var }}'],
  ['bare URLs, hosts and e-mail addresses in text', 'see http://x.com/a_b and www.x.com and me@x.com'],
  ['an MDX comment expression', '{/* comment */}'],
  ['dollar signs and colons (math, directives)', '$x$ and $$y$$ and :::note and :emoji:'],
];

/** Places where article text can appear, each as a function building an article around a string. */
const places: Array<[place: string, build: (value: string) => Block[]]> = [
  ['a paragraph', (v) => [paragraph(v)]],
  ['a list item', (v) => [{ type: 'list', ordered: false, start: null, line: 1, children: [{ type: 'listItem', marker: '-', line: 1, children: [paragraph(v)] }] }]],
  ['a note', (v) => [{ type: 'note', kind: 'note', label: 'NOTE', line: 1, children: [paragraph(v)] }]],
  ['a table cell', (v) => [{ type: 'table', header: true, line: 1, children: [{ type: 'tableRow', line: 1, children: [{ type: 'tableCell', line: 1, children: [{ type: 'text', value: 'Head', line: 1 }] }] }, { type: 'tableRow', line: 1, children: [{ type: 'tableCell', line: 1, children: [{ type: 'text', value: v, line: 1 }] }] }] }]],
  ['a reference title', (v) => [{ type: 'referenceList', line: 1, children: [{ type: 'referenceItem', id: 'Q5', number: 5, value: 'Q5', title: v, line: 1 }] }]],
];

for (const [place, build] of places) {
  describe(`text in ${place} shows literally`, () => {
    for (const [name, value] of hostile) {
      test(`${name} shows literally in ${place}`, async () => {
        await assertShowsLiterally(body(...build(value)), value);
      });
    }
  });
}

describe('text in headings and preformatted blocks shows literally', () => {
  for (const [name, value] of hostile) {
    test(`${name} shows literally in a heading`, async () => {
      await assertShowsLiterally(article({ sections: [section(2, value, [paragraph('x')])] }), value);
    });
  }

  test('preformatted code with braces, tags, backtick fences and tabs shows literally', async () => {
    const value = '#include <stdio.h>\nint main() {\n\tprintf("%d\\n", 1); /* {x} */\n}\n```\n~~~\n<script>\nimport x from "y"\n&lt; \\\\server';
    await assertShowsLiterally(body({ type: 'preformatted', kind: 'code', value, line: 1 }), value);
  });

  test('trailing spaces of a preformatted line are kept', async () => {
    const value = 'KEY=VALUE   \n  indented';
    await assertShowsLiterally(body({ type: 'preformatted', kind: 'ini', value, line: 1 }), value);
  });
});

describe('links and mentions show their text as written', () => {
  test('a URL with underscores, parentheses and a query shows as written and links to its href', async () => {
    const value = 'http://support.microsoft.com/a_b/(x)?q=1&r={2}';
    const { satteri, mdxJs } = await assertShowsLiterally(body(paragraph({ type: 'url', value, href: value, line: 1 })), value);
    for (const html of [satteri, mdxJs]) {
      if (!html.includes('href="http://support.microsoft.com/a_b/(x)?q=1&amp;r=')) throw new Error(`no href in ${html}`);
    }
  });

  test('an article mention written in lower case keeps its written text', async () => {
    const mention = { type: 'articleRef' as const, id: 'Q123', number: 123, value: 'q123', line: 1 };
    await assertShowsLiterally(body(paragraph('See ', mention, '.')), 'See q123.');
  });
});
