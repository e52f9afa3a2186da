/**
 * What the archive says about an article, asked of a built site folder or of a deployed site by URL:
 * `kb/NNN/QID/oembed.json` (written by every build, and by every build before its article fields were
 * added) gives the title; no such file, not in the archive.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { plainTitle } from '../../lib/linking/oembed.ts';
import { articlePath } from '../../lib/site/urls.ts';

/** An article's place in the archive: archived with its title, absent, or unknown (the question failed). */
export type ArchiveAnswer = { status: 'archived'; title: string } | { status: 'absent' } | { status: 'unknown'; message: string };

/** A built or deployed archive to ask. */
export interface Archive {
  /** The archive's public root when it was given as a URL (rewrites may use it as their base). */
  url?: URL;
  /** What the archive says about each id. */
  look(ids: readonly string[]): Promise<Map<string, ArchiveAnswer>>;
}

/** The article's title (without its id) in its oembed.json, or an answer saying what is wrong with it. */
function answerOf(id: string, json: string): ArchiveAnswer {
  try {
    const title = (JSON.parse(json) as { title?: unknown }).title;
    return typeof title === 'string' ? { status: 'archived', title: plainTitle({ id, title }) } : { status: 'unknown', message: 'oembed.json has no title' };
  } catch (error) {
    return { status: 'unknown', message: `oembed.json is not JSON: ${(error as Error).message}` };
  }
}

/** A built site folder (`dist`, or `kbatlas build --out`). Throws when the folder is no built site. */
function folderArchive(dir: string): Archive {
  if (!existsSync(join(dir, 'index.html')) || !statSync(join(dir, 'kb'), { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${dir} is not a built KB Atlas site (expected index.html and a kb/ folder in it)`);
  }
  return {
    look: async (ids) => {
      const answers = new Map<string, ArchiveAnswer>();
      for (const id of ids) {
        const file = join(dir, articlePath(id), 'oembed.json');
        try {
          answers.set(id, answerOf(id, readFileSync(file, 'utf8')));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          answers.set(id, code === 'ENOENT' ? { status: 'absent' } : { status: 'unknown', message: (error as Error).message });
        }
      }
      return answers;
    },
  };
}

/** Requests in flight at once when asking a deployed site. */
const CONCURRENCY = 8;

/** A deployed site by its public root URL (`https://kb.example.org/kbarchive/`). */
function urlArchive(root: URL): Archive {
  const ask = async (id: string): Promise<ArchiveAnswer> => {
    try {
      const response = await fetch(new URL(`${articlePath(id)}oembed.json`, root), { signal: AbortSignal.timeout(15_000) });
      if (response.status === 404) return { status: 'absent' };
      if (!response.ok) return { status: 'unknown', message: `HTTP ${response.status}` };
      return answerOf(id, await response.text());
    } catch (error) {
      return { status: 'unknown', message: (error as Error).message };
    }
  };
  return {
    url: root,
    look: async (ids) => {
      const answers = new Map<string, ArchiveAnswer>();
      let next = 0;
      const worker = async () => {
        while (next < ids.length) {
          const id = ids[next++]!;
          answers.set(id, await ask(id));
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
      return answers;
    },
  };
}

/** The archive `site` names: an `http(s)://` URL of a deployed site, else a built site folder. */
export function openArchive(site: string): Archive {
  if (/^https?:\/\//i.test(site)) return urlArchive(new URL(site.endsWith('/') ? site : `${site}/`));
  return folderArchive(site);
}
