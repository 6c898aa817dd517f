import cytoscape from 'cytoscape';
import { model } from 'explorer:generated';
import { h, replace, announce, keepFocus, prefersReducedMotion } from './dom.js';
import { watch } from './live.js';
import { relationshipText } from './format.js';
import { labelStyle, cytoscapeShape, labelIcon } from './labels.js';

// The neighbourhood graph: a node and what it is related to, drawn with Cytoscape.js, grown by
// expanding nodes. Each expansion asks for a page of each relationship type (pageSize) and says,
// from each page's totalCount, what it left out, with a button to draw the next page. The graph
// stops growing at maxNodes. Everything drawn is also listed as text below the drawing, which is
// where keyboard and screen-reader users work with it.

const pageSize = 15;
const maxNodes = 400;

const labelOfId = new Map(model.labels.map(({ name }) => [name.toLowerCase(), name]));

/** A node's label from its id, which starts with the label in lower case (element:nd). */
export const labelFromId = (id) => labelOfId.get(id.split(':')[0]) ?? null;

function cytoscapeStyle() {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        width: 24,
        height: 24,
        'border-width': 1,
        'border-color': '#1f1f1f',
        'font-size': 11,
        color: '#1f1f1f',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 120,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
      },
    },
    ...model.labels.map(({ name }) => ({
      selector: `node[label = "${name}"]`,
      style: { 'background-color': labelStyle(name).color, ...cytoscapeShape(name) },
    })),
    { selector: 'node.root', style: { width: 36, height: 36, 'border-width': 3, 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 2.5 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        label: 'data(type)',
        'font-size': 8,
        color: '#333333',
        'line-color': '#9a9a9a',
        'target-arrow-color': '#9a9a9a',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 1,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000000', 'overlay-color': '#ffd43b', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#000000', 'target-arrow-color': '#000000' } },
    { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d9480f', 'overlay-color': '#ff922b', 'overlay-opacity': 0.3, 'overlay-padding': 6 } },
    { selector: 'edge.on-path', style: { width: 5, 'line-color': '#d9480f', 'target-arrow-color': '#d9480f', color: '#a33a0b', 'font-weight': 'bold' } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}

/**
 * The graph in `elements` ({ canvas, empty, notices, messages, list, labelFilters, typeFilters }).
 * `onSelect(ref)` and `onSelectRelationship(relationship, start, end)` show details; `onChange()`
 * follows every change of what is drawn. Returns the view's verbs.
 */
export function createGraph(elements, { onSelect, onSelectRelationship, onChange, expandOnClick }) {
  const cy = cytoscape({
    container: elements.canvas,
    layout: { name: 'preset' },
    style: cytoscapeStyle(),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  const hiddenLabels = new Set();
  const hiddenTypes = new Set();
  // Per expanded node and relationship field: what the last page said ({ totalCount, endCursor, hasNextPage }).
  const pages = new Map();
  // Per watch of an expansion: the relationship keys its answer drew, so a new answer can take back those that went.
  const watches = [];
  let rootId = null;

  const nodeRef = (node) => ({ __typename: node.data('label'), id: node.id(), name: node.data('name') });

  function ensureNode(ref, near) {
    const existing = cy.getElementById(ref.id);
    if (existing.nonempty()) {
      existing.data('name', ref.name);
      return existing;
    }
    // A new node starts beside the one it was reached from, in a direction its id gives, so the
    // same graph is laid out the same way every time.
    const origin = near?.nonempty() ? near.position() : { x: 0, y: 0 };
    const angle = [...ref.id].reduce((hash, character) => (hash * 31 + character.charCodeAt(0)) % 3600, 7) / 10 * (Math.PI / 180);
    return cy.add({
      group: 'nodes',
      data: { id: ref.id, name: ref.name, label: ref.__typename },
      position: { x: origin.x + Math.cos(angle) * 80, y: origin.y + Math.sin(angle) * 80 },
    });
  }

  function ensureRelationship({ key, type, startId, endId, properties, sources }) {
    const existing = cy.getElementById(key);
    if (existing.nonempty()) {
      existing.data({ properties, sources });
      return;
    }
    cy.add({ group: 'edges', data: { id: key, source: startId, target: endId, type, properties, sources } });
  }

  function layout() {
    const animate = !prefersReducedMotion() && cy.nodes().length < 150;
    cy.layout({
      name: 'cose',
      animate,
      animationDuration: 350,
      randomize: false,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 9000,
      numIter: 1500,
    }).run();
  }

  /** Draws one answer of a neighbourhood query; returns the relationship keys it drew. */
  function merge(ref, data, fields) {
    const keys = new Set();
    if (!data.node) {
      return keys;
    }
    cy.batch(() => {
      const center = ensureNode(data.node);
      center.addClass('expanded');
      for (const { field, type, direction } of fields) {
        const connection = data.node[field];
        if (!connection) {
          continue;
        }
        pages.set(`${ref.id}|${field}`, { ref: nodeRef(center), field, type, direction, totalCount: connection.totalCount, ...connection.pageInfo });
        for (const { key, node, sources, ...properties } of connection.edges) {
          ensureNode(node, center);
          const [startId, endId] = direction === 'out' ? [data.node.id, node.id] : [node.id, data.node.id];
          ensureRelationship({ key, type, startId, endId, properties, sources });
          keys.add(key);
        }
      }
    });
    return keys;
  }

  /** Takes back relationships an earlier answer drew that a newer one no longer has, and nodes left with none. */
  function retract(previous, current) {
    const gone = [...previous].filter((key) => !current.has(key) && !watches.some((other) => other.keys !== previous && other.keys.has(key)));
    cy.batch(() => {
      for (const key of gone) {
        const edge = cy.getElementById(key);
        const ends = edge.connectedNodes();
        edge.remove();
        ends.filter((node) => node.degree() === 0 && !node.hasClass('expanded') && node.id() !== rootId).remove();
      }
    });
  }

  /**
   * Draws the neighbours of a node: a page of every relationship type, or with `field` the next
   * page of that one. Answers `false` when the graph is full.
   */
  function expand(ref, { field = null } = {}) {
    const neighbourhood = model.neighbourhoods[ref.__typename];
    if (!neighbourhood || neighbourhood.fields.length === 0) {
      notify(`${ref.name}: a ${ref.__typename} has no relationships to draw.`);
      return false;
    }
    if (!field && cy.getElementById(ref.id).hasClass('expanded')) {
      announce(`The neighbours of ${ref.name} are drawn already.`);
      return true;
    }
    if (cy.nodes().length >= maxNodes) {
      notify(`The graph already holds ${cy.nodes().length} nodes, the most this page draws. Clear the graph or start from another node to see ${ref.name}'s neighbours.`);
      return false;
    }
    const variables = { id: ref.id, first: pageSize };
    let fields = neighbourhood.fields;
    if (field) {
      fields = fields.filter((candidate) => candidate.field === field);
      variables.after = pages.get(`${ref.id}|${field}`)?.endCursor ?? null;
      for (const candidate of neighbourhood.fields) {
        variables[candidate.field] = candidate.field === field;
      }
    }
    elements.canvas.setAttribute('aria-busy', 'true');
    announce(`Drawing the neighbours of ${ref.name}…`);
    const entry = { keys: new Set(), handle: null };
    watches.push(entry);
    entry.handle = watch(neighbourhood.operation, variables, {
      onData: (data, { changed }) => {
        elements.canvas.removeAttribute('aria-busy');
        if (!data.node) {
          notify(`${ref.name} is not in the graph any more.`);
          return;
        }
        const before = cy.nodes().length;
        const keys = merge(ref, data, fields);
        if (changed) {
          retract(entry.keys, keys);
        }
        entry.keys = keys;
        applyFilters();
        layout();
        refresh();
        if (!changed) {
          announce(`${data.node.name}: ${cy.nodes().length - before} neighbours added; the graph has ${cy.nodes().length} nodes.`);
        }
      },
      onError: (error) => {
        elements.canvas.removeAttribute('aria-busy');
        notify(`${ref.name}: ${error.message}`, true);
      },
    });
    return true;
  }

  function clear() {
    for (const entry of watches.splice(0)) {
      entry.handle.stop();
    }
    pages.clear();
    rootId = null;
    cy.elements().remove();
    replace(elements.messages);
    refresh();
  }

  /** Starts the graph afresh from one node. */
  function show(ref) {
    clear();
    rootId = ref.id;
    ensureNode(ref).addClass('root');
    cy.center();
    expand(ref);
    select(ref);
  }

  function select(ref) {
    cy.elements(':selected').unselect();
    cy.getElementById(ref.id).select();
    onSelect(ref);
    refreshList();
  }

  function selectRelationship(edge) {
    cy.elements(':selected').unselect();
    edge.select();
    onSelectRelationship(relationshipOf(edge), nodeRef(edge.source()), nodeRef(edge.target()));
    refreshList();
  }

  const relationshipOf = (edge) => ({ key: edge.id(), type: edge.data('type'), properties: edge.data('properties'), sources: edge.data('sources') });

  /** Draws paths ({ nodes, relationships }) and highlights them; the rest of the graph fades. */
  function highlightPaths(paths) {
    cy.batch(() => {
      cy.elements().removeClass('on-path faded');
      const highlighted = new Set();
      for (const path of paths) {
        let previous = null;
        for (const node of path.nodes) {
          previous = ensureNode(node, previous);
          highlighted.add(node.id);
        }
        for (const { key, type, start, end, sources, ...properties } of path.relationships) {
          ensureRelationship({ key, type, startId: start.id, endId: end.id, properties, sources });
          highlighted.add(key);
        }
      }
      cy.elements().forEach((element) => element.addClass(highlighted.has(element.id()) ? 'on-path' : 'faded'));
    });
    applyFilters();
    layout();
    refresh();
  }

  function clearHighlight() {
    cy.elements().removeClass('on-path faded');
    refresh();
  }

  function setHidden(kind, name, hidden) {
    const set = kind === 'label' ? hiddenLabels : hiddenTypes;
    if (hidden) {
      set.add(name);
    } else {
      set.delete(name);
    }
    applyFilters();
    refresh();
  }

  function applyFilters() {
    cy.batch(() => {
      cy.nodes().forEach((node) => node.toggleClass('filtered', hiddenLabels.has(node.data('label'))));
      cy.edges().forEach((edge) => edge.toggleClass('filtered', hiddenTypes.has(edge.data('type'))
        || edge.source().hasClass('filtered') || edge.target().hasClass('filtered')));
    });
  }

  function notify(message, isError = false) {
    elements.messages.append(h('p', { class: isError ? 'error' : 'notice', role: isError ? 'alert' : 'status' }, message));
  }

  function refresh() {
    onChange();
    elements.empty.hidden = cy.nodes().length > 0;
    refreshNotices();
    refreshFilters();
    refreshList();
    const visible = cy.elements(':visible');
    elements.canvas.setAttribute('aria-label',
      `Graph drawing of ${visible.nodes().length} nodes and ${visible.edges().length} relationships; the list “In the graph” names them all.`);
  }

  /** Says which relationship types were not drawn in full, with a button for the next page. */
  function refreshNotices() {
    const truncated = [...pages.values()].filter((page) => page.hasNextPage);
    replace(elements.notices, truncated.length === 0 ? null : [
      h('p', { class: 'notices-title' }, 'Too many neighbours to draw at once:'),
      h('ul', {}, truncated.map((page) => {
        const drawn = cy.edges().filter((edge) => edge.data('type') === page.type
          && (page.direction === 'out' ? edge.source().id() : edge.target().id()) === page.ref.id).length;
        return h('li', {},
          `${page.ref.name}: ${drawn} of ${page.totalCount} ${page.type} (${page.direction === 'out' ? 'outgoing' : 'incoming'}) drawn. `,
          h('button', {
            type: 'button',
            class: 'link-button',
            onclick: () => expand(page.ref, { field: page.field }),
          }, `Draw ${Math.min(pageSize, page.totalCount - drawn)} more`));
      })),
    ]);
  }

  function refreshFilters() {
    const countBy = (collection, key) => collection.reduce((counts, element) => counts.set(element.data(key), (counts.get(element.data(key)) ?? 0) + 1), new Map());
    const labelCounts = countBy(cy.nodes(), 'label');
    const typeCounts = countBy(cy.edges(), 'type');
    replace(elements.labelFilters, model.labels.filter(({ name }) => labelCounts.has(name)).map(({ name }) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', checked: !hiddenLabels.has(name), onchange: (event) => setHidden('label', name, !event.target.checked) }),
      labelIcon(name), ` ${name} (${labelCounts.get(name)})`)));
    replace(elements.typeFilters, [...typeCounts.keys()].sort().map((type) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', checked: !hiddenTypes.has(type), onchange: (event) => setHidden('type', type, !event.target.checked) }),
      ` ${type} (${typeCounts.get(type)})`)));
  }

  /** The text alternative of the drawing: every visible node and relationship, as buttons. */
  function refreshList() {
    const nodes = cy.nodes(':visible').sort((a, b) => a.data('label').localeCompare(b.data('label')) || a.data('name').localeCompare(b.data('name')));
    const edges = cy.edges(':visible');
    const onPath = (element) => element.hasClass('on-path');
    keepFocus(elements.list, () => replace(elements.list,
      h('h3', {}, `Nodes (${nodes.length})`),
      h('ul', { class: 'graph-list-nodes' }, nodes.map((node) => {
        const ref = nodeRef(node);
        const expandable = !node.hasClass('expanded') && (model.neighbourhoods[ref.__typename]?.fields.length ?? 0) > 0;
        return h('li', { class: onPath(node) ? 'on-path' : null },
          h('button', { type: 'button', class: 'node-button', 'data-focus-key': `select|${ref.id}`, 'aria-pressed': String(node.selected()), onclick: () => { select(ref); cy.animate({ center: { eles: node } }, { duration: 200 }); } },
            labelIcon(ref.__typename), ' ', ref.name),
          h('span', { class: 'chip' }, ref.__typename),
          onPath(node) ? h('span', { class: 'badge' }, 'on path') : null,
          expandable ? h('button', { type: 'button', class: 'link-button', 'data-focus-key': `expand|${ref.id}`, onclick: () => expand(ref) }, 'Expand', h('span', { class: 'visually-hidden' }, ` ${ref.name}`)) : null);
      })),
      h('h3', {}, `Relationships (${edges.length})`),
      h('ul', { class: 'graph-list-relationships' }, edges.map((edge) => h('li', { class: onPath(edge) ? 'on-path' : null },
        h('button', { type: 'button', class: 'node-button', 'data-focus-key': `relationship|${edge.id()}`, 'aria-pressed': String(edge.selected()), onclick: () => selectRelationship(edge) },
          relationshipText(edge.source().data('name'), edge.data('type'), edge.target().data('name'))),
        onPath(edge) ? h('span', { class: 'badge' }, 'on path') : null)))));
  }

  cy.on('tap', 'node', (event) => {
    const ref = nodeRef(event.target);
    select(ref);
    if (expandOnClick() && !event.target.hasClass('expanded')) {
      expand(ref);
    }
  });
  cy.on('tap', 'edge', (event) => selectRelationship(event.target));

  return {
    show,
    expand,
    select,
    clear,
    highlightPaths,
    clearHighlight,
    fit: () => cy.fit(undefined, 30),
    layout,
    resize: () => cy.resize(),
    isExpanded: (id) => cy.getElementById(id).hasClass('expanded'),
    get rootId() { return rootId; },
  };
}
