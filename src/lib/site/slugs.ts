import { slug } from 'github-slugger';

/** Segments used by paginated lists of groups (`/keywords/page-2/`). */
const RESERVED = /^page-\d+$/;

/**
 * Gives every name a URL slug that is unique within its set and stable for a given set:
 * names are taken in sorted order and a clash gets `-2`, `-3`… (`Visual C++` and `Visual C` both slug to `visual-c`).
 * `page-N` is never given: those segments name the pages of the list of all groups.
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of [...new Set(names)].sort()) {
    const stem = slug(name) || 'untitled';
    let candidate = stem;
    for (let n = 2; taken.has(candidate) || RESERVED.test(candidate); n++) candidate = `${stem}-${n}`;
    taken.add(candidate);
    slugs.set(name, candidate);
  }
  return slugs;
}
