/**
 * Reads an article page's front matter back: splits the page, reads the YAML (the writer's own
 * line format fast, anything else with js-yaml, the reader Astro uses) and validates it against
 * the schema. Errors name the file and line.
 */
import yaml from 'js-yaml';
import { articleSchema, type ArticleData } from './schema.ts';

/** Splits a page into its front matter text and its body, as Astro's front matter parser does. */
export function splitPage(text: string, file: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file}:1: no front matter block (--- … ---) at the top of the page`);
  return { frontmatter: match[1]!, body: text.slice(match[0].length) };
}

/**
 * The front matter the emitter writes (writer.ts): `key: <JSON>` lines, and `key:` lines
 * followed by `  - <JSON>` items. JSON is YAML flow syntax, so this reads exactly what js-yaml reads,
 * at a fifth of the cost (3 s of every archive render); anything else gives undefined and js-yaml.
 */
export function parseEmittedFrontmatter(text: string): Record<string, unknown> | undefined {
  // Characters the emitter escapes because YAML forbids them or reads them as line breaks.
  if (/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\r]/.test(text)) return undefined;
  const data: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  let listKey: string | undefined;
  try {
    for (const line of text.split('\n')) {
      if (line.startsWith('  - ')) {
        if (listKey === undefined) return undefined;
        list ??= data[listKey] = [];
        list.push(JSON.parse(line.slice(4)));
        continue;
      }
      const match = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.+))?$/.exec(line);
      if (!match || match[1]! in data) return undefined;
      list = undefined;
      listKey = undefined;
      if (match[2] === undefined) {
        // `key:` with no items is null in YAML.
        data[match[1]!] = null;
        listKey = match[1]!;
      } else data[match[1]!] = JSON.parse(match[2]);
    }
  } catch {
    return undefined;
  }
  return data;
}

/** Validated front matter of one page text; errors name the file. */
export function parsePageData(text: string, file: string): ArticleData {
  const { frontmatter } = splitPage(text, file);
  let raw: unknown;
  try {
    raw = parseEmittedFrontmatter(frontmatter) ?? yaml.load(frontmatter);
  } catch (error) {
    const line = (error as { mark?: { line: number } }).mark?.line;
    throw new Error(`${file}:${line === undefined ? 1 : line + 2}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = articleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}:1: front matter field '${issue.path.join('.')}' ${issue.message}`);
  }
  return parsed.data;
}
