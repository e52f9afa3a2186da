/**
 * HTML validity of built pages with html-validate: its recommended rules, less those listed in
 * `disabledRules` with the reason each is off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type RuleConfig } from 'html-validate';
import { htmlFiles } from './links.ts';

/** Rules of `html-validate:recommended` we turn off, and why. */
export const disabledRules: Record<string, string> = {
  'long-title': 'article titles are archival text shown as written; a 70-character cap is search-engine advice, not validity',
};

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: Object.fromEntries(Object.keys(disabledRules).map((rule) => [rule, 'off'])) as RuleConfig,
});

/** One problem found: page, rule, message and where. */
export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  selector: string | null;
}

/** Validates every HTML file of the build in `dir`; returns the pages checked and the errors. */
export async function validateBuild(dir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const pages = htmlFiles(dir);
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(dir, page), 'utf8'), page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ page, rule: m.ruleId, message: m.message, selector: m.selector });
    }
  }
  return { pages: pages.length, problems };
}
