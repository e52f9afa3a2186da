/**
 * Remembers, per source, the digest it had and the page it gave, so a re-import skips sources
 * that did not change (and whose page nobody touched) without parsing them again; and, for a plain
 * file, its stamp (file-stamp.ts), so an unchanged file is not even read.
 * The manifest is bound to a digest of the converter's own code: a new parser or emitter
 * invalidates it, so pages never go stale.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesDigest } from '../digest.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { CliError, fsCause } from '../diagnostics/cli-error.ts';
import { tempFileFor } from './page-writer.ts';

/** File name of the manifest inside the output folder (hidden, so the site's glob ignores it). */
export const MANIFEST_NAME = '.kbatlas-import.json';

/** What the manifest knows of one source. */
export interface ManifestEntry {
  /** SHA-1 of the source bytes. */
  digest: string;
  /** The source file's settled stamp when it was read (file-stamp.ts); absent for archive members and files changed just before. */
  stamp?: string;
  /** Article id of the page it gave. */
  id: string;
  /** Size and modification time of the page when it was written, to notice hand edits. */
  size: number;
  mtimeMs: number;
  /** Warnings the conversion reported, replayed in the summary when the source is skipped. */
  warnings: Diagnostic[];
}

/** Digest of the converter: its source files and the versions of the libraries it serializes with (the lock file). */
export function converterDigest(): string {
  return filesDigest(fileURLToPath(new URL('../../../', import.meta.url)), ['src/lib/parse', 'src/lib/diagnostics', 'src/lib/emit', 'src/lib/import/convert.ts', 'package-lock.json']);
}

/** The manifest of one output folder. */
export class ImportManifest {
  readonly #path: string;
  readonly #outDir: string;
  readonly #converter: string;
  readonly #previous: Map<string, ManifestEntry>;
  readonly #next = new Map<string, ManifestEntry>();

  private constructor(outDir: string, converter: string, previous: Map<string, ManifestEntry>) {
    this.#outDir = outDir;
    this.#path = join(outDir, MANIFEST_NAME);
    this.#converter = converter;
    this.#previous = previous;
  }

  /** Loads the folder's manifest; an unreadable one, or one from another converter, counts as empty. */
  static load(outDir: string, converter = converterDigest()): ImportManifest {
    let previous = new Map<string, ManifestEntry>();
    try {
      const data = JSON.parse(readFileSync(join(outDir, MANIFEST_NAME), 'utf8')) as { converter: string; sources: Record<string, ManifestEntry> };
      if (data.converter === converter) previous = new Map(Object.entries(data.sources));
    } catch {
      // First import into this folder, or a damaged manifest: convert everything.
    }
    return new ImportManifest(outDir, converter, previous);
  }

  /** The entry for a source whose bytes and page are both unchanged, else undefined. */
  unchanged(name: string, digest: string): ManifestEntry | undefined {
    const entry = this.#previous.get(name);
    return entry && entry.digest === digest ? this.#pageUnchanged(entry) : undefined;
  }

  /** The entry for a source file whose stamp is the one recorded (so its bytes are unchanged, unread) and whose page is unchanged, else undefined. */
  unchangedStamp(name: string, stamp: string): ManifestEntry | undefined {
    const entry = this.#previous.get(name);
    return entry?.stamp !== undefined && entry.stamp === stamp ? this.#pageUnchanged(entry) : undefined;
  }

  /** `entry` when its page has the size and modification time recorded, else undefined. */
  #pageUnchanged(entry: ManifestEntry): ManifestEntry | undefined {
    try {
      const page = statSync(join(this.#outDir, `${entry.id}.mdx`));
      return page.size === entry.size && page.mtimeMs === entry.mtimeMs ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /** Records a source whose page is now in place, with the source file's stamp when it is one to keep (file-stamp.ts). */
  record(name: string, digest: string, id: string, warnings: Diagnostic[], stamp: string | null = null): void {
    const page = statSync(join(this.#outDir, `${id}.mdx`));
    this.#next.set(name, { digest, ...(stamp === null ? {} : { stamp }), id, size: page.size, mtimeMs: page.mtimeMs, warnings });
  }

  /** Writes the manifest atomically, with the entries recorded in this run only; a failed write leaves no temp file and throws a CliError naming the cause. */
  save(): void {
    const temp = tempFileFor(this.#path);
    try {
      writeFileSync(temp, JSON.stringify({ converter: this.#converter, sources: Object.fromEntries(this.#next) }));
      renameSync(temp, this.#path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw new CliError(`cannot write ${this.#path}: ${fsCause(error)}`);
    }
  }
}
