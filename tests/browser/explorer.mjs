// Does in Debian's Chromium what a researcher does in the API's explorer (/explore), by keyboard
// where a person would, and prints what each view showed as one JSON report (the xunit test
// asserts on it), with a screenshot of each view at 1280×800 and at phone width. Nothing but the
// API's own origin is reachable; every GraphQL request the page sends is recorded.
//
// Given an editor's API key and a mutation that renames an application, it ends by renaming one
// the page shows, as an editor elsewhere would, and reports what the page shows after the change
// event its subscription receives.
//
//   npm ci --prefix tests/browser
//   node tests/browser/explorer.mjs http://127.0.0.1:5080/ tests/artifacts/explorer [<editor key> <rename mutation>]

import { startBrowser, timeout } from './harness.mjs';

const [base, artifacts, editorKey, renameMutation] = process.argv.slice(2);
if (!base || !artifacts) {
  console.error('Usage: node tests/browser/explorer.mjs <API root URL> <folder for screenshots> [<editor key> <rename mutation>]');
  process.exit(2);
}

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };
const { page, report, screenshot, finish } = await startBrowser({ base, artifacts, viewport: desktop });
const explore = new URL('explore', base).toString();

report.graphqlRequests = [];
report.webSockets = [];
page.on('websocket', (socket) => report.webSockets.push(socket.url()));
page.on('request', (request) => {
  const url = new URL(request.url());
  if (url.pathname.endsWith('/graphql')) {
    report.graphqlRequests.push({ method: request.method(), documentId: url.searchParams.get('documentId'), hasQueryText: url.searchParams.has('query') || (request.postData() ?? '').includes('"query"') });
  }
});

const texts = (locator) => locator.evaluateAll((elements) => elements.map((element) => element.textContent.replace(/\s+/g, ' ').trim()));

/** Waits until `condition()` holds, checking every 100 ms. */
async function until(condition, what) {
  for (const started = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (Date.now() - started > timeout) {
      throw new Error(`Timed out waiting for ${what}.`);
    }
  }
}

/** Lets an animation end before a screenshot; what the report says never depends on it. */
const settle = () => page.waitForTimeout(700);

/** Chooses a hit from a search box the way a person does by keyboard: type, wait for the option, Down, Enter. */
async function choose(combobox, text, option) {
  await combobox.click();
  await combobox.fill('');
  await page.keyboard.type(text, { delay: 20 });
  const listbox = page.locator(`#${await combobox.getAttribute('aria-controls')}`);
  await listbox.getByRole('option', { name: option }).first().waitFor();
  const options = await texts(listbox.getByRole('option'));
  while (await listbox.getByRole('option', { name: option }).first().getAttribute('aria-selected') !== 'true') {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  return options;
}

/** The text of the control that has the focus. */
const focusedText = () => page.evaluate(() => document.activeElement?.textContent.replace(/\s+/g, ' ').trim() ?? null);

/** Controls a screen reader could not name. */
const unnamedControls = () => page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button, a[href]')]
  .filter((element) => element.offsetParent !== null || element.closest('[hidden]') === null)
  .filter((element) => {
    if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) {
      return false;
    }
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)) {
      return element.labels.length === 0;
    }
    return element.textContent.trim() === '';
  })
  .map((element) => element.outerHTML.slice(0, 120)));

const graphNodes = () => page.locator('.graph-list-nodes li').evaluateAll((items) => items.map((item) => ({
  name: item.querySelector('.node-button').textContent.trim(),
  label: item.querySelector('.chip').textContent.trim(),
  onPath: item.classList.contains('on-path'),
})));
const graphRelationships = () => page.locator('.graph-list-relationships li').evaluateAll((items) => items.map((item) => ({
  text: item.querySelector('.node-button').textContent.trim(),
  onPath: item.classList.contains('on-path'),
})));
const detailsSources = () => page.locator('#graph-details .source').evaluateAll((items) => items.map((item) => ({
  title: item.querySelector('a, span').textContent.trim(),
  href: item.querySelector('a')?.href ?? null,
  meta: item.querySelector('.source-meta').textContent.trim(),
})));

try {
  // 1. The page opens on the graph; "/" goes to the search, where "neodymium" is chosen by keyboard.
  await page.goto(explore);
  await page.getByRole('heading', { name: 'Neighbourhood graph' }).waitFor();
  report.title = await page.title();
  await page.keyboard.press('/');
  report.searchFocused = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox');
  report.searchOptions = await choose(page.getByRole('combobox', { name: 'Search the graph' }), 'neodymium', /^Neodymium\b/);
  await page.locator('.graph-list-relationships li', { hasText: 'REQUIRES' }).first().waitFor();
  await page.locator('#graph-details .source').first().waitFor();
  report.neighbourhood = { url: page.url(), nodes: await graphNodes(), relationships: await graphRelationships(), notices: await texts(page.locator('.graph-notices li')) };
  report.unnamedControls = await unnamedControls();
  await settle();
  await screenshot('1-graph-neodymium');

  // 2. Expanding a node (its button in the list under the drawing, by keyboard) adds its
  // neighbours; the focus stays on the node.
  const before = (await graphNodes()).length;
  await page.getByRole('button', { name: 'Expand Toyota Prius' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('.graph-list-nodes li').length > count, before);
  const after = await graphNodes();
  report.expanded = { before, after: after.length, nodes: after, relationships: await graphRelationships(), focus: await focusedText() };
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle();
  await screenshot('2-graph-expanded');

  // Clicking a node in the drawing selects it and expands it. Where the node is drawn is read from
  // Cytoscape, as a person reads it from the screen; the click is a real mouse click there.
  const beforeClick = (await graphNodes()).length;
  const canvas = page.locator('.graph-canvas');
  const point = await canvas.evaluate((element) => element._cyreg.cy.getElementById('application:hard-disk-drive').renderedPosition());
  const box = await canvas.boundingBox();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await page.waitForFunction((count) => document.querySelectorAll('.graph-list-nodes li').length > count, beforeClick);
  await page.locator('#graph-details h2', { hasText: 'Hard disk drive' }).waitFor();
  report.clicked = { before: beforeClick, relationships: await graphRelationships(), details: await page.locator('#graph-details h2').innerText() };

  // 3. The details panel: a node's sources, then a relationship's properties and sources.
  await page.locator('.graph-list-nodes').getByRole('button', { name: 'China', exact: true }).click();
  await page.locator('#graph-details h2', { hasText: 'China' }).waitFor();
  await page.locator('#graph-details .source').first().waitFor();
  report.nodeDetails = { title: await page.locator('#graph-details h2').innerText(), sources: await detailsSources() };
  await page.locator('.graph-list-relationships .node-button', { hasText: 'China —PRODUCES_SHARE→ Neodymium' }).first().click();
  await page.locator('#graph-details h2', { hasText: 'PRODUCES_SHARE' }).waitFor();
  report.relationshipDetails = {
    title: await page.locator('#graph-details h2').innerText(),
    text: await page.locator('#graph-details .details-kind').innerText(),
    properties: await texts(page.locator('#graph-details .properties dt, #graph-details .properties dd')),
    sources: await detailsSources(),
  };
  await screenshot('3-details');

  // 4. Paths from a Chinese export control to an application, highlighted in the graph.
  await choose(page.getByRole('combobox', { name: 'From' }), 'medium and heavy rare earth', /^Export control on certain medium and heavy rare earth items/);
  await choose(page.getByRole('combobox', { name: 'To' }), 'Toyota Prius', /^Toyota Prius/);
  await page.getByRole('button', { name: 'Find paths' }).click();
  await page.locator('.path-list li').first().waitFor();
  report.paths = {
    found: await texts(page.locator('.path-list .path-button')),
    nodesOnPath: (await graphNodes()).filter((node) => node.onPath).map((node) => node.name),
    relationshipsOnPath: (await graphRelationships()).filter((relationship) => relationship.onPath).map((relationship) => relationship.text),
  };
  await settle();
  await screenshot('4-paths');

  // 5. Supply chain: cobalt mining by country and company, then without DR Congo.
  await page.getByRole('link', { name: 'Supply chain' }).click();
  await page.getByRole('heading', { name: 'Supply chain' }).waitFor();
  await choose(page.getByRole('combobox', { name: 'Element or product' }), 'cobalt', /^Cobalt\b/);
  await page.locator('table.bars caption', { hasText: 'By country' }).waitFor();
  const rows = (caption) => page.locator('table.bars', { has: page.locator('caption', { hasText: caption }) }).locator('tbody tr').evaluateAll((items) => items.map((row) => ({
    holder: row.querySelector('th').textContent.trim(),
    share: row.querySelector('.bar-value').textContent.trim(),
  })));
  report.supply = {
    stage: await page.getByLabel('Stage').evaluate((select) => select.selectedOptions[0]?.textContent),
    year: await page.getByLabel('Year').evaluate((select) => select.selectedOptions[0]?.textContent),
    status: await page.locator('.supply-status').innerText(),
    topShare: await page.locator('.supply-charts .top-share').innerText(),
    hhi: await page.locator('.supply-charts .hhi').innerText(),
    byCountry: await rows(/^By country$/),
    byCompany: await rows(/^By company \(/),
    sources: (await texts(page.locator('.supply-sources .source'))).length,
  };
  report.unnamedControls.push(...await unnamedControls());
  await screenshot('5-supply-cobalt', { fullPage: true });
  await page.getByRole('button', { name: 'Remove DR Congo' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.what-if-result').waitFor();
  report.whatIf = {
    result: await page.locator('.what-if-result').innerText(),
    atRisk: await texts(page.locator('.at-risk li')),
    focus: await focusedText(),
    pressed: await page.evaluate(() => document.activeElement.getAttribute('aria-pressed')),
  };
  await page.locator('.what-if h3').evaluate((heading) => heading.scrollIntoView());
  await screenshot('6-what-if');

  // 6. The map: every site with coordinates drawn, those without listed; then neodymium's sites only.
  await page.getByRole('link', { name: 'Map' }).click();
  await page.locator('.map-site').first().waitFor();
  const markers = () => page.locator('.map-site').evaluateAll((items) => items.map((item) => ({ id: item.dataset.id, precision: item.dataset.precision, title: item.querySelector('title').textContent })));
  report.map = {
    status: await page.locator('.map-status').innerText(),
    markers: await markers(),
    undrawn: await page.locator('.map-undrawn-list li').evaluateAll((items) => items.map((item) => item.dataset.id)),
  };
  report.unnamedControls.push(...await unnamedControls());
  await screenshot('7-map');
  await choose(page.getByRole('combobox', { name: 'Element' }), 'neodymium', /^Neodymium\b/);
  await page.locator('.map-status', { hasText: 'Sites of Neodymium' }).waitFor();
  report.mapNeodymium = { status: await page.locator('.map-status').innerText(), markers: await markers() };
  await screenshot('8-map-neodymium');

  // 7. The timeline: the as-of slider moved to its first day by keyboard, then a day typed in.
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.locator('.in-force-count', { hasText: 'in force on' }).waitFor();
  const slider = page.getByRole('slider', { name: 'As of' });
  const inForceRows = () => page.locator('table.regulations tbody tr.in-force th button').evaluateAll((buttons) => buttons.map((button) => button.textContent.trim()));
  const count = () => page.locator('.in-force-count').innerText();
  report.timelineToday = { count: await count(), inForce: await inForceRows() };
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction((text) => document.querySelector('.in-force-count').textContent !== text, report.timelineToday.count);
  report.timelineFirstDay = { asOf: await page.locator('.as-of-text').innerText(), count: await count(), inForce: await inForceRows() };
  const previous = await count();
  await page.getByLabel('As of (date)').fill('2025-06-01');
  await page.waitForFunction((text) => document.querySelector('.in-force-count').textContent !== text, previous);
  await page.getByRole('button', { name: /^MOFCOM\/GAC Announcement No\. 18 of 2025:/ }).click();
  await page.locator('.exposure h3', { hasText: '1 June 2025' }).waitFor();
  report.timelineJune2025 = {
    asOf: await page.locator('.as-of-text').innerText(),
    count: await count(),
    inForce: await inForceRows(),
    exposure: await texts(page.locator('.exposure li')),
  };
  report.unnamedControls.push(...await unnamedControls());
  await screenshot('9-timeline');

  // 8. Phone width: every view fits the screen's width.
  await page.setViewportSize(phone);
  report.phone = {};
  for (const [name, hash, ready] of [
    ['graph', '#/graph?node=element%3Aco', '.graph-list-relationships li'],
    ['supply', '#/supply?item=element%3Aco', 'table.bars'],
    ['map', '#/map', '.map-site'],
    ['timeline', '#/timeline?asOf=2025-06-01', 'table.regulations tbody tr'],
  ]) {
    await page.goto(`${explore}${hash}`);
    await page.locator(ready).first().waitFor();
    await settle();
    report.phone[name] = await page.evaluate(() => ({ width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth }));
    await screenshot(`10-phone-${name}`);
  }

  // 9. The page follows the graph: revalidating with the ETag costs a 304 while nothing changed,
  // and once an editor renames a node the page shows, the subscription's event brings the new
  // name, well before the page would have asked again by itself (every 30 s).
  if (editorKey && renameMutation) {
    await page.setViewportSize(desktop);
    await page.goto(`${explore}#/graph?node=element%3And`);
    await page.locator('.graph-list-nodes').getByRole('button', { name: 'Toyota Prius', exact: true }).waitFor();
    await page.locator('#graph-details .source').first().waitFor();
    await page.locator('.live-indicator.is-live').waitFor();
    const answers = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('/graphql')) {
        answers.push({ status: response.status(), conditional: Boolean(response.request().headers()['if-none-match']) });
      }
    });
    const revalidate = () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await revalidate();
    await until(() => answers.length >= 2, 'the revalidation of the graph and the details');
    report.live = { unchanged: answers.splice(0) };
    const write = await fetch(new URL('graphql', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorKey}` },
      body: JSON.stringify({ query: renameMutation, variables: { id: 'application:toyota-prius', name: 'Toyota Prius (renamed)' } }),
    });
    report.live.write = await write.json();
    await page.locator('.graph-list-nodes').getByRole('button', { name: 'Toyota Prius (renamed)', exact: true }).waitFor({ timeout: 10_000 });
    report.live.afterWrite = answers.splice(0);
    report.live.nodes = (await graphNodes()).map((node) => node.name);
    report.live.indicator = await page.locator('.live-indicator').innerText();
  }
} catch (error) {
  report.failure = String(error?.stack ?? error);
  await screenshot('failure').catch(() => {});
}

await finish();
