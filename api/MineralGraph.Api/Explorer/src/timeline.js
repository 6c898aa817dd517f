import { h, svg, replace, announce, debounce, keepFocus } from './dom.js';
import { request } from './api.js';
import { watch } from './live.js';
import { formatDate, humanize, isoDate, parseDate } from './format.js';
import { navigate } from './router.js';

// The regulation timeline: every regulation placed at the day it took effect (or, failing that,
// entered into force, applied, was adopted, published or announced), in lanes by kind, with a line
// back to its announcement. The as-of slider picks a day: the regulations in force on it
// (regulationsInForce) are drawn solid, the rest hollow, and a chosen regulation's reach on that
// day (regulationExposure) is listed. #/timeline?asOf=2025-06-01&regulation=regulation:cn-mofcom-2025-18

const width = 960;
const laneHeight = 26;
const axisHeight = 28;
const margin = { left: 150, right: 16 };
const pageSize = 50;
const dayMs = 86_400_000;
const listLimit = 25;

const startOf = (regulation) => regulation.effective ?? regulation.entryIntoForce ?? regulation.appliesFrom ?? regulation.adopted ?? regulation.published ?? regulation.announced ?? null;

function restrictionText(edge) {
  const terms = [humanize(edge.measure), edge.effective ? `from ${formatDate(edge.effective)}` : null, edge.until ? `until ${formatDate(edge.until)}` : null, edge.region].filter(Boolean);
  return `${edge.node.name}${terms.length ? ` (${terms.join(', ')})` : ''}`;
}

function namesList(nodes) {
  if (nodes.length === 0) {
    return h('p', { class: 'muted' }, 'None.');
  }
  const shown = nodes.slice(0, listLimit);
  return h('p', {}, shown.map((node, index) => [index > 0 ? ', ' : '', h('a', { href: `#/graph?node=${encodeURIComponent(node.id)}` }, node.name)]),
    nodes.length > listLimit ? `, and ${nodes.length - listLimit} more` : '');
}

export function createTimelineView(section) {
  let params = {};
  let regulations = [];
  let inForce = new Set();
  let listWatch = null;
  let inForceWatch = null;
  let exposureWatch = null;
  let range = { first: Date.UTC(2000, 0, 1), last: Date.now() };

  const today = isoDate(new Date());
  const slider = h('input', { id: 'timeline-as-of', type: 'range', min: 0, max: 1, step: 1, value: 0, 'aria-describedby': 'timeline-as-of-text' });
  const dateInput = h('input', { id: 'timeline-date', type: 'date' });
  const asOfText = h('output', { id: 'timeline-as-of-text', for: 'timeline-as-of', class: 'as-of-text' });
  const count = h('p', { class: 'in-force-count', role: 'status' });
  const chart = svg('svg', { class: 'timeline-svg', role: 'img', 'aria-labelledby': 'timeline-chart-label' });
  const table = h('div', { class: 'timeline-table' });
  const exposure = h('section', { class: 'exposure', 'aria-labelledby': 'exposure-title' });
  const status = h('div', { 'aria-live': 'polite' });

  section.append(
    h('div', { class: 'view-header' }, h('h2', { id: 'timeline-title', tabindex: '-1' }, 'Regulation timeline')),
    h('div', { class: 'as-of' },
      h('label', { for: 'timeline-as-of', class: 'field-label' }, 'As of'),
      slider,
      asOfText,
      h('label', { for: 'timeline-date', class: 'visually-hidden' }, 'As of (date)'),
      dateInput,
      h('button', { type: 'button', onclick: () => setAsOf(today) }, 'Today')),
    count,
    status,
    // On a narrow screen the chart scrolls sideways; the focusable frame lets the keyboard scroll it.
    h('div', { class: 'timeline-chart', tabindex: '0', role: 'region', 'aria-label': 'Timeline chart (scrolls sideways on narrow screens)' }, chart),
    h('div', { class: 'timeline-layout' }, table, exposure));

  const dayIndex = (iso) => Math.round((parseDate(iso).getTime() - range.first) / dayMs);
  const dayOf = (index) => isoDate(new Date(range.first + index * dayMs));
  const asOf = () => params.asOf ?? today;

  function setAsOf(iso, { fromSlider = false } = {}) {
    if (!parseDate(iso)) {
      return;
    }
    params = { ...params, asOf: iso };
    navigate('timeline', params, { replace: true });
    if (!fromSlider) {
      slider.value = String(dayIndex(iso));
    }
    dateInput.value = iso;
    asOfText.textContent = formatDate(iso);
    slider.setAttribute('aria-valuetext', formatDate(iso));
    drawChart();
    loadInForce();
  }

  const loadInForce = debounce(() => {
    inForceWatch?.stop();
    const day = asOf();
    inForceWatch = watch('RegulationsInForce', { on: day }, {
      onData: (data) => {
        inForce = new Set(data.regulationsInForce.map((regulation) => regulation.id));
        count.textContent = `${inForce.size} of ${regulations.length} regulations in force on ${formatDate(day)}.`;
        drawChart();
        renderTable();
        announce(count.textContent);
      },
      onError: (error) => { count.textContent = error.message; },
    });
    loadExposure();
  }, 150);

  slider.addEventListener('input', () => setAsOf(dayOf(Number(slider.value)), { fromSlider: true }));
  dateInput.addEventListener('change', () => setAsOf(dateInput.value));

  function lanes() {
    return [...new Set(regulations.map((regulation) => humanize(regulation.kind) || 'other'))].sort();
  }

  function drawChart() {
    const kinds = lanes();
    const chartHeight = axisHeight + kinds.length * laneHeight + 8;
    chart.setAttribute('viewBox', `0 0 ${width} ${chartHeight}`);
    const x = (iso) => margin.left + ((parseDate(iso).getTime() - range.first) / (range.last - range.first)) * (width - margin.left - margin.right);
    const lane = (regulation) => axisHeight + kinds.indexOf(humanize(regulation.kind) || 'other') * laneHeight + laneHeight / 2;
    const firstYear = new Date(range.first).getUTCFullYear();
    const lastYear = new Date(range.last).getUTCFullYear();
    const step = Math.max(1, Math.ceil((lastYear - firstYear) / 12));
    const years = [];
    for (let year = firstYear + 1; year <= lastYear; year += step) {
      years.push(year);
    }
    const dated = regulations.filter(startOf);
    replace(chart,
      svg('title', { id: 'timeline-chart-label' }, `Timeline of ${dated.length} regulations by kind; ${inForce.size} in force on ${formatDate(asOf())}, drawn solid.`),
      years.map((year) => svg('g', { class: 'axis-tick' },
        svg('line', { x1: x(`${year}-01-01`), x2: x(`${year}-01-01`), y1: axisHeight - 6, y2: chartHeight }),
        svg('text', { x: x(`${year}-01-01`), y: 14, 'text-anchor': 'middle' }, String(year)))),
      kinds.map((kind, index) => svg('text', { class: 'lane-label', x: margin.left - 8, y: axisHeight + index * laneHeight + laneHeight / 2 + 4, 'text-anchor': 'end' }, kind)),
      dated.map((regulation) => {
        const start = startOf(regulation);
        const y = lane(regulation);
        const active = inForce.has(regulation.id);
        return svg('g', {
          class: ['timeline-regulation', active ? 'in-force' : 'not-in-force', regulation.id === params.regulation && 'selected'],
          'data-id': regulation.id,
          onclick: () => choose(regulation.id),
        },
        svg('title', {}, `${regulation.code ?? regulation.name}: ${regulation.name}, from ${formatDate(start)}; ${active ? 'in force' : 'not in force'} on ${formatDate(asOf())}`),
        regulation.announced && regulation.announced < start ? svg('line', { class: 'announced-line', x1: x(regulation.announced), x2: x(start), y1: y, y2: y }) : null,
        svg('polygon', { class: 'marker', points: `${x(start)},${y - 7} ${x(start) + 6},${y} ${x(start)},${y + 7} ${x(start) - 6},${y}` }));
      }),
      svg('line', { class: 'as-of-line', x1: x(asOf()), x2: x(asOf()), y1: axisHeight - 10, y2: chartHeight }),
      svg('text', { class: 'as-of-label', x: x(asOf()) + 4, y: axisHeight - 2 }, formatDate(asOf())));
  }

  function renderTable() {
    const sorted = [...regulations].sort((a, b) => (startOf(a) ?? '9999').localeCompare(startOf(b) ?? '9999'));
    keepFocus(table, () => replace(table, h('table', { class: 'regulations' },
      h('caption', {}, `Regulations by date (${sorted.length}); in force on ${formatDate(asOf())} marked`),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'From'),
        h('th', { scope: 'col' }, 'Regulation'),
        h('th', { scope: 'col' }, `On ${formatDate(asOf())}`),
        h('th', { scope: 'col' }, 'Restricts'))),
      h('tbody', {}, sorted.map((regulation) => {
        const active = inForce.has(regulation.id);
        const restricts = regulation.restricts;
        return h('tr', { class: [active ? 'in-force' : 'not-in-force', regulation.id === params.regulation && 'selected'], 'data-id': regulation.id },
          h('td', { class: 'date' }, startOf(regulation) ? formatDate(startOf(regulation)) : 'undated'),
          h('th', { scope: 'row' },
            h('button', { type: 'button', class: 'link-button', 'data-focus-key': `choose|${regulation.id}`, 'aria-pressed': String(regulation.id === params.regulation), onclick: () => choose(regulation.id) },
              regulation.code ? `${regulation.code}: ` : '', regulation.name),
            h('span', { class: 'muted' }, ` ${humanize(regulation.kind)}${regulation.issuedBy.nodes.length ? `, ${regulation.issuedBy.nodes.map((issuer) => issuer.name).join(', ')}` : ''}`)),
          h('td', { class: 'in-force-cell' }, active ? 'in force' : 'not in force'),
          h('td', {}, restricts.edges.length === 0 ? h('span', { class: 'muted' }, '—') : [
            restricts.edges.map(restrictionText).join('; '),
            restricts.totalCount > restricts.edges.length ? `; and ${restricts.totalCount - restricts.edges.length} more` : '',
          ]));
      })))));
  }

  function choose(id) {
    params = { ...params, regulation: id };
    navigate('timeline', params, { replace: true });
    drawChart();
    renderTable();
    loadExposure();
    announce('The reach of the chosen regulation is shown beside the table.');
  }

  function loadExposure() {
    exposureWatch?.stop();
    if (!params.regulation) {
      replace(exposure, h('h3', { id: 'exposure-title', tabindex: '-1' }, 'Reach of a regulation'), h('p', { class: 'muted' }, 'Choose a regulation to see what it restricts on the chosen day and everything that depends on it.'));
      return;
    }
    const regulation = regulations.find((candidate) => candidate.id === params.regulation);
    const title = regulation ? (regulation.code ?? regulation.name) : params.regulation;
    exposureWatch = watch('RegulationExposure', { regulation: params.regulation, asOf: asOf() }, {
      onData: ({ regulationExposure: reach }) => {
        const applications = [...new Map(reach.applications.map((dependency) => [dependency.dependent.id, dependency.dependent])).values()];
        replace(exposure,
          h('h3', { id: 'exposure-title', tabindex: '-1' }, `${title} on ${formatDate(asOf())}`),
          h('p', { class: reach.inForce ? 'in-force-note' : 'muted' }, reach.inForce ? 'In force on this day.' : 'Not in force on this day.'),
          h('h4', {}, `Restricts (${reach.restricted.length})`),
          reach.restricted.length === 0 ? h('p', { class: 'muted' }, 'Nothing on this day.') : h('ul', {}, reach.restricted.map((restriction) => h('li', {},
            restrictionText({ ...restriction.relationship, node: restriction.item }),
            restriction.relationship.condition ? h('span', { class: 'muted' }, ` — ${restriction.relationship.condition}`) : null))),
          h('h4', {}, `Applications that depend on it (${applications.length})`), namesList(applications),
          h('h4', {}, `Sites (${reach.sites.length})`), namesList(reach.sites),
          h('h4', {}, `Companies (${reach.companies.length})`), namesList(reach.companies),
          h('h4', {}, `Countries (${reach.countries.length})`), namesList(reach.countries),
          h('p', {}, h('a', { href: `#/graph?node=${encodeURIComponent(params.regulation)}` }, 'Open in the graph')));
      },
      onError: (error) => replace(exposure, h('h3', { id: 'exposure-title', tabindex: '-1' }, title), h('p', { role: 'alert', class: 'error' }, error.message)),
    });
  }

  async function loadAll(first) {
    const collected = [...first.regulations.nodes];
    let page = first.regulations.pageInfo;
    while (page.hasNextPage) {
      const { data } = await request('Regulations', { first: pageSize, after: page.endCursor });
      collected.push(...data.regulations.nodes);
      page = data.regulations.pageInfo;
    }
    return collected;
  }

  function setRange() {
    const days = regulations.flatMap((regulation) => [startOf(regulation), regulation.announced]).filter(Boolean).map((iso) => parseDate(iso).getTime());
    const earliest = new Date(Math.min(...days, Date.now()));
    const latest = new Date(Math.max(...days, Date.now()));
    range = { first: Date.UTC(earliest.getUTCFullYear(), 0, 1), last: Date.UTC(latest.getUTCFullYear(), 11, 31) };
    slider.max = String(Math.round((range.last - range.first) / dayMs));
    dateInput.min = isoDate(new Date(range.first));
    dateInput.max = isoDate(new Date(range.last));
  }

  function load() {
    replace(status, h('p', { class: 'muted' }, 'Loading regulations…'));
    listWatch = watch('Regulations', { first: pageSize }, {
      onData: async (data) => {
        try {
          regulations = await loadAll(data);
        } catch (error) {
          replace(status, h('p', { role: 'alert', class: 'error' }, error.message));
          return;
        }
        replace(status);
        setRange();
        setAsOf(asOf());
        renderTable();
      },
      onError: (error) => replace(status, h('p', { role: 'alert', class: 'error' }, error.message)),
    });
  }

  return {
    title: 'Regulation timeline',
    show(next) {
      params = { ...next };
      if (!listWatch) {
        load();
      } else {
        setAsOf(asOf());
      }
    },
  };
}
