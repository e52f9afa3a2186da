import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { docPath, type IndexMeta } from '../../../../src/lib/search/engine/format.ts';
import { SearchIndex, type SearchAnswer, type SearchOptions } from '../../../../src/lib/search/engine/search.ts';
import { indexSite, type IndexReport } from '../../../../src/lib/search/indexer/index-site.ts';
import { articlePage, missingPage, removePage, writePage, type ArticleSpec } from '../../../fixtures/search/article-page.ts';

// A tiny built site: five articles and one "not in the archive" page (Q8010, no data-search-body).
// Q311457 cites Q266130 in its body more often than Q266130 names itself; Q150000 has no date and two products.
const sms = 'Microsoft Systems Management Server';
const nt = 'Microsoft Windows NT';
const articles: ArticleSpec[] = [
  {
    n: 266130, title: 'SMS: Component Versions in Systems Management Server 2.0', date: '2002-05-27', filters: [['product', sms], ['version', '2.0']],
    intro: 'This article lists Microsoft component versions.',
    sections: [
      ['summary', 'SUMMARY', 'The compver.ini file lists the version of each component.'],
      ['more-information', 'MORE INFORMATION', 'Open HKEY_LOCAL_MACHINE\\Software\\Microsoft\\SMS to see the installed version.'],
    ],
  },
  {
    n: 311457, title: 'SMS: How to Obtain and Install SMS 2.0 SP4', date: '2002-06-05', filters: [['product', sms], ['version', '2.0'], ['version', '2.0 SP4']],
    intro: 'Microsoft released a service pack.',
    sections: [
      ['summary', 'SUMMARY', 'Install SP4 to fix the problems listed in Q266130.'],
      ['more-information', 'MORE INFORMATION', 'For the component versions see Q266130, 266130 or KB266130. Q266130 lists them; KB266130 is also online as Q266130.'],
    ],
  },
  {
    n: 100200, title: 'Windows NT: Printer Drivers Fail to Install', date: '1999-01-10', filters: [['product', nt], ['version', '4.0']],
    intro: 'Microsoft Windows NT printer drivers.',
    sections: [
      ['symptoms', 'SYMPTOMS', 'The print spooler service stops when a printer driver is installed. The compver tool reads each ini file.'],
      ['resolution', 'RESOLUTION', 'Restart the spooler.'],
    ],
  },
  {
    n: 200300, title: 'Excel: Formula Returns <#VALUE!> Error', date: '2001-03-15', filters: [['product', 'Microsoft Excel'], ['version', '97']],
    intro: 'A Microsoft Excel formula error.',
    sections: [['cause', 'CAUSE', 'A cell holds text where the formula expects a number < 10.']],
  },
  {
    n: 150000, title: 'Printing From SMS Clients', date: '', filters: [['product', nt], ['product', sms], ['version', '3.51']],
    intro: 'Microsoft clients print. Each component of the client has versions: client 2 needs service pack 0 or later.',
    sections: [['more-information', 'MORE INFORMATION', 'SMS clients print through the NT spooler.']],
  },
];
const missing = 8010;

/** The incremental scenario's changes: Q311457 edited, Q150000 removed, Q400500 added. */
const edited: ArticleSpec = { ...articles[1]!, sections: [['summary', 'SUMMARY', 'Install SP4 with the setup wizard.']] };
const added: ArticleSpec = {
  n: 400500, title: 'Word: Macro Virus Warning', date: '2003-02-01', filters: [['product', 'Microsoft Word'], ['version', '2000']],
  intro: 'Microsoft Word warns about macros.', sections: [['cause', 'CAUSE', 'A template holds a macro.']],
};

let root: string;
/** The site indexed cold, once, for the query tests. */
let site: string;
let coldReport: IndexReport;
let index: SearchIndex;
/** The site indexed cold, then changed and indexed again. */
let incremental: string;
let incrementalReport: IndexReport;
/** The changed site's pages indexed cold (`force`) in another folder. */
let cold: string;

/** Writes a site of `specs` plus the missing page into a new folder `name` under the root. */
function writeSite(name: string, specs: readonly ArticleSpec[]): string {
  const dir = join(root, name);
  for (const spec of specs) writePage(dir, spec.n, articlePage(spec));
  writePage(dir, missing, missingPage(missing));
  return dir;
}

/** A Node loader for the index of the site at `dir`. */
const loader = (dir: string) => async (path: string): Promise<Uint8Array | null> => {
  try {
    return readFileSync(join(dir, 'search-index', path));
  } catch {
    return null;
  }
};

/** Every file of the site's index, relative to it, sorted. */
const indexFiles = (dir: string): string[] =>
  readdirSync(join(dir, 'search-index'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(join(dir, 'search-index').length + 1))
    .sort();

/** The site's `meta.bin`. */
const metaOf = (dir: string): IndexMeta => JSON.parse(gunzipSync(readFileSync(join(dir, 'search-index', 'meta.bin'))).toString('utf8')) as IndexMeta;

/** Article numbers of the hits, in order. */
const numbers = (answer: SearchAnswer): number[] => answer.hits.map((hit) => hit.n);
/** Article numbers of a search's hits, in order. */
const found = async (query: string, options?: SearchOptions): Promise<number[]> => numbers(await index.search(query, options));
/** Article numbers of a search's hits, ascending (for checks that ignore rank). */
const foundSet = async (query: string, options?: SearchOptions): Promise<number[]> => (await found(query, options)).sort((a, b) => a - b);

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'kb-search-index-'));
  site = writeSite('site', articles);
  coldReport = indexSite(site);
  index = await SearchIndex.open(loader(site), '/kbarchive/');

  incremental = writeSite('incremental', articles);
  indexSite(incremental);
  writePage(incremental, edited.n, articlePage(edited));
  removePage(incremental, 150000);
  writePage(incremental, added.n, articlePage(added));
  incrementalReport = indexSite(incremental);

  cold = writeSite('cold', [articles[0]!, edited, articles[2]!, articles[3]!, added]);
  indexSite(cold, { force: true });
});

after(() => {
  rmSync(root, { recursive: true, force: true });
});

test('a cold index reads every page and indexes the ones with a body', () => {
  assert.deepEqual({ ...coldReport, terms: 0, buckets: 0, ms: 0 }, { pages: 6, articles: 5, indexed: 6, removed: 0, failed: [], terms: 0, buckets: 0, incremental: false, ms: 0 });
  assert.ok(coldReport.terms > 50, `${coldReport.terms} terms`);
  assert.equal(coldReport.buckets, index.meta.buckets.length);
  assert.equal(index.meta.docs, 5);
});

test('each article has its display data file, and the page without a body has none', () => {
  for (const { n } of articles) assert.ok(existsSync(join(site, 'search-index', docPath(n))), `Q${n}`);
  assert.ok(!existsSync(join(site, 'search-index', docPath(missing))));
});

test('an id query in each of its forms puts the article first, above a page citing it more often', async () => {
  for (const query of ['Q266130', 'q266130', '266130', 'KB266130', 'kb266130']) {
    assert.deepEqual(await found(query), [266130, 311457], query);
  }
});

test('a page without data-search-body is not found, by its id or its words', async () => {
  assert.deepEqual(await found('Q8010'), []);
  assert.deepEqual(await found('archive'), []);
});

test('text outside the body elements, and ignored copy buttons, are not found', async () => {
  assert.deepEqual(await found('disclaimer'), []);
  assert.deepEqual(await found('copy'), []);
  assert.deepEqual(await found('products'), []);
});

test('a compound file name finds the pages holding it whole, not those holding its parts apart', async () => {
  assert.deepEqual(await foundSet('compver ini'), [100200, 266130], 'both hold the parts');
  assert.deepEqual(await found('compver.ini'), [266130]);
  assert.deepEqual(await found('COMPVER.INI'), [266130]);
});

test('a compound the index lacks whole finds the pages holding all its parts', async () => {
  assert.deepEqual(await foundSet('compver-ini'), [100200, 266130]);
  assert.deepEqual(await found('compver.exe'), []);
});

test('a registry key finds the page holding it in a longer path', async () => {
  assert.deepEqual(await found('HKEY_LOCAL_MACHINE'), [266130]);
  assert.deepEqual(await found('hkey_local_machine\\software'), [266130]);
});

test('a version number finds the pages holding it, not those holding its digits apart', async () => {
  assert.deepEqual(await foundSet('2 0 '), [150000, 266130, 311457], 'the digits apart');
  assert.deepEqual(await foundSet('2.0'), [266130, 311457]);
});

test('a word finds the pages holding any inflection of it', async () => {
  assert.deepEqual(await foundSet('installs '), [100200, 266130, 311457]);
});

test('every word of a query must be in a result', async () => {
  assert.deepEqual(await foundSet('spooler '), [100200, 150000]);
  assert.deepEqual(await found('spooler driver '), [100200]);
  assert.deepEqual(await found('spooler excel '), []);
});

test('a quoted phrase finds only the pages holding its words in a row', async () => {
  assert.deepEqual(await foundSet('component versions'), [150000, 266130, 311457]);
  assert.deepEqual(await foundSet('"component versions"'), [266130, 311457]);
});

test('a quoted phrase whose words are in the pages but never in that order finds nothing', async () => {
  assert.ok((await found('versions component')).length > 0);
  assert.deepEqual(await found('"versions component"'), []);
});

test('the last word finds the words it begins, when the index lacks it whole', async () => {
  assert.deepEqual(await foundSet('spool'), [100200, 150000]);
  assert.deepEqual(await foundSet('print spool'), [100200, 150000]);
});

test('a word other than the last, or followed by a space, is not looked up as a prefix', async () => {
  assert.deepEqual(await found('spool printer'), []);
  assert.deepEqual(await found('spool '), []);
});

test('a last word typed past its stem still finds the words it begins', async () => {
  assert.deepEqual(await foundSet('compone'), [150000, 266130, 311457]);
  assert.deepEqual(await foundSet('componen'), [150000, 266130, 311457]);
});

test('selected values of one filter key widen each other (any of them)', async () => {
  assert.deepEqual(await foundSet('microsoft', { filters: { product: [nt] } }), [100200, 150000]);
  assert.deepEqual(await foundSet('microsoft', { filters: { product: [nt, 'Microsoft Excel'] } }), [100200, 150000, 200300]);
});

test('selected values of different filter keys narrow each other (all of them)', async () => {
  assert.deepEqual(await found('microsoft', { filters: { product: [nt], version: ['4.0'] } }), [100200]);
  assert.deepEqual(await found('microsoft', { filters: { product: ['Microsoft Excel'], version: ['4.0'] } }), []);
});

test('filters with no query list every article holding them', async () => {
  assert.deepEqual(await foundSet('', { filters: { version: ['2.0'] } }), [266130, 311457]);
  assert.deepEqual(await found(''), []);
});

test('counts give, per filter value, how many results hold it', async () => {
  const answer = await index.search('spooler', { counts: true });
  assert.deepEqual(answer.counts, {
    product: { 'Microsoft Excel': 0, [sms]: 1, [nt]: 2 },
    version: { '97': 0, '2.0': 0, '2.0 SP4': 0, '3.51': 1, '4.0': 1 },
  });
  assert.deepEqual((await index.search('spooler')).counts, {}, 'only when asked');
});

test('counts follow the selected filters', async () => {
  const answer = await index.search('microsoft', { counts: true, filters: { version: ['2.0'] } });
  assert.deepEqual(answer.counts.product, { 'Microsoft Excel': 0, [sms]: 2, [nt]: 0 });
});

test('every filter value is listed with its number of articles', async () => {
  assert.deepEqual(await index.allFilters(), {
    product: { 'Microsoft Excel': 1, [sms]: 3, [nt]: 2 },
    version: { '97': 1, '2.0': 2, '2.0 SP4': 1, '3.51': 1, '4.0': 1 },
  });
});

test('newest first orders the results by date, latest first, undated last', async () => {
  assert.deepEqual(await found('microsoft', { sort: 'newest' }), [311457, 266130, 200300, 100200, 150000]);
});

test('oldest first orders the results by date, earliest first, undated last', async () => {
  assert.deepEqual(await found('microsoft', { sort: 'oldest' }), [100200, 200300, 266130, 311457, 150000]);
});

test('a result shows its id, title and date, and links to its page under the base path with the query to highlight', async () => {
  const [hit] = (await index.search('spooler driver')).hits;
  const data = await hit!.data();
  assert.deepEqual({ id: data.id, title: data.title, date: data.date, url: data.url }, {
    id: 'Q100200', title: 'Windows NT: Printer Drivers Fail to Install', date: '1999-01-10', url: '/kbarchive/kb/100/Q100200/?highlight=spooler%20driver',
  });
});

test('a result\'s excerpt marks the matched words and escapes the text\'s HTML', async () => {
  const spooler = await (await index.search('spooler')).hits[0]!.data();
  assert.match(spooler.excerpt, /<mark>spooler<\/mark>/);
  const formula = await (await index.search('formula')).hits[0]!.data();
  assert.match(formula.excerpt, /Returns &lt;#VALUE!&gt; Error/);
  assert.match(formula.excerpt, /number &lt; 10/);
  assert.ok(!/<(?!\/?mark>)/.test(formula.excerpt), formula.excerpt);
});

test('a result lists its sections holding matches, linking to their anchors after the highlight parameter', async () => {
  const data = await (await index.search('spooler driver')).hits[0]!.data();
  assert.deepEqual(data.sections.map(({ title, url }) => ({ title, url })), [
    { title: 'SYMPTOMS', url: '/kbarchive/kb/100/Q100200/?highlight=spooler%20driver#symptoms' },
    { title: 'RESOLUTION', url: '/kbarchive/kb/100/Q100200/?highlight=spooler%20driver#resolution' },
  ]);
  assert.match(data.sections[0]!.excerpt, /print <mark>spooler<\/mark> service stops when a printer <mark>driver<\/mark> is installed/);
});

test('the highlight parameter drops the quotes of a phrase, and a filter-only result has none', async () => {
  assert.equal((await (await index.search('"print spooler"')).hits[0]!.data()).url, '/kbarchive/kb/100/Q100200/?highlight=print%20spooler');
  assert.equal((await (await index.search('', { filters: { version: ['97'] } })).hits[0]!.data()).url, '/kbarchive/kb/200/Q200300/');
});

test('an incremental index after an edit, a removal and an addition has the same files, byte for byte, as a cold index of the same pages', () => {
  const files = indexFiles(incremental);
  assert.deepEqual(files, indexFiles(cold));
  for (const file of files) {
    assert.ok(readFileSync(join(incremental, 'search-index', file)).equals(readFileSync(join(cold, 'search-index', file))), file);
  }
});

test('an incremental index reads only the changed and added pages, and counts the removed one', () => {
  assert.deepEqual({ ...incrementalReport, terms: 0, buckets: 0, ms: 0 }, { pages: 6, articles: 5, indexed: 2, removed: 1, failed: [], terms: 0, buckets: 0, incremental: true, ms: 0 });
});

test('after an incremental index every bucket, masks, filter and dates file is one meta.bin names', () => {
  const meta = metaOf(incremental);
  const named = new Set([
    ...meta.buckets.map(([, hash]) => `t/${hash}.bin`),
    ...meta.buckets.map(([, hash]) => `p/${hash}.bin`),
    ...Object.entries(meta.filters).map(([key, hash]) => `f/${key}-${hash}.bin`),
    `dates-${meta.dates}.bin`,
  ]);
  const files = indexFiles(incremental).filter((file) => !file.startsWith('d/') && file !== 'meta.bin' && file !== 'manifest.bin');
  assert.deepEqual(files, [...named].sort());
  assert.deepEqual(Object.keys(meta.filters).sort(), ['product', 'version']);
});

test('an incremental index finds the edited, added and removed articles by their new text only', async () => {
  const changed = await SearchIndex.open(loader(incremental));
  assert.deepEqual(numbers(await changed.search('wizard')), [311457]);
  assert.deepEqual(numbers(await changed.search('Q266130')), [266130], 'the edit dropped the citations');
  assert.deepEqual(numbers(await changed.search('macro')), [400500]);
  assert.deepEqual(numbers(await changed.search('clients')), []);
  assert.ok(!existsSync(join(incremental, 'search-index', docPath(150000))));
});

test('an incremental index leaves no empty doc folder behind', () => {
  assert.ok(!existsSync(join(incremental, 'search-index', 'd', '150')));
});

test('indexing again with nothing changed reads no page and rewrites no file', () => {
  const dir = join(incremental, 'search-index');
  const past = new Date('2001-01-01T00:00:00Z');
  const files = indexFiles(incremental);
  for (const file of files) utimesSync(join(dir, file), past, past);
  const report = indexSite(incremental);
  assert.deepEqual({ indexed: report.indexed, removed: report.removed, articles: report.articles, incremental: report.incremental }, { indexed: 0, removed: 0, articles: 5, incremental: true });
  assert.deepEqual(indexFiles(incremental), files);
  for (const file of files) assert.equal(statSync(join(dir, file)).mtimeMs, past.getTime(), file);
});

test('an incremental index rewrites no bucket, masks, filter or dates file whose content is unchanged', () => {
  const dir = writeSite('unchanged-files', articles);
  indexSite(dir);
  const past = new Date('2001-01-01T00:00:00Z');
  const before = indexFiles(dir);
  for (const file of before) utimesSync(join(dir, 'search-index', file), past, past);
  // Only the body text after the heading changes: the same terms, filters and dates.
  writePage(dir, 200300, articlePage({ ...articles[3]!, sections: [['cause', 'CAUSE', 'A cell holds text where the formula expects a number < 10 . ']] }));
  assert.equal(indexSite(dir).indexed, 1);
  const untouched = before.filter((file) => statSync(join(dir, 'search-index', file)).mtimeMs === past.getTime());
  assert.deepEqual(untouched, before.filter((file) => file.startsWith('t/') || file.startsWith('p/') || file.startsWith('f/') || file.startsWith('dates-') || (file.startsWith('d/') && !file.endsWith('/200300.bin'))));
});

test('a page whose data-search-body vanished is dropped from the results, the filters and the docs', async () => {
  const dir = writeSite('vanished', articles);
  indexSite(dir);
  writePage(dir, 200300, articlePage(articles[3]!).replaceAll('data-search-body', 'data-x'));
  const report = indexSite(dir);
  assert.deepEqual({ indexed: report.indexed, removed: report.removed, articles: report.articles }, { indexed: 1, removed: 1, articles: 4 });
  const after = await SearchIndex.open(loader(dir));
  assert.deepEqual(numbers(await after.search('formula')), []);
  assert.deepEqual(numbers(await after.search('microsoft', { sort: 'newest' })), [311457, 266130, 100200, 150000]);
  assert.ok(!('Microsoft Excel' in (await after.allFilters()).product!));
  assert.ok(!existsSync(join(dir, 'search-index', docPath(200300))));
});

test('removing a page that was never indexed removes no article', () => {
  const dir = writeSite('missing-removed', articles);
  indexSite(dir);
  removePage(dir, missing);
  assert.equal(indexSite(dir).removed, 0);
});

test('a forced index over a previous one deletes the display data of articles whose pages are gone', () => {
  const dir = writeSite('forced', articles);
  indexSite(dir);
  removePage(dir, 150000);
  const report = indexSite(dir, { force: true });
  assert.equal(report.articles, 4);
  assert.ok(!existsSync(join(dir, 'search-index', docPath(150000))));
});
