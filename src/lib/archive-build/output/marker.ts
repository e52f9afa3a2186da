/**
 * Which files of an output folder a KB Atlas build made: its marker, `<out>/.kbatlas-site.json.gz`,
 * lists every file it wrote there and the folders it owns whole (the search index's). `kbatlas build`
 * writes it, and so does `npm run build` (src/integrations/output-marker.ts). `kbatlas build` writes
 * only into a folder that is new, empty or marked, and replaces or removes only what the marker
 * lists, so a mistyped `--out` (a source folder, `.`, a home) is refused, never emptied.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CliError, exitCodes, fsCause } from '../../diagnostics/cli-error.ts';

/** File name of the marker (hidden; gzipped, as it lists every page of an archive site: ~2 MB for 250k files). */
export const MARKER_NAME = '.kbatlas-site.json.gz';

/** Names of the build's own working entries inside the output folder (lock, marker, staging, journal). */
export function isWorkingEntry(name: string): boolean {
  return name.startsWith('.kbatlas');
}

/** What a build made in its output folder. */
export interface SiteManifest {
  /** Files it wrote, relative to the folder (`kb/311/Q311457/index.html`), sorted. */
  files: string[];
  /** Folders it owns whole, whatever they hold (`search-index`). */
  folders: string[];
}

/** The marker's format version. */
const VERSION = 1;

/** The manifest of `out`'s marker; null when there is none; throws when there is one that cannot be read. */
export function readMarker(out: string): SiteManifest | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(out, MARKER_NAME));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const data = JSON.parse(gunzipSync(bytes).toString('utf8')) as { version: number } & SiteManifest;
  if (data.version !== VERSION || !Array.isArray(data.files) || !Array.isArray(data.folders)) throw new Error(`unknown marker format ${String(data.version)}`);
  return { files: data.files, folders: data.folders };
}

/** Writes `out`'s marker atomically (temp file, then rename). */
export function writeMarker(out: string, manifest: SiteManifest): void {
  const path = join(out, MARKER_NAME);
  const temp = `${path}.tmp-${process.pid}`;
  const data = { version: VERSION, files: [...manifest.files].sort(), folders: [...manifest.folders].sort() };
  try {
    writeFileSync(temp, gzipSync(JSON.stringify(data)));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new CliError(`cannot write ${path}: ${fsCause(error)}`);
  }
}

/**
 * What the build may replace in `out`: the marker's manifest, or an empty one when `out` is missing
 * or holds nothing but the build's working entries. Refuses (a CliError, exit 2) a path that is not
 * a folder and a folder holding anything without a readable marker. Reads only: nothing is written.
 */
export function claimOutput(out: string): SiteManifest {
  const info = statSync(out, { throwIfNoEntry: false });
  if (!info) return { files: [], folders: [] };
  if (!info.isDirectory()) throw new CliError(`cannot use ${out}: not a folder (it is a file)`, exitCodes.refused);
  let marker: SiteManifest | null;
  try {
    marker = readMarker(out);
  } catch (error) {
    throw new CliError(`cannot read ${join(out, MARKER_NAME)} (${fsCause(error)}): refusing to touch ${out}; remove it or choose another --out`, exitCodes.refused);
  }
  if (marker) return marker;
  const foreign = readdirSync(out).filter((name) => !isWorkingEntry(name)).sort();
  if (foreign.length === 0) return { files: [], folders: [] };
  const shown = foreign.slice(0, 5).map((name) => `\`${name}\``).join(', ') + (foreign.length > 5 ? `, … (${foreign.length} entries)` : '');
  throw new CliError(
    `${out} is not empty and was not made by a KB Atlas build (no ${MARKER_NAME}): it holds ${shown}. ` +
      'Nothing was changed; choose a new or empty --out, or remove what is there if it is an old build',
    exitCodes.refused,
  );
}
