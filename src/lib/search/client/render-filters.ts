/** Builds the filter checkboxes (a fieldset per filter, values with their counts), reflecting the state. */
import { filterSpecs } from '../filters.ts';
import type { SearchState } from '../url-state.ts';
import type { FilterCounts } from './pagefind-api.ts';

/** Most values shown per filter (selected values always shown). Default: 12. */
const maxValues = 12;

/** Replaces `container`'s content with a fieldset per filter that has values; `counts` gives the numbers shown. */
export function renderFilters(container: HTMLElement, counts: FilterCounts, state: SearchState): void {
  const groups: HTMLFieldSetElement[] = [];
  for (const { key, label } of filterSpecs) {
    const selected = new Set(state.filters[key] ?? []);
    const values = Object.entries(counts[key] ?? {})
      .filter(([value, count]) => count > 0 || selected.has(value))
      .sort((a, b) => Number(selected.has(b[0])) - Number(selected.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'filter-group';
    const legend = document.createElement('legend');
    legend.textContent = label;
    fieldset.append(legend);
    for (const [value, count] of values.slice(0, Math.max(maxValues, selected.size))) {
      const labelEl = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = selected.has(value);
      const text = document.createElement('span');
      text.textContent = value;
      const number = document.createElement('span');
      number.className = 'filter-count';
      number.textContent = String(count);
      labelEl.append(box, ' ', text, ' ', number);
      fieldset.append(labelEl);
    }
    groups.push(fieldset);
  }
  container.replaceChildren(...groups);
}
