import { slug } from 'github-slugger';

/**
 * Gives every name a URL slug that is unique within its set and stable for a given set:
 * names are taken in sorted order and a clash gets `-2`, `-3`… (`Visual C++` and `Visual C` both slug to `visual-c`).
 */
export function assignSlugs(names: Iterable<string>): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of [...new Set(names)].sort()) {
    const stem = slug(name) || 'untitled';
    let candidate = stem;
    for (let n = 2; taken.has(candidate); n++) candidate = `${stem}-${n}`;
    taken.add(candidate);
    slugs.set(name, candidate);
  }
  return slugs;
}
