#!/usr/bin/env node
// HTTP load benchmark of a 2-hop nested GraphQL query on a synthetic graph.
// Generates and loads the graph, starts a Release build of the API on a free loopback port,
// runs autocannon against the 2-hop query and a trivial `{ __typename }` baseline in the same run,
// and writes bench/results/<date-time>-http.md plus the raw autocannon JSON.
// Usage and the meaning of every number: bench/README.md.

import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git, log, repoDir, targetPath } from './lib/common.mjs';
import { startApi } from './lib/api.mjs';
import { buildReleases, prepareGraph } from './lib/dataset.mjs';
import { TWO_HOP_QUERY, checkHops, postQuery, postRequest } from './lib/graphql.mjs';
import { measure, runLoad, waitForQuietMachine } from './lib/load.mjs';
import { commandLine, parseLoadSettings } from './lib/options.mjs';
import { cpuPerRequestMs, datasetSection, machineSection, ms, ratio, requestsPerSecond } from './lib/report.mjs';
import { BenchSession } from './lib/session.mjs';

const BASELINE_QUERY = '{ __typename }';
// The researchers' queries of issue 6, on ids the generator always writes (seed 1).
const ANALYTICS = [
  { name: 'paths', title: 'paths (company → element, ≤ 4 hops)', query: '{ paths(from: "company:c0000000", to: "element:la", maxHops: 4, first: 3) { length nodes { id } relationships { type } } }' },
  { name: 'exposure', title: 'regulationExposure', query: '{ regulationExposure(regulation: "regulation:r00000") { inForce restricted { item { id } } applications { dependent { id } item { id } chain { length } } sites { id } companies { id } countries { id } } }' },
  { name: 'concentration', title: 'concentration (by country)', query: '{ concentration(of: "element:ce", stage: MINING) { year hhi top { holder { id } sharePct } byCountry { holder { id } sharePct tonnes } shareOutside(country: "country:aa") } }' },
];

const settings = parseLoadSettings(`usage: node bench/http-load.mjs [--mines N] [--duration S] [--warmup S] [--connections C]
       [--max-requests N] [--max-load L] [--load-retries R] [--results DIR] [--keep-data]
defaults: --mines 100000 --duration 30 --warmup 5 --connections 4 --max-requests 2000000
          --max-load 1.5 --load-retries 3 --results bench/results`);

const session = new BenchSession(settings.keepData);
await session.run(main, 'server');

async function main() {
  const startedAt = new Date();
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  const tempDir = await session.createTempDir();

  log('building seed and API (Release)');
  const build = await buildReleases(['seed', 'api/MineralGraph.Api']);
  const seedDll = await targetPath('seed');
  const apiDll = await targetPath('api/MineralGraph.Api');

  const graph = await prepareGraph(seedDll, settings.mines, tempDir);
  const { server, baseUrl, startup } = await startApi(session, { apiDll, databasePath: graph.databasePath });

  const sample = await checkQueries(baseUrl);
  log(`2-hop query verified: ${sample.countries} countries, ${sample.mines} mines, ${sample.owners} ownership edges`);

  const scenarios = [
    { name: 'baseline', title: '`{ __typename }` (framework ceiling)', query: BASELINE_QUERY },
    { name: '2hop', title: '2-hop nested query', query: TWO_HOP_QUERY },
    ...ANALYTICS,
  ];

  const loadBefore = await waitForQuietMachine(settings);
  log(`warming up: ${settings.warmup} s per query`);
  for (const scenario of scenarios) {
    await runLoad(baseUrl, postRequest(scenario.query), settings.warmup, settings);
    await server.drain();
  }

  for (const scenario of scenarios) {
    log(`measuring ${scenario.name}: ${settings.duration} s, ${settings.connections} connections`);
    Object.assign(scenario, await measure(server, baseUrl, postRequest(scenario.query), settings));
  }
  const loadAfter = os.loadavg();
  const serverPeakRssMb = server.peakRssMb();

  await session.stopServers();

  const baseName = `${startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-http`;
  await mkdir(settings.resultsDir, { recursive: true });
  const raw = Object.fromEntries(scenarios.map(s => [s.name, { query: s.query, serverCpuSeconds: s.serverCpuSeconds, latencyMs: s.latency, autocannon: s.result }]));
  await writeFile(path.join(settings.resultsDir, `${baseName}.json`), JSON.stringify(raw, null, 2) + '\n');
  const report = renderReport({
    startedAt, commit, dirty, graph, build, startup, sample, scenarios, loadBefore, loadAfter, serverPeakRssMb, baseName,
  });
  await writeFile(path.join(settings.resultsDir, `${baseName}.md`), report);
  log(`wrote ${path.relative(repoDir, path.join(settings.resultsDir, baseName))}.md and .json`);
  console.log('\n' + summaryTable(scenarios));
}

/** One request of each query by hand: every hop must return data, so the benchmark measures real work. */
async function checkQueries(baseUrl) {
  const sample = checkHops('2-hop', await postQuery(baseUrl, TWO_HOP_QUERY));
  for (const { name, query } of ANALYTICS) {
    const answer = await postQuery(baseUrl, query);
    if (answer.errors || !answer.data || Object.values(answer.data).some(v => v === null || (Array.isArray(v) && v.length === 0))) {
      throw new Error(`the ${name} query answered no data: ${JSON.stringify(answer).slice(0, 500)}`);
    }
  }
  const baseline = await postQuery(baseUrl, BASELINE_QUERY);
  if (baseline.data?.__typename !== 'Query') {
    throw new Error(`the baseline query answered ${JSON.stringify(baseline)}`);
  }
  return sample;
}

function summaryTable(scenarios) {
  const lines = [
    '| query | requests/s | p50 | p90 | p99 | max | requests | errors | timeouts | non-2xx | server CPU per request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const scenario of scenarios) {
    const { title, result, latency } = scenario;
    lines.push(`| ${title} | ${requestsPerSecond(result)} | ${ms(latency.p50)} | ${ms(latency.p90)} | ${ms(latency.p99)} | ${ms(latency.max)} | ${result.requests.total} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${ms(cpuPerRequestMs(scenario))} |`);
  }
  return lines.join('\n');
}

function renderReport(r) {
  const [baseline, twoHop] = r.scenarios;
  const b = baseline.result;
  const t = twoHop.result;
  const cpu = s => s.serverCpuSeconds / s.result.requests.total;
  return `# HTTP load: 2-hop nested query and researchers' queries, ${settings.mines.toLocaleString('en')} mines

Run ${r.startedAt.toISOString()} on commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''}.

## Command

\`\`\`sh
${commandLine('http-load.mjs', settings)}
\`\`\`

Each query ran for ${settings.duration} s with ${settings.connections} connections (pipelining 1, closed loop) after a
${settings.warmup} s warm-up of each, against one API process (Release, \`ASPNETCORE_ENVIRONMENT\` unset = Production,
log level Warning) on \`127.0.0.1\`; autocannon ran in the same machine.

${machineSection({ loadBefore: r.loadBefore, loadAfter: r.loadAfter, maxLoad: settings.maxLoad, extraRows: [['API peak RSS', `${r.serverPeakRssMb.toFixed(0)} MB`]] })}

${datasetSection(settings.mines, r.graph, `(Release build beforehand: ${r.build.seconds.toFixed(1)} s; API start to healthy: ${r.startup.seconds.toFixed(1)} s.)`)}

## Queries

Baseline, the cost of the HTTP + GraphQL pipeline with no store call:

\`\`\`graphql
${BASELINE_QUERY}
\`\`\`

2-hop nested query (countries → their mines → the mines' owners; three store round trips):

\`\`\`graphql
${TWO_HOP_QUERY}
\`\`\`

The researchers' queries (issue 6), each checked to answer with data before the load:

${ANALYTICS.map(a => `- ${a.title}: \`${a.query}\``).join('\n')}

Checked by hand before the load: ${r.sample.countries} countries, ${r.sample.mines} mines, ${r.sample.owners} ownership
edges, ${r.sample.responseBytes} bytes of JSON. First country and mine: \`${r.sample.excerpt}\`

## Results

${summaryTable(r.scenarios)}

After each run the script waited for the server to finish the requests still in flight
(${r.scenarios.map(s => `${s.name}: ${s.drainSeconds.toFixed(0)} s`).join(', ')}) before the next one.
Latencies are nearest-rank percentiles of every 2xx response's time, from autocannon's per-request
timer (autocannon's own histogram, in whole milliseconds, is in the JSON). Server CPU is the API
process's user + system time during the run divided by the requests served.

Ratios, 2-hop ÷ baseline, measured in this run:

| | ratio |
|---|---:|
| requests/s | ${ratio(t.requests.average, b.requests.average, 4)} (the baseline serves ${ratio(b.requests.average, t.requests.average, 0)}× as many) |
| p50 latency | ${ratio(twoHop.latency.p50, baseline.latency.p50, 0)}× |
| p99 latency | ${ratio(twoHop.latency.p99, baseline.latency.p99, 0)}× |
| server CPU per request | ${ratio(cpu(twoHop), cpu(baseline), 0)}× |
${r.scenarios.slice(2).map(s => `| ${s.name}: p50 / p99 latency vs baseline | ${ratio(s.latency.p50, baseline.latency.p50, 0)}× / ${ratio(s.latency.p99, baseline.latency.p99, 0)}× |`).join('\n')}

Raw autocannon results: [\`${r.baseName}.json\`](${r.baseName}.json).
`;
}
