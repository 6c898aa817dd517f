// Does in Debian's Chromium what a person does on first opening the API's IDE, and prints what
// the page showed as one JSON report (the xunit test asserts on it), saving a screenshot of each
// step. Nothing but the API's own origin is reachable: any other request is recorded and refused.
//
//   npm ci --prefix tests/browser
//   node tests/browser/graphiql.mjs http://127.0.0.1:5080/ tests/artifacts/graphiql

import { startBrowser } from './harness.mjs';

const [base, artifacts] = process.argv.slice(2);
if (!base || !artifacts) {
  console.error('Usage: node tests/browser/graphiql.mjs <API root URL> <folder for screenshots>');
  process.exit(2);
}

const { page, report, screenshot, finish } = await startBrowser({ base, artifacts, viewport: { width: 1440, height: 900 } });

const editorText = (page, selector) =>
  page.locator(`${selector} .CodeMirror`).first().evaluate((element) => element.CodeMirror.getValue());

try {
  // 1. The root of the API leads to the IDE, which opens on the MineralGraph examples.
  await page.goto(base);
  await page.waitForSelector('.graphiql-container');
  report.url = page.url();
  report.title = await page.title();
  report.tabs = (await page.locator('.graphiql-tab').allInnerTexts()).map((tab) => tab.trim());
  report.query = await editorText(page, '.graphiql-query-editor');
  await screenshot('1-opened');

  // 2. The docs explorer lists the Query type's fields (it needs the introspected schema).
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  await page.locator('.graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
  await page.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
  report.docsQueryFields = await page.locator('.graphiql-doc-explorer-content .graphiql-doc-explorer-field-name').allInnerTexts();
  await screenshot('2-docs-query-fields');
  await page.getByRole('button', { name: 'Hide Documentation Explorer' }).click();

  // 3. The example query runs and its answer shows in the result pane.
  await page.getByRole('button', { name: /^Execute query/ }).click();
  await page.locator('.graphiql-response .CodeMirror-code', { hasText: '"data"' }).waitFor();
  report.result = await editorText(page, '.graphiql-response');
  await screenshot('3-example-result');

  // 4. In a new tab, typing part of a root field offers it in the autocomplete list.
  await page.getByRole('button', { name: 'New tab' }).click();
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.evaluate((element) => element.CodeMirror.setValue(''));
  await editor.click();
  await page.keyboard.type('{ conc');
  await page.locator('.CodeMirror-hints .CodeMirror-hint').first().waitFor();
  report.autocomplete = await page.locator('.CodeMirror-hints .CodeMirror-hint').allInnerTexts();
  await screenshot('4-autocomplete');
} catch (error) {
  report.failure = String(error?.stack ?? error);
}

await finish();
