#!/usr/bin/env node
// HTTP load benchmark of a 2-hop nested GraphQL query on a synthetic graph.
// Generates and loads the graph, starts a Release build of the API on a free loopback port,
// runs autocannon against the 2-hop query and a trivial `{ __typename }` baseline in the same run,
// and writes bench/results/<date-time>-http.md plus the raw autocannon JSON.
// Usage and the meaning of every number: bench/README.md.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(benchDir, '..');
const host = '127.0.0.1';

const TWO_HOP_QUERY = `{
  countries(first: 10) {
    nodes {
      name
      locationOf(first: 10, labels: [Mine]) {
        nodes {
          ... on Mine {
            name
            ownedBy(first: 5) { edges { stakePct node { name } } }
          }
        }
      }
    }
  }
}`;
const BASELINE_QUERY = '{ __typename }';
// The researchers' queries of issue 6, on ids the generator always writes (seed 1).
const ANALYTICS = [
  { name: 'paths', title: 'paths (company → element, ≤ 4 hops)', query: '{ paths(from: "company:c0000000", to: "element:la", maxHops: 4, first: 3) { length nodes { id } relationships { type } } }' },
  { name: 'exposure', title: 'regulationExposure', query: '{ regulationExposure(regulation: "regulation:r00000") { inForce restricted { item { id } } applications { dependent { id } item { id } chain { length } } sites { id } companies { id } countries { id } } }' },
  { name: 'concentration', title: 'concentration (by country)', query: '{ concentration(of: "element:ce", stage: MINING) { year hhi top { holder { id } sharePct } byCountry { holder { id } sharePct tonnes } shareOutside(country: "country:aa") } }' },
];

const { values: options } = parseArgs({
  options: {
    mines: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    connections: { type: 'string', default: '4' },
    'max-requests': { type: 'string', default: '2000000' },
    'max-load': { type: 'string', default: '1.5' },
    'load-retries': { type: 'string', default: '3' },
    results: { type: 'string', default: path.join(benchDir, 'results') },
    'keep-data': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`usage: node bench/http-load.mjs [--mines N] [--duration S] [--warmup S] [--connections C]
       [--max-requests N] [--max-load L] [--load-retries R] [--results DIR] [--keep-data]
defaults: --mines 100000 --duration 30 --warmup 5 --connections 4 --max-requests 2000000
          --max-load 1.5 --load-retries 3 --results bench/results`);
  process.exit(0);
}

const settings = {
  mines: positiveInt('mines'),
  duration: positiveInt('duration'),
  warmup: positiveInt('warmup'),
  connections: positiveInt('connections'),
  maxRequests: positiveInt('max-requests'),
  maxLoad: Number(options['max-load']),
  loadRetries: positiveInt('load-retries'),
  resultsDir: path.resolve(options.results),
  keepData: options['keep-data'],
};

const STEP_TIMEOUT_MS = 20 * 60_000;
const HEALTH_TIMEOUT_MS = 120_000;
const REQUEST_TIMEOUT_S = 30;
const DRAIN_TIMEOUT_MS = 120_000;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

let tempDir;
let server;

process.once('SIGINT', () => {
  console.error('bench: interrupted; stopping the server and removing temporary files');
  cleanUp().finally(() => process.exit(130));
});

try {
  await main();
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

async function main() {
  const startedAt = new Date();
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'mineralgraph-bench-'));
  const datasetDir = path.join(tempDir, 'synthetic');
  const databasePath = path.join(tempDir, 'bench.db');

  log('building seed and API (Release)');
  const build = await timed(() => run('dotnet', ['build', 'seed', '-c', 'Release', '-nologo', '-v', 'q'])
    .then(() => run('dotnet', ['build', 'api/MineralGraph.Api', '-c', 'Release', '-nologo', '-v', 'q'])));
  const seedDll = await targetPath('seed');
  const apiProject = path.join(repoDir, 'api', 'MineralGraph.Api');
  const apiDll = await targetPath('api/MineralGraph.Api');

  log(`generating ${settings.mines} mines into ${datasetDir}`);
  const generate = await timed(() => run('dotnet', [seedDll, 'generate', '--mines', String(settings.mines), '--out', datasetDir]));
  log(`loading into ${databasePath}`);
  const load = await timed(() => run('dotnet', [seedDll, 'load', datasetDir, '--database', databasePath]));
  const databaseBytes = (await stat(databasePath)).size;

  const port = await freePort();
  const baseUrl = `http://${host}:${port}`;
  const serverArgs = [apiDll,
    '--Store:Sqlite:Path', databasePath,
    '--Store:SeedDirectory=',
    '--Urls', baseUrl,
    '--Logging:LogLevel:Default=Warning'];
  log(`starting the API on ${baseUrl}`);
  const serverLog = [];
  server = spawn('dotnet', serverArgs, { cwd: apiProject, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', chunk => serverLog.push(chunk.toString()));
  server.stderr.on('data', chunk => serverLog.push(chunk.toString()));
  const startup = await timed(() => waitForHealth(baseUrl, () => serverLog.join('')));

  const graphqlUrl = `${baseUrl}/graphql`;
  const sample = await checkTwoHop(graphqlUrl);
  log(`2-hop query verified: ${sample.countries} countries, ${sample.mines} mines, ${sample.owners} ownership edges`);

  const scenarios = [
    { name: 'baseline', title: '`{ __typename }` (framework ceiling)', query: BASELINE_QUERY },
    { name: '2hop', title: '2-hop nested query', query: TWO_HOP_QUERY },
    ...ANALYTICS,
  ];

  const loadBefore = await waitForQuietMachine();
  log(`warming up: ${settings.warmup} s per query`);
  for (const scenario of scenarios) {
    await runLoad(graphqlUrl, scenario.query, settings.warmup);
    await drain();
  }

  for (const scenario of scenarios) {
    log(`measuring ${scenario.name}: ${settings.duration} s, ${settings.connections} connections`);
    const cpuBefore = serverCpuSeconds(server.pid);
    const { result, latencies } = await runLoad(graphqlUrl, scenario.query, settings.duration);
    scenario.serverCpuSeconds = serverCpuSeconds(server.pid) - cpuBefore;
    scenario.result = result;
    scenario.latency = percentiles(latencies);
    scenario.drainSeconds = await drain();
  }
  const loadAfter = os.loadavg();
  const serverPeakRssMb = serverPeakRss(server.pid);

  await stopServer();

  const baseName = `${startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-http`;
  await mkdir(settings.resultsDir, { recursive: true });
  const raw = Object.fromEntries(scenarios.map(s => [s.name, { query: s.query, serverCpuSeconds: s.serverCpuSeconds, latencyMs: s.latency, autocannon: s.result }]));
  await writeFile(path.join(settings.resultsDir, `${baseName}.json`), JSON.stringify(raw, null, 2) + '\n');
  const report = renderReport({
    startedAt, commit, dirty, generate, load, build, startup, databaseBytes, sample, scenarios, loadBefore, loadAfter, serverPeakRssMb, baseName,
  });
  await writeFile(path.join(settings.resultsDir, `${baseName}.md`), report);
  log(`wrote ${path.relative(repoDir, path.join(settings.resultsDir, baseName))}.md and .json`);
  console.log('\n' + summaryTable(scenarios));
}

function positiveInt(name) {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--${name} needs a whole number of at least 1 (got '${options[name]}')`);
  }
  return value;
}

function log(message) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Runs a command from the repository root; bounded by STEP_TIMEOUT_MS; rejects with its output on failure. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), STEP_TIMEOUT_MS);
    child.on('error', error => { clearTimeout(timer); reject(error); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve(stdout);
      } else {
        reject(new Error(`'${command} ${args.join(' ')}' failed (${signal ?? `exit ${code}`}):\n${stdout}${stderr}`));
      }
    });
  });
}

async function timed(action) {
  const start = process.hrtime.bigint();
  const output = await action();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, output };
}

async function targetPath(project) {
  const output = await run('dotnet', ['msbuild', project, '-getProperty:TargetPath', '-p:Configuration=Release']);
  return output.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, serverOutput) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the API exited with code ${server.exitCode} before it was healthy:\n${serverOutput()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`GET ${baseUrl}/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${serverOutput()}`);
}

async function postQuery(url, query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text);
}

/** One request by hand: every hop must return data, so the benchmark measures real work. */
async function checkTwoHop(url) {
  const body = await postQuery(url, TWO_HOP_QUERY);
  if (body.errors) {
    throw new Error(`the 2-hop query returned errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
  const countries = body.data.countries.nodes;
  const mines = countries.flatMap(c => c.locationOf.nodes);
  const owners = mines.flatMap(m => m.ownedBy.edges);
  if (countries.length === 0 || countries.some(c => c.locationOf.nodes.length === 0) || mines.some(m => m.ownedBy.edges.length === 0)) {
    throw new Error(`some hop of the 2-hop query is empty: ${JSON.stringify(body).slice(0, 500)}`);
  }
  for (const { name, query } of ANALYTICS) {
    const answer = await postQuery(url, query);
    if (answer.errors || !answer.data || Object.values(answer.data).some(v => v === null || (Array.isArray(v) && v.length === 0))) {
      throw new Error(`the ${name} query answered no data: ${JSON.stringify(answer).slice(0, 500)}`);
    }
  }
  const baseline = await postQuery(url, BASELINE_QUERY);
  if (baseline.data?.__typename !== 'Query') {
    throw new Error(`the baseline query answered ${JSON.stringify(baseline)}`);
  }
  return {
    countries: countries.length,
    mines: mines.length,
    owners: owners.length,
    responseBytes: Buffer.byteLength(JSON.stringify(body)),
    excerpt: JSON.stringify({ name: countries[0].name, firstMine: countries[0].locationOf.nodes[0] }),
  };
}

/**
 * One autocannon run, bounded by duration and by a request count. Autocannon's own histogram
 * keeps whole milliseconds, so the latency of every 2xx response is also kept, in full precision.
 */
async function runLoad(url, query, seconds) {
  const latencies = [];
  const run = autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
    connections: settings.connections,
    pipelining: 1,
    duration: seconds,
    maxOverallRequests: settings.maxRequests,
    timeout: REQUEST_TIMEOUT_S,
  });
  run.on('response', (_client, statusCode, _bytes, milliseconds) => {
    if (statusCode >= 200 && statusCode < 300) {
      latencies.push(milliseconds);
    }
  });
  return { result: await run, latencies };
}

/** Nearest-rank percentiles of the latencies, in milliseconds. */
function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = p => sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p90: at(90), p99: at(99), max: at(100), count: sorted.length };
}

/**
 * Autocannon stops at its deadline without waiting for the requests in flight, and the server
 * finishes them: wait until the server is idle (under 5% of a core for a second, at most
 * DRAIN_TIMEOUT_MS) so one run's leftovers never count against the next.
 */
async function drain() {
  const start = Date.now();
  while (Date.now() - start < DRAIN_TIMEOUT_MS) {
    const before = serverCpuSeconds(server.pid);
    await sleep(1_000);
    if (serverCpuSeconds(server.pid) - before < 0.05) {
      break;
    }
  }
  return (Date.now() - start) / 1000;
}

/** Waits (a bounded number of times) for the 1-minute load average to drop under --max-load. */
async function waitForQuietMachine() {
  for (let attempt = 0; ; attempt++) {
    const loadAverage = os.loadavg();
    if (loadAverage[0] <= settings.maxLoad) {
      return { loadAverage, attempts: attempt + 1, busy: false };
    }
    if (attempt >= settings.loadRetries) {
      log(`load average ${loadAverage[0].toFixed(2)} is still above ${settings.maxLoad}; measuring anyway (recorded as busy)`);
      return { loadAverage, attempts: attempt + 1, busy: true };
    }
    log(`load average ${loadAverage[0].toFixed(2)} is above ${settings.maxLoad}; waiting 60 s (${attempt + 1}/${settings.loadRetries})`);
    await sleep(60_000);
  }
}

/** User + system CPU seconds of a process, from /proc (Linux). */
function serverCpuSeconds(pid) {
  try {
    const stat = execFileSync('cat', [`/proc/${pid}/stat`]).toString();
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function serverPeakRss(pid) {
  try {
    const status = execFileSync('cat', [`/proc/${pid}/status`]).toString();
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) {
    return;
  }
  const exited = new Promise(resolve => server.once('exit', resolve));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    server.kill('SIGKILL');
    await exited;
  }
}

async function cleanUp() {
  await stopServer();
  if (tempDir && !settings.keepData) {
    await rm(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  } else if (tempDir) {
    log(`kept ${tempDir} (--keep-data)`);
  }
}

function git(args) {
  return execFileSync('git', args, { cwd: repoDir }).toString().trim();
}

function command() {
  const defaults = { mines: 100000, duration: 30, warmup: 5, connections: 4 };
  const extra = Object.entries(defaults)
    .filter(([key, value]) => settings[key] !== value)
    .map(([key, value]) => ` --${key} ${settings[key]}`)
    .join('');
  return `npm --prefix bench ci && node bench/http-load.mjs${extra}`;
}

function machine() {
  const cpus = os.cpus();
  return {
    nproc: os.availableParallelism(),
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    kernel: `${os.type()} ${os.release()}`,
    dotnet: execFileSync('dotnet', ['--version']).toString().trim(),
    node: process.version,
    autocannon: JSON.parse(readFileSync(path.join(benchDir, 'node_modules', 'autocannon', 'package.json'), 'utf8')).version,
  };
}

function ms(value) {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }
  return `${value.toFixed(value < 1 ? 3 : value < 100 ? 1 : 0)} ms`;
}

function ratio(numerator, denominator, digits) {
  const value = numerator / denominator;
  return Number.isFinite(value) && value > 0 ? value.toFixed(digits) : 'n/a';
}

function summaryTable(scenarios) {
  const lines = [
    '| query | requests/s | p50 | p90 | p99 | max | requests | errors | timeouts | non-2xx | server CPU per request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { title, result, latency, serverCpuSeconds } of scenarios) {
    const cpuPerRequest = serverCpuSeconds / result.requests.total * 1000;
    lines.push(`| ${title} | ${result.requests.average.toFixed(result.requests.average < 100 ? 1 : 0)} | ${ms(latency.p50)} | ${ms(latency.p90)} | ${ms(latency.p99)} | ${ms(latency.max)} | ${result.requests.total} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${ms(cpuPerRequest)} |`);
  }
  return lines.join('\n');
}

function renderReport(r) {
  const [baseline, twoHop] = r.scenarios;
  const b = baseline.result;
  const t = twoHop.result;
  const cpu = s => s.serverCpuSeconds / s.result.requests.total;
  const m = machine();
  const countsOf = output => output.split('\n').filter(line => /^\s{2,}\S/.test(line)).join('\n');
  return `# HTTP load: 2-hop nested query and researchers' queries, ${settings.mines.toLocaleString('en')} mines

Run ${r.startedAt.toISOString()} on commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''}.

## Command

\`\`\`sh
${command()}
\`\`\`

Each query ran for ${settings.duration} s with ${settings.connections} connections (pipelining 1, closed loop) after a
${settings.warmup} s warm-up of each, against one API process (Release, \`ASPNETCORE_ENVIRONMENT\` unset = Production,
log level Warning) on \`127.0.0.1\`; autocannon ran in the same machine.

## Machine

| | |
|---|---|
| CPUs (nproc) | ${m.nproc} × ${m.cpu} |
| memory | ${m.memoryGiB} GiB |
| kernel | ${m.kernel} |
| .NET SDK / Node / autocannon | ${m.dotnet} / ${m.node} / ${m.autocannon} |
| load average at start of measurement (1, 5, 15 min) | ${r.loadBefore.loadAverage.map(x => x.toFixed(2)).join(', ')}${r.loadBefore.busy ? ` — **busy**: above ${settings.maxLoad} after ${r.loadBefore.attempts} checks a minute apart` : ''} |
| load average at end | ${r.loadAfter.map(x => x.toFixed(2)).join(', ')} |
| API peak RSS | ${r.serverPeakRssMb.toFixed(0)} MB |

## Dataset

\`seed generate --mines ${settings.mines}\` (seed 1): ${r.generate.seconds.toFixed(1)} s wall clock.
\`seed load\` into a fresh SQLite file: ${r.load.seconds.toFixed(1)} s wall clock; the file is ${(r.databaseBytes / 2 ** 20).toFixed(0)} MiB.
(Release build beforehand: ${r.build.seconds.toFixed(1)} s; API start to healthy: ${r.startup.seconds.toFixed(1)} s.)

\`\`\`
${r.generate.output.trim().split('\n')[0]}
${r.load.output.trim().split('\n')[0]}
${countsOf(r.generate.output)}
\`\`\`

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
