/** KB article parser: source text (Jekyll or `.TXT` form) to the typed model. */
export type * from './model.ts';
export { parseArticle, detectForm, type ParseOptions } from './parse.ts';
export { articleText, articleBodyText, sourceBodyText, words, blocksText, inlineText } from './text.ts';
export { normalizeArticleId, type ArticleId } from './ids.ts';
export { KbSourceError } from './errors.ts';
export { parseRules as rules, type ParseRuleId as RuleId, type ParseRuleInfo as RuleInfo } from '../diagnostics/rules.ts';
export { decodeHexMarkers } from './hex-markers.ts';
export { decodeTitleEntities } from './entities.ts';
export { parseKbDate } from './header.ts';
export { sectionsInOrder } from './walk.ts';
