/** Model blocks → mdast flow content: paragraphs, lists, notes, tables, code, rules, reference lists. */
import type { BlockContent, Code, DefinitionContent, List, ListItem, PhrasingContent, Table, TableRow, Text } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Block, ListNode, PreformattedNode, ReferenceListNode, TableNode } from '../parse/model.ts';
import { JSX_PER_LINE, kbNote, kbRef } from './components.ts';
import { typedList } from './typed-list.ts';
import { phrasing } from './inlines.ts';

/** mdast flow content (JSX elements included) that a section, list item or note holds. */
export type Flow = BlockContent | DefinitionContent | MdxJsxFlowElement;

/** mdast flow content for model blocks (empty paragraphs dropped). */
export function flow(blocks: readonly Block[]): Flow[] {
  const out: Flow[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const children = phrasing(block.children);
        if (children.length > 0) out.push({ type: 'paragraph', children });
        break;
      }
      case 'list':
        out.push(block.numbering ? typedList(block, block.numbering, flow) : list(block));
        break;
      case 'note':
        out.push(kbNote(block.kind, block.label, flow(block.children)));
        break;
      case 'table':
        out.push(table(block));
        break;
      case 'preformatted':
        out.push(code(block));
        break;
      case 'rule':
        out.push({ type: 'thematicBreak' });
        break;
      case 'referenceList':
        out.push(referenceList(block));
        break;
    }
  }
  return out;
}

/** A tight mdast list; ordered lists keep their start number. */
function list(node: ListNode): List {
  const children: ListItem[] = node.children.map((item) => ({
    type: 'listItem',
    spread: false,
    children: flow(item.children),
  }));
  return { type: 'list', ordered: node.ordered, start: node.ordered ? (node.start ?? 1) : null, spread: false, children };
}

/**
 * A row's cells with at most JSX_PER_LINE mentions as `<KbRef>`: a row is one line, which cannot be
 * broken, so mentions past the bound are written as their text (no real table row has more than one).
 */
function boundedRow(cells: PhrasingContent[][]): PhrasingContent[][] {
  let elements = 0;
  return cells.map((cell) => {
    const out: PhrasingContent[] = [];
    for (const node of cell) {
      const plain = node.type === 'mdxJsxTextElement' && ++elements > JSX_PER_LINE ? { type: 'text' as const, value: (node.children[0] as Text).value } : node;
      const last = out.at(-1);
      if (plain.type === 'text' && last?.type === 'text') last.value += plain.value;
      else out.push(plain);
    }
    return out;
  });
}

/** A GFM table; a table without a header row gets an empty one (GFM requires it). */
function table(node: TableNode): Table {
  const width = Math.max(1, ...node.children.map((row) => row.children.length));
  const rows: TableRow[] = node.children.map((row) => ({
    type: 'tableRow',
    children: boundedRow(Array.from({ length: width }, (_, index) => phrasing(row.children[index]?.children ?? []))).map((children) => ({
      type: 'tableCell',
      children,
    })),
  }));
  if (!node.header) {
    rows.unshift({
      type: 'tableRow',
      children: Array.from({ length: width }, () => ({ type: 'tableCell', children: [] })),
    });
  }
  return { type: 'table', align: Array.from({ length: width }, () => null), children: rows };
}

/** A fenced code block whose language is the block's kind (`text`, `code`, `command`, `registry`, `ini`). */
function code(node: PreformattedNode): Code {
  return { type: 'code', lang: node.kind, meta: null, value: node.value };
}

/** A bullet list whose items are `<KbRef id listed>id title</KbRef>`. */
function referenceList(node: ReferenceListNode): List {
  const children: ListItem[] = node.children.map((item) => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [kbRef(item.id, item.title === '' ? item.value : `${item.value} ${item.title}`, true)],
      },
    ],
  }));
  return { type: 'list', ordered: false, start: null, spread: false, children };
}
