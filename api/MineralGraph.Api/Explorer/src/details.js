import { h, replace } from './dom.js';
import { watch } from './live.js';
import { formatDate, formatValue, propertyName, relationshipText } from './format.js';
import { labelIcon } from './labels.js';

// The details panel: a node's properties and every source behind it, or a relationship's
// properties and sources; and what can be done from there (expand it, start a path from it…).

/** The sources of a node or relationship: publisher, date and a link to each. */
export function sourceList(sources) {
  if (!sources?.length) {
    return h('p', { class: 'muted' }, 'No source is recorded.');
  }
  return h('ul', { class: 'source-list' }, sources.map((source) => h('li', { class: 'source' },
    source.url
      ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title ?? source.name)
      : h('span', {}, source.title ?? source.name),
    h('span', { class: 'source-meta' }, [source.publisher, source.published ? formatDate(source.published) : null].filter(Boolean).join(', ')))));
}

/** The properties that have values, as a description list. */
function propertyList(properties) {
  const entries = Object.entries(properties).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (entries.length === 0) {
    return h('p', { class: 'muted' }, 'No properties are recorded.');
  }
  return h('dl', { class: 'properties' }, entries.map(([key, value]) => [h('dt', {}, propertyName(key)), h('dd', {}, formatValue(value, key))]));
}

/**
 * A details panel in `container`. `actions(node)` lists the buttons a node gets:
 * [{ label, run }]. Returns { showNode(ref), showRelationship(relationship, start, end), clear() }.
 */
export function createDetails(container, { actions = () => [], emptyText = 'Choose a node or a relationship to see its details and sources.' } = {}) {
  let current = null;
  let shownNode = null;
  const actionBar = h('div', { class: 'details-actions' });
  const titleId = `${container.id || 'details'}-title`;
  container.setAttribute('aria-labelledby', titleId);

  function clear() {
    current?.stop();
    current = null;
    shownNode = null;
    replace(container, h('h2', { id: titleId, class: 'panel-title' }, 'Details'), h('p', { class: 'muted' }, emptyText));
  }

  // Drawn again only when the buttons change, so a focused button keeps the focus.
  function renderActions() {
    const list = shownNode ? actions(shownNode) : [];
    const key = [shownNode?.id, ...list.map((action) => action.label)].join('|');
    if (actionBar.dataset.actions !== key || actionBar.childElementCount !== list.length) {
      actionBar.dataset.actions = key;
      replace(actionBar, list.map(({ label: text, run }) => h('button', { type: 'button', onclick: run }, text)));
    }
  }

  function renderNode(node) {
    const { __typename: label, id, name, aliases, sources, ...properties } = node;
    shownNode = node;
    replace(container,
      h('h2', { id: titleId, class: 'panel-title' }, labelIcon(label, { size: 18 }), ' ', name),
      h('p', { class: 'details-kind' }, h('span', { class: 'chip' }, label), ' ', h('code', {}, id)),
      aliases?.length ? h('p', { class: 'aliases' }, 'Also: ', aliases.join(' · ')) : null,
      actionBar,
      h('h3', {}, 'Properties'), propertyList(properties),
      h('h3', {}, `Sources (${sources.length})`), sourceList(sources));
    renderActions();
  }

  function showNode(ref) {
    current?.stop();
    replace(container, h('h2', { id: titleId, class: 'panel-title' }, ref.name ?? ref.id), h('p', { class: 'muted', role: 'status' }, 'Loading…'));
    current = watch('NodeDetails', { id: ref.id }, {
      onData: (data) => (data.node ? renderNode(data.node) : replace(container,
        h('h2', { id: titleId, class: 'panel-title' }, ref.name ?? ref.id), h('p', { role: 'alert' }, 'This node is no longer in the graph.'))),
      onError: (error) => replace(container, h('h2', { id: titleId, class: 'panel-title' }, ref.name ?? ref.id), h('p', { role: 'alert', class: 'error' }, error.message)),
    });
  }

  /** A relationship as the graph holds it: { key, type, properties, sources } between two nodes. */
  function showRelationship(relationship, start, end) {
    current?.stop();
    current = null;
    shownNode = null;
    replace(container,
      h('h2', { id: titleId, class: 'panel-title' }, relationship.type),
      h('p', { class: 'details-kind' }, relationshipText(start.name, relationship.type, end.name)),
      h('p', {}, h('code', {}, relationship.key)),
      h('h3', {}, 'Properties'), propertyList(relationship.properties),
      h('h3', {}, `Sources (${relationship.sources.length})`), sourceList(relationship.sources));
  }

  clear();
  return { showNode, showRelationship, clear, refreshActions: renderActions };
}
