/**
 * The index stage's survey of a built site's article pages: the digest of each page's indexed part
 * (what decides whether its shard is indexed again). Read once per page; with a survey file, only
 * the pages whose file's stamp (src/lib/file-stamp.ts) is not the one recorded beside their digest
 * last time: at 60k pages, reading them all was a fifth of a one-article rebuild.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../../atomic-file.ts';
import { sha1 } from '../../digest.ts';
import { keptStamp, readStamp } from '../../file-stamp.ts';
import type { ArticlePage } from './article-pages.ts';
import { indexedPart } from './indexed-part.ts';

/** An article page with the digest of its indexed part. */
export interface ShardPage extends ArticlePage {
  digest: string;
}

/** Format of the survey file; another version is ignored. */
const SURVEY_VERSION = 1;

/** Per page file: its stamp, and its indexed part's digest (null: an absent article's page, nothing to index). */
type SurveyEntry = [stamp: string, digest: string | null];

/** The survey's result: the indexable pages, and (in `unreadable`) those that could not be read or are no whole article page. */
export interface Survey {
  indexable: ShardPage[];
  unreadable: Array<{ page: ArticlePage; message: string }>;
  /** Pages read (the others' digests came from the survey file). */
  read: number;
  /**
   * Reads again the pages whose stamps were too recent to keep (just merged) and, those now settled,
   * records them in the survey file: called once the index is written, seconds later, so the next
   * run need not read them. Their digests are not this run's (a page changed meanwhile is recorded
   * as it is now, and its shard differs from the manifest's next time).
   */
  settle(): void;
}

function previousSurvey(file: string): Record<string, SurveyEntry> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: number; pages: Record<string, SurveyEntry> };
    return saved.version === SURVEY_VERSION ? saved.pages : {};
  } catch {
    // None yet, or unreadable: every page is read.
    return {};
  }
}

/**
 * Surveys `pages`. With `surveyFile`, a page whose stamp is the one recorded there is not read, and
 * the file is rewritten with this survey's stamps; with `reread` too, every page is read.
 */
export function surveyPages(pages: readonly ArticlePage[], surveyFile?: string, reread = false): Survey {
  const previous = surveyFile && !reread ? previousSurvey(surveyFile) : {};
  const next: Record<string, SurveyEntry> = {};
  const unsettled: ArticlePage[] = [];
  const survey: Survey = {
    indexable: [],
    unreadable: [],
    read: 0,
    settle() {
      if (!surveyFile || unsettled.length === 0) return;
      for (const page of unsettled.splice(0)) {
        try {
          const stamp = readStamp(page.file);
          const kept = keptStamp(stamp);
          const digest = kept === null ? undefined : digestOf(readFileSync(page.file, 'utf8'));
          if (kept !== null && digest !== undefined) next[page.file] = [kept, digest];
        } catch {
          // Left for the next run to read.
        }
      }
      writeSurvey(surveyFile, next);
    },
  };
  for (const page of pages) {
    try {
      // Taken before the page is read: a page changed while it is read gets another stamp next time.
      const stamp = surveyFile ? readStamp(page.file) : undefined;
      const entry = previous[page.file];
      let digest: string | null | undefined;
      if (entry && stamp && entry[0] === stamp.key) digest = entry[1];
      else {
        digest = digestOf(readFileSync(page.file, 'utf8'));
        survey.read += 1;
        if (digest === undefined) {
          survey.unreadable.push({ page, message: 'no `data-pagefind-body`: not a whole article page' });
          continue;
        }
      }
      const kept = keptStamp(stamp);
      if (kept !== null) next[page.file] = [kept, digest];
      else if (stamp) unsettled.push(page);
      if (digest !== null) survey.indexable.push({ ...page, digest });
    } catch (error) {
      survey.unreadable.push({ page, message: (error as Error).message });
    }
  }
  if (surveyFile) writeSurvey(surveyFile, next);
  return survey;
}

/**
 * The digest of an article page's indexed part; null for the page of an absent article ("not in this
 * archive": no body to index); undefined for any other page without a body (a broken page).
 */
function digestOf(html: string): string | null | undefined {
  if (html.includes('data-pagefind-body')) return sha1(indexedPart(html));
  return html.includes('data-absent-article') ? null : undefined;
}

/** Writes the survey file atomically; a survey that cannot be kept only costs reading the pages again next time. */
function writeSurvey(file: string, pages: Record<string, SurveyEntry>): void {
  try {
    writeFileAtomically(file, JSON.stringify({ version: SURVEY_VERSION, pages }));
  } catch {
    // Nothing kept: the pages are read again next time.
  }
}
