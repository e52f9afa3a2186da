/** Test helper: check that a parsed article is a well-formed tree (types valid, every node on a positive line). */
import type { Article, Block, Inline, SectionNode } from '../../../src/lib/parse/model.ts';

const inlineTypes = new Set(['text', 'articleRef', 'url', 'email']);
const blockTypes = new Set(['paragraph', 'list', 'note', 'table', 'preformatted', 'rule', 'referenceList']);

/** The problems of a tree (empty when well-formed). */
export function treeProblems(article: Article): string[] {
  const problems: string[] = [];
  const at = (path: string, node: { line: unknown }): void => {
    if (typeof node.line !== 'number' || !Number.isInteger(node.line) || node.line < 1) problems.push(`${path}: bad line ${String(node.line)}`);
  };
  const inlines = (path: string, nodes: readonly Inline[]): void => {
    nodes.forEach((n, i) => {
      at(`${path}[${i}]`, n);
      if (!inlineTypes.has(n.type)) problems.push(`${path}[${i}]: bad inline type ${n.type}`);
      if (typeof n.value !== 'string' || n.value === '') problems.push(`${path}[${i}]: empty ${n.type}`);
    });
  };
  const blocks = (path: string, nodes: readonly Block[]): void => {
    nodes.forEach((b, i) => {
      const p = `${path}[${i}]`;
      at(p, b);
      if (!blockTypes.has(b.type)) problems.push(`${p}: bad block type ${b.type}`);
      if (b.type === 'paragraph') inlines(p, b.children);
      else if (b.type === 'note') blocks(p, b.children);
      else if (b.type === 'list') {
        if (b.children.length === 0) problems.push(`${p}: empty list`);
        b.children.forEach((item, j) => {
          at(`${p}[${j}]`, item);
          if (item.type !== 'listItem') problems.push(`${p}[${j}]: not a listItem`);
          blocks(`${p}[${j}]`, item.children);
        });
      } else if (b.type === 'table') {
        b.children.forEach((row, j) => {
          at(`${p}[${j}]`, row);
          row.children.forEach((cell, k) => {
            at(`${p}[${j}][${k}]`, cell);
            inlines(`${p}[${j}][${k}]`, cell.children);
          });
        });
      } else if (b.type === 'referenceList') {
        b.children.forEach((item, j) => {
          at(`${p}[${j}]`, item);
          if (!/^Q[1-9]\d*$/.test(item.id)) problems.push(`${p}[${j}]: bad id ${item.id}`);
        });
      } else if (b.type === 'preformatted' && b.value === '') problems.push(`${p}: empty preformatted`);
    });
  };
  const sections = (path: string, nodes: readonly SectionNode[]): void => {
    nodes.forEach((s, i) => {
      const p = `${path}[${i}]`;
      at(p, s);
      if (s.level !== 2 && s.level !== 3) problems.push(`${p}: bad level`);
      if (!s.anchor) problems.push(`${p}: empty anchor`);
      blocks(`${p}.children`, s.children);
      sections(`${p}.sections`, s.sections);
    });
  };
  at('article', article);
  if (!/^Q[1-9]\d*$/.test(article.id) || `Q${article.number}` !== article.id) problems.push(`article: bad id ${article.id}`);
  if (article.lastModified !== null && !/^\d{4}-\d{2}-\d{2}$/.test(article.lastModified)) problems.push('article: bad date');
  blocks('preamble', article.preamble);
  sections('sections', article.sections);
  return problems;
}

/** Whether `needle` appears in order (as a subsequence) in `haystack`; returns the index of the first missing word or -1. */
export function firstMissingWord(needle: readonly string[], haystack: readonly string[]): number {
  let j = 0;
  for (let i = 0; i < needle.length; i++) {
    while (j < haystack.length && haystack[j] !== needle[i]) j++;
    if (j >= haystack.length) return i;
    j++;
  }
  return -1;
}
