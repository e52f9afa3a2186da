/**
 * Real-looking articles to mutate: the embedded default sources and the construct fixtures, plus up
 * to 200 articles of the shared corpus sample when it is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.ts';
import { corpusSkip, listJekyllArticles } from '../helpers/corpus.ts';

/** Source texts of the project's own articles and fixtures (always present). */
export function ownSources(): string[] {
  const constructs = join(repoRoot, 'tests/fixtures/constructs');
  const fixtureFiles = readdirSync(constructs)
    .flatMap((d) => ['input.md', 'input.txt', 'input.TXT'].map((f) => join(constructs, d, f)))
    .filter((p) => existsSync(p));
  const defaults = readdirSync(join(repoRoot, 'content/sources')).map((f) => join(repoRoot, 'content/sources', f));
  const injection = readdirSync(join(repoRoot, 'tests/fixtures/injection')).filter((f) => f.endsWith('.md')).map((f) => join(repoRoot, 'tests/fixtures/injection', f));
  return [...defaults, ...injection, ...fixtureFiles].map((p) => readFileSync(p, 'utf8'));
}

/** Up to `max` corpus articles spread over the sample (empty, with `corpusSkip` set, when absent). */
export function corpusSources(max = 200): string[] {
  const all = listJekyllArticles();
  const step = Math.max(1, Math.floor(all.length / max));
  return all.filter((_, i) => i % step === 0).slice(0, max).map((f) => readFileSync(f.path, 'utf8'));
}

export { corpusSkip };
