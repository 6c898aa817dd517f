#!/usr/bin/env node
// Response-cache benchmark (issue 5): the 2-hop and 3-hop queries against a cached API (Redis as
// second level) and an uncached one on the same synthetic graph, next to the framework's ceiling
// (bench/Ceiling: a minimal ASP.NET Core app returning the same bytes), over GET and POST, all in
// one run; writes bench/results/<date-time>-cache.md plus the raw autocannon JSON.
// Usage and the meaning of every number: bench/README.md.

import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { git, host, log, repoDir, targetPath } from './lib/common.mjs';
import { startApi, startDotnetApp } from './lib/api.mjs';
import { buildReleases, prepareGraph } from './lib/dataset.mjs';
import { THREE_HOP_QUERY, TWO_HOP_QUERY, checkHops, getRequest, postRequest, send } from './lib/graphql.mjs';
import { measure, runLoad, waitForQuietMachine } from './lib/load.mjs';
import { commandLine, parseLoadSettings } from './lib/options.mjs';
import { redisInfo, startRedis } from './lib/redis.mjs';
import { renderCacheReport, summaryTable } from './lib/cache-report.mjs';
import { BenchSession } from './lib/session.mjs';

const SKIP_CACHE_CHECK = 'skip-cache-check';
// The media type the ceiling answers with, asked of the API too, so both send the same headers.
const ACCEPT = 'application/graphql-response+json';
const QUERIES = [
  { name: '2hop', title: '2-hop', query: TWO_HOP_QUERY },
  { name: '3hop', title: '3-hop', query: THREE_HOP_QUERY },
];
const METHODS = [
  { name: 'GET', request: query => getRequest(query, ACCEPT) },
  { name: 'POST', request: query => postRequest(query, ACCEPT) },
];

const settings = parseLoadSettings(`usage: node bench/cache-load.mjs [--mines N] [--duration S] [--warmup S] [--connections C]
       [--max-requests N] [--max-load L] [--load-retries R] [--results DIR] [--keep-data] [--${SKIP_CACHE_CHECK}]
defaults: --mines 100000 --duration 30 --warmup 5 --connections 4 --max-requests 2000000
          --max-load 1.5 --load-retries 3 --results bench/results
--${SKIP_CACHE_CHECK}: measure even if the cached API never answers X-Cache: HIT (a build without the cache)`, [SKIP_CACHE_CHECK]);

const session = new BenchSession(settings.keepData);
await session.run(main, 'servers');

async function main() {
  const startedAt = new Date();
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  const tempDir = await session.createTempDir();

  log('building seed, API and bench/Ceiling (Release)');
  const build = await buildReleases(['seed', 'api/MineralGraph.Api', 'bench/Ceiling']);
  const seedDll = await targetPath('seed');
  const apiDll = await targetPath('api/MineralGraph.Api');
  const ceilingDll = await targetPath('bench/Ceiling');

  const graph = await prepareGraph(seedDll, settings.mines, tempDir);
  const redis = await startRedis(session, tempDir);
  const cached = await startApi(session, {
    apiDll, databasePath: graph.databasePath, name: 'cached API',
    // Entries outlive the run (the default ResponseTtl is 10 minutes), so every measured request is steady state.
    settings: [`--Cache:Redis=${host}:${redis.port}`, '--Cache:Debug=true', '--Cache:ResponseTtl=01:00:00'],
  });
  const uncached = await startApi(session, {
    apiDll, databasePath: graph.databasePath, name: 'uncached API',
    settings: ['--Cache:Enabled=false', '--Cache:Debug=true'],
  });

  const checks = {};
  const ceilings = {};
  for (const query of QUERIES) {
    checks[query.name] = await checkQuery(query, cached.baseUrl, uncached.baseUrl);
    const bodyFile = path.join(tempDir, `${query.name}-body.json`);
    await writeFile(bodyFile, checks[query.name].body);
    ceilings[query.name] = await startCeiling(ceilingDll, bodyFile, `ceiling (${query.title} body)`);
    await checkCeiling(ceilings[query.name].baseUrl, query, checks[query.name]);
  }

  const servers = {
    cached: { server: cached.server, baseUrl: cached.baseUrl },
    uncached: { server: uncached.server, baseUrl: uncached.baseUrl },
  };
  const scenarios = QUERIES.flatMap(query => METHODS.flatMap(method => ['ceiling', 'cached', 'uncached'].map(target => {
    const { server, baseUrl } = target === 'ceiling' ? ceilings[query.name] : servers[target];
    return { name: `${query.name}-${method.name}-${target}`, query, method: method.name, target, server, baseUrl, request: method.request(query.query) };
  })));
  const everyProcess = [redis.server, cached.server, uncached.server, ...Object.values(ceilings).map(c => c.server)];

  const loadBefore = await waitForQuietMachine(settings);
  log(`warming up: ${settings.warmup} s per run`);
  for (const scenario of scenarios) {
    await runLoad(scenario.baseUrl, scenario.request, settings.warmup, settings);
    await scenario.server.drain();
  }

  for (const scenario of scenarios) {
    log(`measuring ${scenario.name}: ${settings.duration} s, ${settings.connections} connections`);
    const others = everyProcess.filter(p => p !== scenario.server);
    Object.assign(scenario, await measure(scenario.server, scenario.baseUrl, scenario.request, settings, others));
  }
  const loadAfter = os.loadavg();
  const afterLoad = {};
  for (const query of QUERIES) {
    afterLoad[query.name] = await cacheHeaders(cached.baseUrl, query);
  }
  const redisStats = { ...(await redisInfo(redis.port, 'stats')), ...(await redisInfo(redis.port, 'memory')), ...(await redisInfo(redis.port, 'keyspace')) };
  const peakRssMb = Object.fromEntries(everyProcess.map(p => [p.name, p.peakRssMb()]));

  await session.stopServers();

  const baseName = `${startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-cache`;
  await mkdir(settings.resultsDir, { recursive: true });
  const raw = {
    command: commandLine('cache-load.mjs', settings, [SKIP_CACHE_CHECK]),
    commit,
    checks: Object.fromEntries(Object.entries(checks).map(([name, c]) => [name, { ...c, body: undefined, afterLoad: afterLoad[name] }])),
    redis: { version: redis.version, stats: redisStats },
    scenarios: Object.fromEntries(scenarios.map(s => [s.name, {
      query: s.query.query, method: s.method, target: s.target, serverCpuSeconds: s.serverCpuSeconds,
      otherProcessesCpuSeconds: s.watchedCpuSeconds, latencyMs: s.latency, autocannon: s.result,
    }])),
  };
  await writeFile(path.join(settings.resultsDir, `${baseName}.json`), JSON.stringify(raw, null, 2) + '\n');
  const report = renderCacheReport({
    settings, command: raw.command, startedAt, commit, dirty, graph, build, redis, redisStats, cached, uncached, ceilings,
    checks, afterLoad, scenarios, loadBefore, loadAfter, peakRssMb, baseName, queries: QUERIES,
  });
  await writeFile(path.join(settings.resultsDir, `${baseName}.md`), report);
  log(`wrote ${path.relative(repoDir, path.join(settings.resultsDir, baseName))}.md and .json`);
  console.log('\n' + summaryTable(scenarios));
}

/**
 * Before any load: the uncached API answers with data at every hop; the cached API answers the
 * same bytes over GET and POST, and X-Cache: HIT the second time it is asked.
 */
async function checkQuery(query, cachedUrl, uncachedUrl) {
  const reference = await sendOk(uncachedUrl, postRequest(query.query, ACCEPT), `the uncached API (${query.title}, POST)`);
  const sample = checkHops(query.title, JSON.parse(reference.bytes.toString('utf8')));
  log(`${query.title} query verified: ${sample.countries} countries, ${sample.mines} mines, ${sample.owners} ownership edges` +
    (sample.headquarters === undefined ? '' : `, ${sample.headquarters} headquarters`));
  const uncachedHeader = reference.headers.get('x-cache');
  const uncachedGet = await sendOk(uncachedUrl, getRequest(query.query, ACCEPT), `the uncached API (${query.title}, GET)`);
  if (!uncachedGet.bytes.equals(reference.bytes)) {
    throw new Error(`the uncached API answered the ${query.title} query with other bytes over GET than over POST ` +
      `(${uncachedGet.bytes.length} against ${reference.bytes.length}): the benchmark compares both methods on the same answer`);
  }
  if ([uncachedHeader, uncachedGet.headers.get('x-cache')].includes('HIT')) {
    throw new Error(`the uncached API (--Cache:Enabled=false) answered the ${query.title} query with X-Cache: HIT: it must not cache`);
  }

  const xCache = {};
  for (const method of METHODS) {
    const answers = [];
    for (let i = 0; i < 2; i++) {
      const answer = await sendOk(cachedUrl, method.request(query.query), `the cached API (${query.title}, ${method.name})`);
      if (!answer.bytes.equals(reference.bytes)) {
        throw new Error(`the cached API answered the ${query.title} query over ${method.name} with other bytes than the uncached API ` +
          `(${answer.bytes.length} against ${reference.bytes.length}): a cache must return the answer it stored, unchanged`);
      }
      answers.push(answer);
    }
    xCache[method.name] = answers.map(a => a.headers.get('x-cache'));
    requireHit(xCache[method.name][1], `the second ${method.name} of the ${query.title} query`);
  }
  return {
    sample, body: reference.bytes, bodyBytes: reference.bytes.length,
    contentType: reference.headers.get('content-type'), uncachedXCache: uncachedHeader, xCache,
  };
}

function requireHit(header, what) {
  if (header === 'HIT') {
    return;
  }
  const message = `the cached API answered ${what} with X-Cache: ${header ?? '(no header)'}, not HIT`;
  if (!settings[SKIP_CACHE_CHECK]) {
    throw new Error(`${message}: run a build with the response cache (Cache:Redis, Cache:Debug), or pass --${SKIP_CACHE_CHECK} to measure anyway`);
  }
  log(`${message}; measuring anyway (--${SKIP_CACHE_CHECK})`);
}

/** The X-Cache header of one more GET and POST of the query, after the load. */
async function cacheHeaders(cachedUrl, query) {
  const headers = {};
  for (const method of METHODS) {
    const answer = await sendOk(cachedUrl, method.request(query.query), `the cached API (${query.title}, ${method.name}, after the load)`);
    headers[method.name] = answer.headers.get('x-cache');
    requireHit(headers[method.name], `a ${method.name} of the ${query.title} query after the load`);
  }
  return headers;
}

function startCeiling(ceilingDll, bodyFile, name) {
  return startDotnetApp(session, { name, dll: ceilingDll, cwd: path.dirname(ceilingDll), settings: ['--BodyFile', bodyFile], readyPath: '/graphql' });
}

/** The ceiling must send exactly what the API sends: the same bytes, the same content type. */
async function checkCeiling(baseUrl, query, check) {
  for (const method of METHODS) {
    const answer = await sendOk(baseUrl, method.request(query.query), `the ceiling (${query.title}, ${method.name})`);
    if (!answer.bytes.equals(check.body) || answer.headers.get('content-type') !== check.contentType) {
      throw new Error(`the ceiling answered ${method.name} with ${answer.bytes.length} bytes of ${answer.headers.get('content-type')}, ` +
        `not the API's ${check.bodyBytes} bytes of ${check.contentType}`);
    }
  }
}

async function sendOk(baseUrl, request, who) {
  const answer = await send(baseUrl, request);
  if (answer.status !== 200) {
    throw new Error(`${who} answered ${request.method} ${baseUrl}${request.path.slice(0, 80)} with ${answer.status}: ${answer.bytes.toString('utf8').slice(0, 500)}`);
  }
  return answer;
}
