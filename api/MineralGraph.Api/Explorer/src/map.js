import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { model } from 'explorer:generated';
import { h, svg, replace, announce, keepFocus } from './dom.js';
import { request } from './api.js';
import { watch } from './live.js';
import { createCombobox } from './combobox.js';
import { createDetails } from './details.js';
import { humanize } from './format.js';
import { shapeIcon, shapePoints } from './labels.js';
import { navigate } from './router.js';

// The map of mines and facilities that have coordinates, on an offline world outline (Natural
// Earth 1:110m through world-atlas, projected with d3-geo's Equal Earth). A marker's shape is the
// site's stage (a mine, or a facility's processing stage), its colour the status, and a ring says
// how precise the location is: none for the site itself, dashed for its district, dotted for the
// nearest town. Sites without coordinates are listed, never drawn. #/map?element=element:nd&site=mine:bayan-obo

const width = 960;
const height = 500;
const pageSize = 100;
const maxPages = 20;

const stageShapes = { mine: 'triangle', separation: 'circle', refining: 'square', metal: 'diamond', magnet: 'star', recycling: 'hexagon', other: 'pentagon' };
const statusGroups = [
  { name: 'producing or operating', color: '#1b7837', statuses: ['producing', 'operating'] },
  { name: 'being built', color: '#e08214', statuses: ['development', 'construction'] },
  { name: 'exploration or planned', color: '#5e3c99', statuses: ['exploration', 'planned'] },
  { name: 'care and maintenance', color: '#8c8c8c', statuses: ['care-and-maintenance'] },
  { name: 'closed', color: '#1f1f1f', statuses: ['closed'] },
];
const unknownStatus = { name: 'status unknown', color: '#ffffff' };
const precisions = {
  site: { ring: null, text: 'the site itself' },
  district: { ring: 'dashed', text: 'its district or complex' },
  town: { ring: 'dotted', text: 'the nearest town' },
};

const word = (value) => model.enumWords[value] ?? value ?? null;
const stageOf = (site) => (site.__typename === 'Mine' ? 'mine' : (word(site.stage) in stageShapes ? word(site.stage) : 'other'));
const siteStatus = (site) => (site.__typename === 'Mine' ? site.status : site.facilityStatus);
const statusOf = (site) => statusGroups.find((group) => group.statuses.includes(word(siteStatus(site)))) ?? unknownStatus;
const precisionOf = (site) => word(site.locationPrecision);
const hasCoordinates = (site) => typeof site.latitude === 'number' && typeof site.longitude === 'number';

function describe(site) {
  const parts = [site.name, site.__typename === 'Mine' ? 'mine' : `${humanize(site.stage) || 'processing'} facility`, humanize(siteStatus(site)) || 'status unknown'];
  if (site.locatedIn?.nodes?.[0]) {
    parts.push(site.locatedIn.nodes[0].name);
  }
  const precision = precisions[precisionOf(site)];
  parts.push(precision ? `located at ${precision.text}` : 'location precision not recorded');
  return parts.join(', ');
}

function legend() {
  return h('section', { class: 'map-legend', 'aria-labelledby': 'map-legend-title' },
    h('h3', { id: 'map-legend-title' }, 'Legend'),
    h('p', { class: 'legend-heading' }, 'Shape: stage'),
    h('ul', { class: 'legend-list' }, Object.entries(stageShapes).map(([stage, shape]) => h('li', {}, shapeIcon(shape, '#d0d0d0'), ` ${stage === 'mine' ? 'mine' : `${stage} facility`}`))),
    h('p', { class: 'legend-heading' }, 'Colour: status'),
    h('ul', { class: 'legend-list' }, [...statusGroups, unknownStatus].map((group) => h('li', {}, shapeIcon('circle', group.color), ` ${group.name}`))),
    h('p', { class: 'legend-heading' }, 'Ring: location precision'),
    h('ul', { class: 'legend-list' }, Object.entries(precisions).map(([name, precision]) => h('li', {},
      svg('svg', { class: 'shape-icon', width: 18, height: 18, viewBox: '-9 -9 18 18', 'aria-hidden': 'true' },
        svg('circle', { r: 3, fill: '#555' }), precision.ring ? svg('circle', { r: 7.5, class: `ring ring-${precision.ring}` }) : null),
      ` ${name}: ${precision.text}`))));
}

export function createMapView(section, { worldUrl }) {
  let params = {};
  let sites = [];
  let siteWatch = null;
  let world = null;
  let zoom = { k: 1, x: 0, y: 0 };
  let selectedId = null;
  const shown = { Mine: true, Facility: true };

  const projection = geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
  const path = geoPath(projection);

  const land = svg('g', { class: 'map-land' });
  const markers = svg('g', { class: 'map-sites' });
  const drawing = svg('svg', { class: 'map-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'map-drawing-label' },
    svg('title', { id: 'map-drawing-label' }, 'World map of mines and facilities'), land, markers);
  const stage = h('div', { class: 'map-stage', tabindex: '0', role: 'region', 'aria-label': 'World map: arrow keys pan, plus and minus zoom, 0 resets' }, drawing);
  const status = h('div', { class: 'map-status', 'aria-live': 'polite' });
  const undrawn = h('div', { class: 'map-undrawn' });
  const siteList = h('div', { class: 'map-list' });
  const detailsPanel = h('aside', { id: 'map-details', class: 'details-panel' });
  const details = createDetails(detailsPanel, {
    emptyText: 'Choose a site on the map or in the list to see its details and sources.',
    actions: (node) => [{ label: 'Neighbourhood graph', run: () => navigate('graph', { node: node.id }) }],
  });
  const element = createCombobox({ label: 'Element', labels: ['Element'], placeholder: 'All elements', onChoose: (node) => go({ element: node.id, site: undefined }) });

  section.append(
    h('div', { class: 'view-header' }, h('h2', { id: 'map-title', tabindex: '-1' }, 'Map of mines and facilities')),
    h('form', { class: 'map-form', onsubmit: (event) => event.preventDefault() },
      element.element,
      h('button', { type: 'button', onclick: () => { element.clear(); go({ element: undefined, site: undefined }); } }, 'All elements'),
      h('fieldset', { class: 'inline-fields' }, h('legend', { class: 'visually-hidden' }, 'Kinds of site'),
        ['Mine', 'Facility'].map((kind) => h('label', { class: 'check' },
          h('input', { type: 'checkbox', checked: true, onchange: (event) => { shown[kind] = event.target.checked; draw(); } }), ` ${kind === 'Mine' ? 'Mines' : 'Facilities'}`)))),
    status,
    h('div', { class: 'map-layout' },
      h('div', { class: 'map-main' },
        stage,
        h('div', { class: 'toolbar map-zoom', role: 'toolbar', 'aria-label': 'Zoom' },
          h('button', { type: 'button', onclick: () => zoomBy(1.6), 'aria-label': 'Zoom in' }, '+'),
          h('button', { type: 'button', onclick: () => zoomBy(1 / 1.6), 'aria-label': 'Zoom out' }, '−'),
          h('button', { type: 'button', onclick: () => setZoom({ k: 1, x: 0, y: 0 }) }, 'Whole world')),
        undrawn,
        siteList),
      h('div', { class: 'map-side' }, legend(), detailsPanel)));

  function go(changes) {
    navigate('map', { ...params, ...changes }, { replace: true });
    show({ ...params, ...changes });
  }

  async function loadWorld() {
    if (!world) {
      const response = await fetch(worldUrl);
      const topology = await response.json();
      world = feature(topology, topology.objects.countries);
      replace(land,
        svg('path', { class: 'map-sphere', d: path({ type: 'Sphere' }) }),
        svg('path', { class: 'map-graticule', d: path(geoGraticule10()) }),
        world.features.map((country) => svg('path', { class: 'map-country', d: path(country) })));
    }
  }

  function setZoom(next) {
    const k = Math.min(Math.max(next.k, 1), 24);
    // Keep the world on screen: no panning past its edges.
    zoom = { k, x: Math.min(0, Math.max(width - width * k, next.x)), y: Math.min(0, Math.max(height - height * k, next.y)) };
    land.setAttribute('transform', `translate(${zoom.x} ${zoom.y}) scale(${zoom.k})`);
    placeMarkers();
  }

  function zoomBy(factor, center = [width / 2, height / 2]) {
    const k = Math.min(Math.max(zoom.k * factor, 1), 24);
    const ratio = k / zoom.k;
    setZoom({ k, x: center[0] - (center[0] - zoom.x) * ratio, y: center[1] - (center[1] - zoom.y) * ratio });
  }

  function placeMarkers() {
    for (const marker of markers.children) {
      const [px, py] = marker.projected;
      marker.setAttribute('transform', `translate(${(px * zoom.k + zoom.x).toFixed(1)} ${(py * zoom.k + zoom.y).toFixed(1)})`);
    }
  }

  const visible = () => sites.filter((site) => shown[site.__typename]);

  function marker(site) {
    const points = shapePoints(stageShapes[stageOf(site)]);
    const ring = precisions[precisionOf(site)]?.ring;
    const node = svg('g', {
      class: ['map-site', site.id === selectedId && 'selected'],
      'data-id': site.id,
      'data-precision': precisionOf(site) ?? 'unknown',
      onclick: () => select(site),
    },
    svg('title', {}, describe(site)),
    ring ? svg('circle', { r: ring === 'dashed' ? 10 : 13, class: `ring ring-${ring}` }) : null,
    points
      ? svg('polygon', { points: points.map(([x, y]) => `${x * 6},${y * 6}`).join(' '), fill: statusOf(site).color, class: 'site-shape' })
      : svg('circle', { r: 6, fill: statusOf(site).color, class: 'site-shape' }));
    node.projected = projection([site.longitude, site.latitude]);
    return node;
  }

  function draw() {
    const drawable = visible().filter(hasCoordinates);
    const missing = visible().filter((site) => !hasCoordinates(site));
    replace(markers, drawable.map(marker));
    placeMarkers();
    drawing.querySelector('title').textContent = `World map with ${drawable.length} sites`;
    replace(undrawn, missing.length === 0 ? null : h('details', {},
      h('summary', {}, `${missing.length} ${missing.length === 1 ? 'site has' : 'sites have'} no coordinates, so the map does not draw ${missing.length === 1 ? 'it' : 'them'}`),
      h('ul', { class: 'map-undrawn-list' }, missing.map((site) => h('li', { 'data-id': site.id }, h('button', { type: 'button', class: 'link-button', onclick: () => select(site) }, site.name), ` (${site.__typename.toLowerCase()})`)))));
    keepFocus(siteList, () => replace(siteList,
      h('h3', {}, `Sites on the map (${drawable.length})`),
      h('ul', { class: 'map-site-list' }, drawable.map((site) => h('li', {},
        h('button', { type: 'button', class: 'link-button', 'data-focus-key': `select|${site.id}`, 'aria-pressed': String(site.id === selectedId), onclick: () => select(site, { center: true }) }, site.name),
        ` — ${describe(site).split(', ').slice(1).join(', ')}`)))));
    return { drawable, missing };
  }

  function select(site, { center = false } = {}) {
    selectedId = site.id;
    params = { ...params, site: site.id };
    navigate('map', params, { replace: true });
    for (const node of markers.children) {
      node.classList.toggle('selected', node.dataset.id === site.id);
    }
    for (const button of siteList.querySelectorAll('[data-focus-key]')) {
      button.setAttribute('aria-pressed', String(button.dataset.focusKey === `select|${site.id}`));
    }
    const chosen = [...markers.children].find((node) => node.dataset.id === site.id);
    if (chosen) {
      // Draw the chosen marker last, on top of its neighbours.
      markers.append(chosen);
      if (center) {
        const [px, py] = chosen.projected;
        const k = Math.max(zoom.k, 4);
        setZoom({ k, x: width / 2 - px * k, y: height / 2 - py * k });
      }
    }
    details.showNode(site);
  }

  function render(sourceNote) {
    const { drawable, missing } = draw();
    replace(status, h('p', { role: 'status' },
      `${sourceNote}: ${drawable.length} ${drawable.length === 1 ? 'site' : 'sites'} drawn`,
      missing.length ? `; ${missing.length} without coordinates, listed under the map` : '', '.'));
    const site = sites.find((candidate) => candidate.id === params.site);
    if (site && site.id !== selectedId) {
      select(site, { center: hasCoordinates(site) });
    }
    announce(`${drawable.length} sites drawn on the map.`);
  }

  /** Every mine and facility, a page at a time. */
  async function loadAll(first) {
    const collected = [...first.mines.nodes, ...first.facilities.nodes];
    let mines = first.mines.pageInfo;
    let facilities = first.facilities.pageInfo;
    for (let page = 1; page < maxPages && (mines.hasNextPage || facilities.hasNextPage); page++) {
      const { data } = await request('MapSites', {
        first: pageSize, minesAfter: mines.endCursor, facilitiesAfter: facilities.endCursor, withMines: mines.hasNextPage, withFacilities: facilities.hasNextPage,
      });
      if (data.mines) {
        collected.push(...data.mines.nodes);
        mines = data.mines.pageInfo;
      }
      if (data.facilities) {
        collected.push(...data.facilities.nodes);
        facilities = data.facilities.pageInfo;
      }
    }
    const more = mines.hasNextPage || facilities.hasNextPage;
    return { collected, note: `All sites${more ? ` (the first ${collected.length}; the map draws at most ${pageSize * maxPages} of each kind)` : ''}` };
  }

  /** The sites of one element: those that produce or process it, make a product that holds it, or mine an ore that holds it. */
  function sitesOfElement(node) {
    const found = new Map();
    let truncated = false;
    const add = (connection) => {
      truncated ||= connection.totalCount > connection.nodes.length;
      for (const site of connection.nodes) {
        if (site.__typename === 'Mine' || site.__typename === 'Facility') {
          found.set(site.id, site);
        }
      }
    };
    add(node.producedBy);
    add(node.processedBy);
    truncated ||= node.containedIn.totalCount > node.containedIn.nodes.length;
    for (const holder of node.containedIn.nodes) {
      for (const connection of [holder.producedBy, holder.extractedAt].filter(Boolean)) {
        add(connection);
      }
    }
    return { collected: [...found.values()], note: `Sites of ${node.name}${truncated ? ' (the first pages of each relationship; more exist)' : ''}` };
  }

  function load() {
    siteWatch?.stop();
    replace(status, h('p', { class: 'muted' }, 'Loading sites…'));
    const onError = (error) => replace(status, h('p', { role: 'alert', class: 'error' }, error.message));
    const onData = async (data) => {
      try {
        if (params.element) {
          element.setNode(data.node);
        }
        const result = params.element ? sitesOfElement(data.node) : await loadAll(data);
        sites = result.collected;
        render(result.note);
      } catch (error) {
        onError(error);
      }
    };
    siteWatch = params.element
      ? watch('MapSitesOfElement', { element: params.element, first: 50, perItem: 20 }, {
        onData: (data) => (data.node ? onData(data) : onError(new Error(`No element has the id ${params.element}.`))),
        onError,
      })
      : watch('MapSites', { first: pageSize, withMines: true, withFacilities: true }, { onData, onError });
  }

  // Zooming with the wheel and panning by dragging; the keyboard does both on the focused map.
  stage.addEventListener('wheel', (event) => {
    event.preventDefault();
    const box = drawing.getBoundingClientRect();
    zoomBy(event.deltaY < 0 ? 1.25 : 0.8, [((event.clientX - box.left) / box.width) * width, ((event.clientY - box.top) / box.height) * height]);
  }, { passive: false });
  let drag = null;
  stage.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, zoom: { ...zoom }, moved: false };
  });
  stage.addEventListener('pointermove', (event) => {
    if (drag && (event.buttons & 1)) {
      const scale = width / drawing.getBoundingClientRect().width;
      const dx = (event.clientX - drag.x) * scale;
      const dy = (event.clientY - drag.y) * scale;
      if (Math.abs(dx) + Math.abs(dy) > 3) {
        drag.moved = true;
        stage.setPointerCapture(event.pointerId);
      }
      if (drag.moved) {
        setZoom({ k: drag.zoom.k, x: drag.zoom.x + dx, y: drag.zoom.y + dy });
      }
    }
  });
  stage.addEventListener('pointerup', () => { drag = null; });
  stage.addEventListener('keydown', (event) => {
    const step = 60;
    const moves = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    if (moves[event.key]) {
      event.preventDefault();
      setZoom({ k: zoom.k, x: zoom.x + moves[event.key][0], y: zoom.y + moves[event.key][1] });
    } else if (event.key === '+' || event.key === '=') {
      zoomBy(1.6);
    } else if (event.key === '-') {
      zoomBy(1 / 1.6);
    } else if (event.key === '0') {
      setZoom({ k: 1, x: 0, y: 0 });
    }
  });

  async function show(next) {
    const reload = next.element !== params.element || !siteWatch;
    params = { ...next };
    try {
      await loadWorld();
    } catch {
      replace(status, h('p', { role: 'alert', class: 'error' }, 'The world outline could not be loaded; reload the page.'));
      return;
    }
    if (!params.element) {
      element.clear();
    }
    if (reload) {
      load();
    } else {
      const site = sites.find((candidate) => candidate.id === params.site);
      if (site && site.id !== selectedId) {
        select(site, { center: hasCoordinates(site) });
      }
    }
  }

  return { title: 'Map', show };
}
