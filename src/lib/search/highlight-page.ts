/**
 * The article page's highlighter, run on load: marks the words of `?highlight=…` (the query of the
 * result that led here). A file of its own, imported by src/components/SearchMeta.astro only when
 * that parameter is present, so an article page otherwise loads no script file.
 */
import { highlightParam } from './highlight-param.ts';
import { highlightQuery } from './highlight.ts';

const query = new URLSearchParams(location.search).get(highlightParam);
if (query) highlightQuery(document, query);
