/**
 * The imported folder's pages as the plan stage needs them (archive-source.ts), read again only
 * where a page file changed. The plan stage keeps, per page, the stamp the file had when it was read
 * (file-stamp.ts), its digest and mentions (`<state>/pages.json`); the front matter is the last
 * render plan's (which holds every article's). A page whose stamp is the recorded one is taken from
 * these; any other (new, edited, replaced by hand, or written too recently for its stamp to be kept)
 * is read. At 60k pages, reading and digesting every page was most of the plan stage of a one-article
 * rebuild.
 *
 * `pages.json` names the stamp of the render plan it goes with: written after the plan, so a plan
 * written by a build that stopped before `pages.json` is never paired with older records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../atomic-file.ts';
import { keptStamp, readStamp } from '../file-stamp.ts';
import type { ArticleData } from '../page-format/schema.ts';
import { archivePageNames, readArchivePage, type ArchiveRecord } from './archive-source.ts';
import { readRenderPlan } from './render-plan.ts';

/** Format of `pages.json`; another version is ignored. */
const PAGES_VERSION = 1;

/** One page's record: its stamp, digest and mentions. */
type PageEntry = [stamp: string, digest: string, mentions: string[]];

interface PagesFile {
  version: typeof PAGES_VERSION;
  /** Stamp of the render plan whose articles' front matter goes with these entries. */
  plan: string;
  pages: Record<string, PageEntry>;
}

/** The pages of a folder, and what to record of them once the new render plan is written. */
export interface PageRecords {
  records: ArchiveRecord[];
  /** Pages read (the others came from the records of the last plan). */
  read: number;
  /** Records the stamps, digests and mentions, bound to the render plan just written at `planFile`. */
  save(planFile: string): void;
}

/** The last run's entries and front matter, or nothing when they do not go together (or are missing, or of another version). */
function previousRun(pagesFile: string, planFile: string): { entries: Record<string, PageEntry>; data: Map<string, ArticleData> } | undefined {
  try {
    const saved = JSON.parse(readFileSync(pagesFile, 'utf8')) as PagesFile;
    if (saved.version !== PAGES_VERSION || saved.plan !== readStamp(planFile)?.key) return undefined;
    const data = new Map(readRenderPlan(planFile).articles.map((article) => [article.file, article.data]));
    return { entries: saved.pages, data };
  } catch {
    // No record yet, or unreadable: every page is read.
    return undefined;
  }
}

/**
 * Every `.mdx` page of `contentDir`, sorted by file name; reads only those whose stamp is not the one
 * recorded in `stateDir` (every page with `reread`, as a forced build does).
 */
export function readPageRecords(contentDir: string, stateDir: string, reread = false): PageRecords {
  const pagesFile = join(stateDir, 'pages.json');
  const previous = reread ? undefined : previousRun(pagesFile, join(stateDir, 'plan.json'));
  const pages: Record<string, PageEntry> = {};
  let read = 0;
  const records = archivePageNames(contentDir).map((name) => {
    const file = join(contentDir, name);
    // Taken before the page is read: a page changed while it is read gets another stamp next time.
    const stamp = readStamp(file);
    const entry = previous?.entries[name];
    const data = previous?.data.get(file);
    let record: ArchiveRecord;
    if (entry && data && stamp && entry[0] === stamp.key) {
      record = { id: name.slice(0, -'.mdx'.length), data, file, digest: entry[1], mentions: entry[2] };
    } else {
      record = readArchivePage(contentDir, name);
      read += 1;
    }
    const kept = keptStamp(stamp);
    if (kept !== null) pages[name] = [kept, record.digest, record.mentions];
    return record;
  });
  return {
    records,
    read,
    save(planFile) {
      const plan = readStamp(planFile)?.key;
      if (plan === undefined) return;
      writeFileAtomically(pagesFile, JSON.stringify({ version: PAGES_VERSION, plan, pages } satisfies PagesFile));
    },
  };
}
