import './explorer.css';
import { h } from './dom.js';
import { setEndpoint } from './api.js';
import { startLiveUpdates } from './live.js';
import { createCombobox } from './combobox.js';
import { currentRoute, navigate } from './router.js';
import { createGraphView } from './graphView.js';
import { createSupplyView } from './supply.js';
import { createMapView } from './map.js';
import { createTimelineView } from './timeline.js';

// The explorer's shell: a header with the search and the views' navigation, one section per view
// (made when first visited), and the page's status region for screen readers. The server renders
// the page with the GraphQL endpoint and the world outline's address on #app.

const app = document.getElementById('app');
setEndpoint(app.dataset.endpoint);

const views = {
  graph: { label: 'Graph', create: (section) => createGraphView(section) },
  supply: { label: 'Supply chain', create: (section) => createSupplyView(section) },
  map: { label: 'Map', create: (section) => createMapView(section, { worldUrl: app.dataset.world }) },
  timeline: { label: 'Timeline', create: (section) => createTimelineView(section) },
};

const search = createCombobox({
  label: 'Search the graph',
  hideLabel: true,
  placeholder: 'Search: name, alias or code (press /)',
  onChoose: (node) => {
    // The graph's details panel names the chosen node; the box is ready for the next search.
    search.clear();
    navigate('graph', { node: node.id });
  },
});
const links = Object.entries(views).map(([name, view]) => h('a', { href: `#/${name}`, class: 'nav-link', 'data-view': name }, view.label));
const main = h('main', { id: 'view', tabindex: '-1' });
const liveIndicator = h('span', { class: 'live-indicator' });

app.replaceChildren(
  h('a', { class: 'skip-link', href: '#view', onclick: (event) => { event.preventDefault(); main.focus(); } }, 'Skip to the view'),
  h('header', { class: 'app-header' },
    h('h1', { class: 'app-title' }, 'MineralGraph ', h('span', {}, 'Explorer')),
    h('div', { class: 'app-search', role: 'search' }, search.element),
    h('nav', { 'aria-label': 'Views' }, h('ul', { class: 'nav-list' }, links.map((link) => h('li', {}, link)))),
    liveIndicator),
  main,
  h('div', { id: 'announcer', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }));

const created = {};
let shownView = null;

function route() {
  const { view: requested, params } = currentRoute();
  const name = views[requested] ? requested : 'graph';
  if (!created[name]) {
    const section = h('section', { class: `view view-${name}`, 'aria-labelledby': `${name}-title` });
    main.append(section);
    created[name] = { section, view: views[name].create(section) };
  }
  for (const [other, { section }] of Object.entries(created)) {
    section.hidden = other !== name;
  }
  for (const link of links) {
    if (link.dataset.view === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  const { view, section } = created[name];
  document.title = `${view.title} · MineralGraph Explorer`;
  view.show(params);
  // Moving to another view puts the focus on its heading, as a new page would; not on first load.
  if (shownView && shownView !== name) {
    section.querySelector('h2')?.focus();
  }
  shownView = name;
}

window.addEventListener('hashchange', route);
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    search.input.focus();
  }
});
route();
startLiveUpdates(app.dataset.endpoint, liveIndicator);
