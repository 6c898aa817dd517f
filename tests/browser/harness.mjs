// What the browser tests share: Debian's Chromium driven by playwright-core, with nothing but the
// API's own origin reachable (any other request is recorded and refused), console errors and
// uncaught page errors recorded, and screenshots saved into the artifacts folder. Each script
// prints one JSON report, which its xunit test asserts on.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const timeout = 30_000;

/** Starts the browser on a page of `base`'s origin; returns { browser, page, report, screenshot, finish }. */
export async function startBrowser({ base, artifacts, viewport }) {
  mkdirSync(artifacts, { recursive: true });
  const origin = new URL(base).origin;
  const report = { consoleErrors: [], pageErrors: [], offOriginRequests: [], screenshots: [] };

  // The flags the machines' notes give for Chromium here: no sandbox as root, and none of the
  // background connections this closed network refuses.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps',
      '--disable-client-side-phishing-detection', '--disable-domain-reliability',
    ],
  });
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) {
      return route.continue();
    }
    report.offOriginRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('console', (message) => {
    if (message.type() === 'error') {
      report.consoleErrors.push(`${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => report.pageErrors.push(error.message));

  async function screenshot(name, options = {}) {
    const path = join(artifacts, `${name}.png`);
    await page.screenshot({ path, ...options });
    report.screenshots.push(path);
  }

  /** Closes the browser and prints the report; the exit code is 1 when `failure` is set. */
  async function finish() {
    await browser.close();
    // Not process.exit(): it could cut a long report short while the pipe still takes it.
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    process.exitCode = report.failure ? 1 : 0;
  }

  return { browser, context, page, report, screenshot, finish };
}
