/**
 * Older-form citations (`ARTICLE-ID: Qnnn` / `TITLE : …`) reach the site by the same path as
 * `Qnnn Title` lines: parsed as listed references, written to the page's `references`, inverted into
 * "Referenced by", and an absent target is listed among the ids that get a page of their own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../src/lib/parse/index.ts';
import { articleToMdx } from '../../../src/lib/emit/index.ts';
import { buildArchiveIndex } from '../../../src/lib/site/archive-model.ts';
import { jekyllArticle } from '../../helpers/cli.ts';
import { frontMatter } from '../linking/pages.ts';

/** The page of an article whose body is `body`, as the import writes it. */
const page = (number: number, body: string): string => articleToMdx(parseArticle(jekyllArticle(number, { body })).article);

const citing = page(200001, ['See the following articles:', '', '  ARTICLE-ID: Q200002', '  TITLE : The Present Article', '', '  ARTICLE-ID: Q299001', '  TITLE : An Article Not in This Archive'].join('\n'));
const modern = page(200003, ['See the following article:', '', '  Q299001 An Article Not in This Archive'].join('\n'));
const cited = page(200002, 'Cites nothing.');

test('an older-form citation is a listed link to the cited article, title included', () => {
  assert.match(citing, /^- <KbRef id="Q200002" listed>Q200002 The Present Article<\/KbRef>$/m);
  assert.match(citing, /^- <KbRef id="Q299001" listed>Q299001 An Article Not in This Archive<\/KbRef>$/m);
  assert.doesNotMatch(citing, /ARTICLE-ID/);
});

test('older-form citations count in "Referenced by" and an absent target gets its page, as Qnnn Title lines do', () => {
  const pages = [citing, modern, cited].map(frontMatter);
  assert.deepEqual(pages[0]!.references, ['Q200002', 'Q299001']);
  const index = buildArchiveIndex(pages);
  assert.deepEqual(index.citedBy.get('Q200002'), ['Q200001']);
  assert.deepEqual(index.citedBy.get('Q299001'), ['Q200001', 'Q200003']);
  assert.deepEqual(index.absent, ['Q299001']);
});
