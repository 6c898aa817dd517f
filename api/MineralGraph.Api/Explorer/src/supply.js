import { model } from 'explorer:generated';
import { h, replace, announce, keepFocus } from './dom.js';
import { request, isAbort } from './api.js';
import { watch } from './live.js';
import { createCombobox } from './combobox.js';
import { sourceList } from './details.js';
import { formatNumber, formatPercent, humanize } from './format.js';
import { labelFromId } from './graph.js';
import { navigate } from './router.js';

// The supply chain of an element or product: for a stage and a year, the shares of countries and
// of companies as bars, the top share and the Herfindahl–Hirschman index; and a what-if that
// removes countries or companies and lists the applications whose remaining supply falls below a
// threshold. The address holds the choices: #/supply?item=element:co&stage=MINING&year=2024&remove=country:cd.

// The 2023 US Merger Guidelines call a market with an HHI above 1,800 highly concentrated, and one from 1,000 moderately.
const hhiReading = (hhi) => (hhi > 1800 ? 'highly concentrated' : hhi >= 1000 ? 'moderately concentrated' : 'unconcentrated');

/** A table of shares drawn as bars; `removable` adds a toggle per holder for the what-if. */
function shareTable({ caption, shares, unit, removed, onToggle }) {
  if (!shares?.length) {
    return h('p', { class: 'muted' }, `${caption}: no figures recorded for this stage and year.`);
  }
  return h('table', { class: 'bars' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Holder'),
      h('th', { scope: 'col' }, 'Share'),
      h('th', { scope: 'col', class: 'numeric' }, unit ? `Tonnes (${unit})` : 'Tonnes'),
      onToggle ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'What if')) : null)),
    h('tbody', {}, shares.map((share) => {
      const bar = h('span', { class: 'bar' });
      bar.style.width = `${Math.min(share.sharePct, 100)}%`;
      const isRemoved = removed?.has(share.holder.id);
      return h('tr', { class: isRemoved ? 'removed' : null },
        h('th', { scope: 'row' }, share.holder.name),
        h('td', { class: 'bar-cell' }, h('span', { class: 'bar-track' }, bar), h('span', { class: 'bar-value' }, formatPercent(share.sharePct))),
        h('td', { class: 'numeric' }, share.tonnes != null ? formatNumber(share.tonnes) : '—'),
        onToggle ? h('td', {}, h('button', {
          type: 'button',
          class: 'toggle',
          'data-focus-key': `${caption} remove|${share.holder.id}`,
          'aria-pressed': String(Boolean(isRemoved)),
          onclick: () => onToggle(share.holder),
        // A toggle keeps its name; aria-pressed (and the struck-through row) says it is on.
        }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${share.holder.name}`))) : null);
    })));
}

function summary(concentration) {
  const { top, hhi, year, unit } = concentration;
  return h('dl', { class: 'figures' },
    h('div', {}, h('dt', {}, 'Top share'), h('dd', { class: 'top-share' }, top ? `${top.holder.name} ${formatPercent(top.sharePct)}` : '—')),
    h('div', {}, h('dt', {}, 'HHI'), h('dd', { class: 'hhi' }, hhi != null ? `${formatNumber(Math.round(hhi))} (${hhiReading(hhi)})` : '—')),
    h('div', {}, h('dt', {}, 'Year'), h('dd', {}, year ?? '—')),
    unit ? h('div', {}, h('dt', {}, 'Unit'), h('dd', {}, unit)) : null);
}

export function createSupplyView(section) {
  let params = {};
  let concentrationWatch = null;
  let whatIfController = null;
  let concentration = null;
  // What the concentration shown is of: { node, stage, year }.
  let shown = null;

  const item = createCombobox({
    label: 'Element or product',
    labels: ['Element', 'Product'],
    onChoose: (node) => navigate('supply', { item: node.id }),
  });
  const stage = h('select', { id: 'supply-stage', onchange: () => go({ stage: stage.value, year: undefined }) });
  const year = h('select', { id: 'supply-year', onchange: () => go({ year: year.value }) });
  const yearField = h('div', { class: 'field' }, h('label', { for: 'supply-year', class: 'field-label' }, 'Year'), year);
  const threshold = h('input', { id: 'supply-threshold', type: 'number', min: 0, max: 100, step: 5, value: 50, onchange: () => go({ threshold: threshold.value }) });
  const status = h('div', { class: 'supply-status', 'aria-live': 'polite' });
  const charts = h('div', { class: 'supply-charts' });
  const whatIfResults = h('div', { class: 'what-if-results' });
  const whatIf = h('section', { class: 'what-if', 'aria-labelledby': 'what-if-title', hidden: true },
    h('h3', { id: 'what-if-title' }, 'What if…'),
    h('p', {}, 'Remove countries or companies (the buttons beside the bars) to see the supply left and the applications whose remaining supply falls below ',
      h('label', { for: 'supply-threshold' }, 'the threshold (%)'), ' ', threshold, '.'),
    whatIfResults);
  const sources = h('section', { class: 'supply-sources', 'aria-labelledby': 'supply-sources-title' });

  section.append(
    h('div', { class: 'view-header' }, h('h2', { id: 'supply-title', tabindex: '-1' }, 'Supply chain')),
    h('form', { class: 'supply-form', onsubmit: (event) => event.preventDefault() },
      item.element,
      h('div', { class: 'field' }, h('label', { for: 'supply-stage', class: 'field-label' }, 'Stage'), stage),
      yearField),
    status,
    charts,
    whatIf,
    sources);

  const removedIds = () => new Set((params.remove ?? '').split(',').filter(Boolean));

  function go(changes) {
    navigate('supply', { ...params, ...changes }, { replace: true });
    show({ ...params, ...changes });
  }

  function toggleRemoved(holder) {
    const removed = removedIds();
    if (removed.has(holder.id)) {
      removed.delete(holder.id);
    } else {
      removed.add(holder.id);
    }
    go({ remove: [...removed].join(',') });
  }

  /** Asks for the concentration of a stage and year; without a chosen stage, moves to the first one with figures. */
  function loadConcentration(id, stageName, yearValue) {
    concentrationWatch?.stop();
    replace(status, h('p', { class: 'muted' }, 'Loading…'));
    concentrationWatch = watch('Concentration', { of: id, stage: stageName, year: yearValue }, {
      onData: (data) => {
        const answer = data.concentration;
        item.setNode(answer.item);
        if (!params.stage && answer.byCountry.length === 0 && answer.stagesWithFigures.length > 0 && !answer.stagesWithFigures.includes(stageName)) {
          loadConcentration(id, answer.stagesWithFigures[0], null);
          return;
        }
        concentration = answer;
        shown = { node: answer.item, stage: stageName, year: answer.year };
        const stages = model.stages.filter((name) => name === stageName || answer.stagesWithFigures.includes(name));
        replace(stage, stages.map((name) => h('option', { value: name, selected: name === stageName }, humanize(name))));
        const years = [...new Set([...answer.yearsWithFigures, answer.year].filter((y) => y != null))].sort((a, b) => b - a);
        replace(year, years.map((y) => h('option', { value: y, selected: y === answer.year }, String(y))));
        yearField.hidden = years.length === 0;
        if (answer.byCountry.length === 0) {
          renderEmpty();
          return;
        }
        renderConcentration();
        runWhatIf();
      },
      onError: (error) => replace(status, h('p', { role: 'alert', class: 'error' }, error.message)),
    });
  }

  /** No shares: the API's explanation, and the related items that have figures. */
  function renderEmpty() {
    replace(charts);
    replace(sources);
    whatIf.hidden = true;
    replace(status,
      h('p', { role: 'status' }, concentration.explanation ?? `No country shares are recorded for ${concentration.item.name} at this stage.`),
      concentration.relatedItemsWithFigures.length === 0 ? null : h('p', {}, 'With figures: ',
        concentration.relatedItemsWithFigures.map((related, index) => [index > 0 ? ', ' : '', h('a', { href: `#/supply?item=${encodeURIComponent(related.id)}` }, related.name)])));
  }

  function renderConcentration() {
    const { node, stage: stageName } = shown;
    const removed = removedIds();
    replace(status, h('p', { role: 'status' },
      `${node.name}, ${humanize(stageName)}${concentration.year ? `, ${concentration.year}` : ''}: `,
      concentration.top ? `${concentration.top.holder.name} holds the largest share, ${formatPercent(concentration.top.sharePct)}.` : 'no shares recorded.'));
    keepFocus(charts, () => replace(charts,
      summary(concentration),
      h('div', { class: 'chart-pair' },
        shareTable({ caption: 'By country', shares: concentration.byCountry, unit: concentration.unit, removed, onToggle: toggleRemoved }),
        shareTable({ caption: 'By company (from site output and ownership stakes)', shares: concentration.byCompany, unit: concentration.unit, removed, onToggle: toggleRemoved }))));
    replace(sources, h('h3', { id: 'supply-sources-title' }, `Sources (${concentration.sources.length})`), sourceList(concentration.sources));
  }

  async function runWhatIf() {
    const { node, stage: stageName, year: yearValue } = shown;
    whatIfController?.abort();
    whatIf.hidden = false;
    const removed = [...removedIds()];
    threshold.value = params.threshold ?? 50;
    if (removed.length === 0) {
      replace(whatIfResults);
      return;
    }
    whatIfController = new AbortController();
    replace(whatIfResults, h('p', { class: 'muted' }, 'Working out the supply left…'));
    try {
      const { data } = await request('WhatIf', { remove: removed, stage: stageName, item: node.id, year: yearValue, thresholdPct: Number(threshold.value) }, { signal: whatIfController.signal });
      const result = data.whatIf;
      const after = result.items[0];
      const names = result.removed.map((removedNode) => removedNode.name).join(', ');
      replace(whatIfResults,
        h('p', { role: 'status', class: 'what-if-result' },
          `Without ${names}: ${after ? `${formatPercent(after.remainingSupplyPct)} of ${node.name} supply at this stage is left` : 'nothing is left'}; `,
          `${result.applicationsAtRisk.length} ${result.applicationsAtRisk.length === 1 ? 'application falls' : 'applications fall'} below ${threshold.value}%.`),
        after ? summary(after.after) : null,
        after ? h('div', { class: 'chart-pair' },
          shareTable({ caption: 'By country, after', shares: after.after.byCountry, unit: after.after.unit }),
          shareTable({ caption: 'By company, after', shares: after.after.byCompany, unit: after.after.unit })) : null,
        h('h4', {}, `Applications at risk (${result.applicationsAtRisk.length})`),
        result.applicationsAtRisk.length === 0 ? h('p', { class: 'muted' }, 'None below the threshold.') : h('ul', { class: 'at-risk' },
          result.applicationsAtRisk.map((risk) => h('li', {},
            h('a', { href: `#/graph?node=${encodeURIComponent(risk.application.id)}` }, risk.application.name),
            ` needs ${risk.item.name} (${formatPercent(risk.remainingSupplyPct)} left)`,
            h('span', { class: 'chain' }, ` via ${risk.chain.nodes.map((chainNode) => chainNode.name).join(' → ')}`)))));
      announce(`What-if: ${result.applicationsAtRisk.length} applications at risk.`);
    } catch (error) {
      if (!isAbort(error)) {
        replace(whatIfResults, h('p', { role: 'alert', class: 'error' }, error.message));
      }
    }
  }

  function show(next) {
    // Removing a holder or moving the threshold asks only the what-if again.
    const sameFigures = shown && concentration?.byCountry.length > 0 && next.item === params.item && next.stage === params.stage && next.year === params.year;
    params = { ...next };
    if (sameFigures) {
      renderConcentration();
      runWhatIf();
      return;
    }
    if (!params.item) {
      replace(status, h('p', { class: 'muted' }, 'Choose an element or product, e.g. cobalt or NdPr oxide.'));
      return;
    }
    if (!labelFromId(params.item)) {
      replace(status, h('p', { role: 'alert', class: 'error' }, `${params.item} is not a node id.`));
      return;
    }
    loadConcentration(params.item, params.stage ?? model.stages[0], params.year ? Number(params.year) : null);
  }

  return { title: 'Supply chain', show };
}
