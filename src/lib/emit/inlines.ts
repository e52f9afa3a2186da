/** Model inlines → mdast phrasing: text, `KbRef` mentions, and links for URLs and e-mail addresses. */
import type { PhrasingContent } from 'mdast';
import type { Inline } from '../parse/model.ts';
import { kbRef } from './components.ts';

/** mdast phrasing content for model inlines (adjacent text merged). */
export function phrasing(nodes: readonly Inline[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const last = out.at(-1);
        if (last?.type === 'text') last.value += node.value;
        else if (node.value !== '') out.push({ type: 'text', value: node.value });
        break;
      }
      case 'articleRef':
        out.push(kbRef(node.id, node.value));
        break;
      case 'url':
        out.push(link(node.href, node.value));
        break;
      case 'email':
        out.push(link(`mailto:${node.value}`, node.value));
        break;
    }
  }
  return out;
}

/** A link with an explicit href whose text is `text` as written. */
function link(url: string, text: string): PhrasingContent {
  return { type: 'link', url, title: null, children: [{ type: 'text', value: text }] };
}
