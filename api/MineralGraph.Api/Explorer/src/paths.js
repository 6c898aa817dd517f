import { h, replace, announce } from './dom.js';
import { request, isAbort } from './api.js';
import { createCombobox } from './combobox.js';

// Paths: two nodes, the shortest chains of relationships between them (either direction), drawn
// and highlighted in the graph. Each path is listed as text; choosing one highlights it alone.

const maxHopsChoices = [1, 2, 3, 4, 5, 6, 7, 8];
const countChoices = [1, 2, 3, 5, 10];

/** One hop of a path as it reads along the path: "—RESTRICTS→" or "←REQUIRES—". */
function hopText(relationship, from) {
  return relationship.start.id === from.id ? ` —${relationship.type}→ ` : ` ←${relationship.type}— `;
}

export const pathText = (path) => path.nodes.map((node, index) => (index === 0 ? node.name : `${hopText(path.relationships[index - 1], path.nodes[index - 1])}${node.name}`)).join('');

/** The paths panel; `highlight(paths)` and `clearHighlight()` act on the graph. Returns { element, setFrom, setTo }. */
export function createPathsPanel({ highlight, clearHighlight }) {
  const from = createCombobox({ label: 'From', onChoose: () => {} });
  const to = createCombobox({ label: 'To', onChoose: () => {} });
  const maxHops = h('select', { id: 'paths-max-hops' }, maxHopsChoices.map((hops) => h('option', { value: hops, selected: hops === 4 }, String(hops))));
  const count = h('select', { id: 'paths-count' }, countChoices.map((n) => h('option', { value: n, selected: n === 3 }, String(n))));
  const results = h('div', { class: 'paths-results', 'aria-live': 'polite' });
  let controller = null;

  async function find(event) {
    event.preventDefault();
    if (!from.node || !to.node) {
      replace(results, h('p', { role: 'alert', class: 'error' }, 'Choose both ends from the search results first.'));
      return;
    }
    controller?.abort();
    controller = new AbortController();
    replace(results, h('p', { class: 'muted' }, 'Looking for paths…'));
    try {
      const { data } = await request('Paths', { from: from.node.id, to: to.node.id, maxHops: Number(maxHops.value), first: Number(count.value) }, { signal: controller.signal });
      render(data.paths);
    } catch (error) {
      if (!isAbort(error)) {
        replace(results, h('p', { role: 'alert', class: 'error' }, error.message));
      }
    }
  }

  function render(paths) {
    if (paths.length === 0) {
      clearHighlight();
      replace(results, h('p', { role: 'status' }, `No path of at most ${maxHops.value} relationships joins ${from.node.name} and ${to.node.name}. Allow longer paths to look further.`));
      announce('No path found.');
      return;
    }
    highlight(paths);
    replace(results,
      h('p', { role: 'status' }, `${paths.length} shortest ${paths.length === 1 ? 'path' : 'paths'}, highlighted in the graph:`),
      h('ol', { class: 'path-list' }, paths.map((path) => h('li', {},
        h('button', { type: 'button', class: 'link-button path-button', onclick: () => highlight([path]) }, pathText(path)),
        h('span', { class: 'muted' }, ` (${path.length} ${path.length === 1 ? 'hop' : 'hops'})`)))),
      h('button', { type: 'button', onclick: () => { highlight(paths); } }, 'Highlight all'),
      ' ',
      h('button', { type: 'button', onclick: () => { clearHighlight(); replace(results); } }, 'Clear highlight'));
    announce(`${paths.length} paths found and highlighted.`);
  }

  const element = h('form', { class: 'paths-panel', onsubmit: find, 'aria-labelledby': 'paths-title' },
    h('h3', { id: 'paths-title' }, 'Paths between two nodes'),
    from.element,
    to.element,
    h('div', { class: 'inline-fields' },
      h('label', { for: 'paths-max-hops' }, 'Longest (hops) ', maxHops),
      h('label', { for: 'paths-count' }, 'How many ', count)),
    h('button', { type: 'submit', class: 'primary' }, 'Find paths'),
    results);

  return {
    element,
    setFrom: (node) => { from.setNode(node); from.input.focus(); },
    setTo: (node) => { to.setNode(node); to.input.focus(); },
  };
}
