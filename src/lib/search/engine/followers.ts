/**
 * Follower masks: for each (term, article) posting, 16 bits saying which keys follow the term in
 * that article's text (bit `fnv1a(key) % 16` of each key seen right after it). A quoted phrase keeps
 * only the articles whose masks allow each of its adjacent pairs: no article holding the phrase is
 * ever dropped, and most that hold its words apart are, before any article's text is fetched.
 */
import { fnv1a } from './hash.ts';

/** Bits per mask (the masks file stores two bytes per posting). */
const maskBits = 16;

/** The bit of `key` in a follower mask. */
export function followerBit(key: string): number {
  return 1 << (fnv1a(key) % maskBits);
}

/** Follower mask of each key of a text's phrase keys (`phraseKeys(fullText(doc))`): every key that follows it somewhere. */
export function followerMasks(keys: readonly string[]): Map<string, number> {
  const masks = new Map<string, number>();
  for (let i = 0; i + 1 < keys.length; i++) masks.set(keys[i]!, (masks.get(keys[i]!) ?? 0) | followerBit(keys[i + 1]!));
  return masks;
}

/** True when a mask allows `next` to follow (always, when it really does). */
export function mayFollow(mask: number, next: string): boolean {
  return (mask & followerBit(next)) !== 0;
}
