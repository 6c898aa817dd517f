import { h } from './dom.js';
import { createGraph, labelFromId } from './graph.js';
import { createDetails } from './details.js';
import { createPathsPanel } from './paths.js';
import { navigate } from './router.js';

// The graph view: the neighbourhood drawing in the middle, paths and filters beside it, details
// on the right, and the drawing's text alternative under it. Its address names the node it
// started from: #/graph?node=element:nd.

export function createGraphView(section) {
  let expandOnClick = true;
  let graph = null;
  const canvas = h('div', { class: 'graph-canvas', role: 'img', 'aria-label': 'Graph drawing (empty): search for a node to start.' });
  const empty = h('p', { class: 'graph-empty' }, 'Search for an element, mineral, product, application, mine, facility, company, country or regulation in the box above (press /) to draw what it is related to.');
  const notices = h('div', { class: 'graph-notices', 'aria-live': 'polite' });
  const messages = h('div', { class: 'graph-messages', 'aria-live': 'polite' });
  const list = h('div', { class: 'graph-list-body' });
  const labelFilters = h('div', { class: 'filter-options' });
  const typeFilters = h('div', { class: 'filter-options' });
  const detailsPanel = h('aside', { id: 'graph-details', class: 'details-panel' });

  const details = createDetails(detailsPanel, {
    emptyText: 'Choose a node or a relationship, in the drawing or in the list under it, to see its properties and sources.',
    actions: (node) => [
      graph.isExpanded(node.id) ? null : { label: 'Expand', run: () => graph.expand(node) },
      { label: 'Path from here', run: () => paths.setFrom(node) },
      { label: 'Path to here', run: () => paths.setTo(node) },
      ['Element', 'Product'].includes(node.__typename) ? { label: 'Supply chain', run: () => navigate('supply', { item: node.id }) } : null,
      ['Mine', 'Facility'].includes(node.__typename) && node.latitude != null ? { label: 'On the map', run: () => navigate('map', { site: node.id }) } : null,
      node.__typename === 'Regulation' ? { label: 'On the timeline', run: () => navigate('timeline', { regulation: node.id }) } : null,
    ].filter(Boolean),
  });

  const paths = createPathsPanel({ highlight: (found) => graph.highlightPaths(found), clearHighlight: () => graph.clearHighlight() });

  section.append(
    h('div', { class: 'view-header' },
      h('h2', { id: 'graph-title', tabindex: '-1' }, 'Neighbourhood graph'),
      h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph' },
        h('label', { class: 'check' }, h('input', { type: 'checkbox', checked: true, onchange: (event) => { expandOnClick = event.target.checked; } }), ' Expand on click'),
        h('button', { type: 'button', onclick: () => graph.fit() }, 'Fit'),
        h('button', { type: 'button', onclick: () => graph.layout() }, 'Re-arrange'),
        h('button', { type: 'button', onclick: () => { graph.clear(); details.clear(); navigate('graph', {}, { replace: true }); } }, 'Clear'))),
    h('div', { class: 'graph-layout' },
      h('div', { class: 'graph-side' },
        paths.element,
        h('fieldset', { class: 'filters' }, h('legend', {}, 'Labels shown'), labelFilters),
        h('fieldset', { class: 'filters' }, h('legend', {}, 'Relationship types shown'), typeFilters)),
      h('div', { class: 'graph-main' },
        messages,
        notices,
        h('div', { class: 'graph-stage' }, canvas, empty),
        h('section', { class: 'graph-list', 'aria-labelledby': 'graph-list-title' },
          h('h3', { id: 'graph-list-title' }, 'In the graph'),
          h('p', { class: 'muted' }, 'Everything the drawing shows, as a list: choose a node or relationship for its details.'),
          list)),
      detailsPanel));

  // Cytoscape measures its container when it starts, so the graph starts once the canvas is in the page.
  graph = createGraph({ canvas, empty, notices, messages, list, labelFilters, typeFilters }, {
    onSelect: (ref) => details.showNode(ref),
    onSelectRelationship: (relationship, start, end) => details.showRelationship(relationship, start, end),
    onChange: () => details.refreshActions(),
    expandOnClick: () => expandOnClick,
  });

  return {
    title: 'Neighbourhood graph',
    show(params) {
      graph.resize();
      if (params.node && params.node !== graph.rootId) {
        const label = labelFromId(params.node);
        if (label) {
          graph.show({ __typename: label, id: params.node, name: params.node });
        }
      }
    },
  };
}
