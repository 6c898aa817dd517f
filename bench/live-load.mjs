#!/usr/bin/env node
// Live updates under load: commit-to-delivery latency of subscription events to 1,000 WebSocket
// subscribers during a burst of writes, the memory each subscription costs, and the HTTP query
// throughput beside them, each measured against the same run without subscribers.
// Writes bench/results/<date-time>-live.md plus the raw numbers as JSON.
// Usage and the meaning of every number: bench/README.md.

import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { benchDir, git, log, repoDir, targetPath } from './lib/common.mjs';
import { startApi } from './lib/api.mjs';
import { buildReleases } from './lib/dataset.mjs';
import { TWO_HOP_QUERY, postRequest } from './lib/graphql.mjs';
import { measure, runLoad, waitForQuietMachine } from './lib/load.mjs';
import { cpuPerRequestMs, machineSection, ms, ratio, requestsPerSecond } from './lib/report.mjs';
import { BenchSession } from './lib/session.mjs';

const USAGE = `usage: node bench/live-load.mjs [--subscribers N] [--writes N] [--write-rate W] [--duration S] [--warmup S]
       [--warmup-writes N] [--connections C] [--max-load L] [--load-retries R] [--results DIR]
defaults: --subscribers 1000 --writes 200 --write-rate 20 --duration 15 --warmup 3 --warmup-writes 300
          --connections 4 --max-load 1.5 --load-retries 3 --results bench/results`;
const DEFAULTS = { subscribers: 1000, writes: 200, 'write-rate': 20, duration: 15, warmup: 3, 'warmup-writes': 300, connections: 4, 'max-load': 1.5, 'load-retries': 3 };
const EDITOR_KEY = 'bench-live-editor-key';
const NODE = 'country:au';
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

const { values: options } = parseArgs({
  options: {
    ...Object.fromEntries(Object.entries(DEFAULTS).map(([name, value]) => [name, { type: 'string', default: String(value) }])),
    results: { type: 'string', default: path.join(benchDir, 'results') },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const settings = {
  subscribers: Number(options.subscribers),
  writes: Number(options.writes),
  writeRate: Number(options['write-rate']),
  duration: Number(options.duration),
  warmup: Number(options.warmup),
  warmupWrites: Number(options['warmup-writes']),
  connections: Number(options.connections),
  maxRequests: 2_000_000,
  maxLoad: Number(options['max-load']),
  loadRetries: Number(options['load-retries']),
  resultsDir: path.resolve(options.results),
};

const session = new BenchSession(false);

async function main() {
  const startedAt = new Date();
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  const tempDir = await session.createTempDir();

  log('building the API (Release)');
  const build = await buildReleases(['api/MineralGraph.Api']);
  const apiDll = await targetPath('api/MineralGraph.Api');
  const { server, baseUrl, startup } = await startApi(session, {
    apiDll,
    databasePath: path.join(tempDir, 'live.db'),
    settings: [
      '--Store:SeedDirectory', path.join(repoDir, 'seed', 'data'),
      '--Auth:ApiKeys:0:Name', 'bench', '--Auth:ApiKeys:0:Role', 'editor',
      '--Auth:ApiKeys:0:Sha256', createHash('sha256').update(EDITOR_KEY).digest('hex'),
      '--GraphQL:Subscriptions:MaxConnectionsPerAddress', '0',
    ],
  });
  const wsUrl = baseUrl.replace('http', 'ws') + '/graphql';
  const query = postRequest(TWO_HOP_QUERY);
  const writer = new Writer(baseUrl);
  const tap = await RevisionTap.open(wsUrl);

  const loadBefore = await waitForQuietMachine(settings);
  log(`warming up: ${settings.warmup} s of queries, 20 writes`);
  await runLoad(baseUrl, query, settings.warmup, settings);
  await writer.burst(20, settings.writeRate);
  await server.drain();

  // The HTTP phases without subscribers run before and after those with them, and the report
  // compares with their mean, so a machine that gets busier or quieter meanwhile skews neither way.
  const phases = {};
  await httpPhases(phases, 'Before', server, baseUrl, query, writer);

  const runs = [];
  for (const mode of ['shared', 'distinct']) {
    log(`${settings.subscribers} subscribers, ${mode} documents`);
    const rssBefore = rssMb(server.pid);
    const subscribers = await Subscribers.start(wsUrl, settings.subscribers, mode);
    await subscribers.attach(writer);
    await server.drain();
    const rssAfter = rssMb(server.pid);
    const run = { mode, rssBefore, rssAfter, memoryPerSubscriptionKb: (rssAfter - rssBefore) * 1024 / settings.subscribers };

    // The first events run code the JIT has not compiled yet, and its background compilation would
    // be counted as the deliveries' CPU (and the next phase's): measure the steady state.
    log(`warming the delivery up: ${settings.warmupWrites} writes at ${settings.writeRate}/s`);
    await subscribers.waitFor(await writer.burst(settings.warmupWrites, settings.writeRate));
    await subscribers.report([]);
    await server.drain();

    log(`burst of ${settings.writes} writes at ${settings.writeRate}/s`);
    const before = tap.last;
    const serverCpuBefore = server.cpuSeconds();
    const clientCpuBefore = subscribers.cpuSeconds();
    const written = await writer.burst(settings.writes, settings.writeRate);
    await subscribers.waitFor(written);
    run.serverCpuSeconds = server.cpuSeconds() - serverCpuBefore;
    run.clientCpuSeconds = subscribers.cpuSeconds() - clientCpuBefore;
    run.delivery = await subscribers.report(RevisionTap.revisions(before, written));
    await server.drain();

    if (mode === 'shared') {
      log('HTTP with the subscribers open, no writes');
      phases.withSubscribers = await measure(server, baseUrl, query, settings);
      log('HTTP with the subscribers and writes');
      const writingFrom = tap.last;
      phases.withSubscribersAndWrites = await whileWriting(writer, server, baseUrl, query);
      await subscribers.waitFor(phases.withSubscribersAndWrites.writes);
      run.deliveryUnderHttpLoad = await subscribers.report(RevisionTap.revisions(writingFrom, phases.withSubscribersAndWrites.writes));
      await subscribers.stop();
      await server.drain();
      await httpPhases(phases, 'After', server, baseUrl, query, writer);
    } else {
      await subscribers.stop();
      await server.drain();
    }

    runs.push(run);
  }

  const loadAfter = os.loadavg();
  const serverPeakRssMb = server.peakRssMb();
  tap.close();
  await session.stopServers();

  const baseName = `${startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-live`;
  await mkdir(settings.resultsDir, { recursive: true });
  const raw = {
    settings,
    runs,
    phases: Object.fromEntries(Object.entries(phases).map(([name, phase]) => [name, { serverCpuSeconds: phase.serverCpuSeconds, latencyMs: phase.latency, writes: phase.writes, autocannon: phase.result }])),
  };
  await writeFile(path.join(settings.resultsDir, `${baseName}.json`), JSON.stringify(raw, null, 2) + '\n');
  await writeFile(path.join(settings.resultsDir, `${baseName}.md`), report({ startedAt, commit, dirty, build, startup, loadBefore, loadAfter, serverPeakRssMb, runs, phases, baseName }));
  log(`wrote ${path.relative(repoDir, path.join(settings.resultsDir, baseName))}.md and .json`);
  console.log('\n' + deliveryTable(runs) + '\n\n' + httpTable(phases));
}

/** The HTTP query alone, then with writes, without subscribers: `alone<when>` and `withWrites<when>`. */
async function httpPhases(phases, when, server, baseUrl, query, writer) {
  log(`HTTP alone (${when.toLowerCase()}): ${settings.duration} s`);
  phases[`alone${when}`] = await measure(server, baseUrl, query, settings);
  log(`HTTP with writes, no subscribers (${when.toLowerCase()})`);
  phases[`withWrites${when}`] = await whileWriting(writer, server, baseUrl, query);
}

/** A measured HTTP run while the writer writes at the configured rate; the result carries how many writes were made. */
async function whileWriting(writer, server, baseUrl, query) {
  const stop = new AbortController();
  const writing = writer.steady(settings.writeRate, stop.signal);
  let writes = 0;
  const result = await measure(server, baseUrl, query, settings, [], async () => {
    stop.abort();
    writes = await writing;
  });
  return { ...result, writes };
}

/** Writes one node's property through GraphQL over HTTP with the editor key, one write at a time, paced at a rate. */
class Writer {
  #url;
  #count = 0;

  constructor(baseUrl) {
    this.#url = `${baseUrl}/graphql`;
  }

  async write() {
    const response = await fetch(this.#url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({ query: `mutation { updateCountry(id: "${NODE}", set: { region: "Oceania ${++this.#count}" }) { id } }` }),
    });
    const answer = await response.json();
    if (answer.errors) {
      throw new Error(`a write failed: ${JSON.stringify(answer.errors)}`);
    }
  }

  /** `count` writes, one every 1/rate s; resolves with how many were written. */
  async burst(count, rate) {
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      await sleep(Math.max(0, start + i * 1000 / rate - performance.now()));
      await this.write();
    }
    return count;
  }

  /** Writes at `rate` until aborted; resolves with how many were written. */
  async steady(rate, signal) {
    const start = performance.now();
    let written = 0;
    while (!signal.aborted) {
      await sleep(Math.max(0, start + written * 1000 / rate - performance.now()));
      await this.write();
      written++;
    }
    return written;
  }
}

/** The subscriber process (lib/live-subscribers.mjs): its sockets, the events it counted, its CPU time. */
class Subscribers {
  #child;
  #pending = new Map();

  static async start(url, count, mode) {
    const subscribers = new Subscribers();
    subscribers.#child = fork(path.join(benchDir, 'lib', 'live-subscribers.mjs'), [url, String(count), mode, NODE], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise((resolve, reject) => {
      subscribers.#child.on('message', message => {
        if (message.type === 'ready') {
          resolve();
        } else if (message.type === 'closed') {
          console.error(`bench: subscriber ${message.index} was closed: ${message.code} ${message.reason}`);
        } else {
          subscribers.#pending.get(message.type)?.(message);
        }
      });
      subscribers.#child.on('exit', code => reject(new Error(`the subscriber process exited with code ${code}`)));
    });
    return subscribers;
  }

  cpuSeconds() {
    const stat = readFileSync(`/proc/${this.#child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  }

  /** Writes one at a time until every subscriber has had an event: then every subscription is running. */
  async attach(writer) {
    for (let attempt = 0; attempt < 60; attempt++) {
      await writer.write();
      await sleep(500);
      if ((await this.#ask('count')).reached === settings.subscribers) {
        await this.#ask('report', { expected: [] });
        return;
      }
    }
    throw new Error('not every subscriber had an event after 60 writes');
  }

  /** Waits until `events` events per subscriber have arrived since the last report (at most a minute). */
  async waitFor(events) {
    const deadline = Date.now() + 60_000;
    while ((await this.#ask('count')).received < events * settings.subscribers && Date.now() < deadline) {
      await sleep(100);
    }
  }

  report(expected) {
    return this.#ask('report', { expected });
  }

  async stop() {
    const exited = new Promise(resolve => this.#child.once('exit', resolve));
    this.#child.send({ type: 'stop' });
    await exited;
  }

  #ask(type, body = {}) {
    return new Promise(resolve => {
      this.#pending.set(type, resolve);
      this.#child.send({ type, ...body });
    });
  }
}

/** One socket subscribed to every revision: the revision the store is at, as events carry it. */
class RevisionTap {
  #socket;
  last = 0;

  static async open(url) {
    const tap = new RevisionTap();
    tap.#socket = new WebSocket(url, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      tap.#socket.on('open', () => tap.#socket.send(JSON.stringify({ type: 'connection_init' })));
      tap.#socket.on('message', data => {
        const message = JSON.parse(data);
        if (message.type === 'connection_ack') {
          tap.#socket.send(JSON.stringify({ id: 't', type: 'subscribe', payload: { query: 'subscription { revisionChanged { revision } }' } }));
          resolve();
        } else if (message.type === 'next') {
          tap.last = Math.max(tap.last, message.payload.data.revisionChanged.revision);
        }
      });
      tap.#socket.on('error', reject);
    });
    return tap;
  }

  /** The revisions `count` writes made after the tap was at `before`. */
  static revisions(before, count) {
    return Array.from({ length: count }, (_, i) => before + i + 1);
  }

  close() {
    this.#socket.close(1000);
  }
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

function deliveryTable(runs) {
  return ['| subscribers | deliveries | p50 | p90 | p99 | max | missing | duplicates | out of order |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|']
    .concat(runs.flatMap(run => [[`${settings.subscribers}, ${run.mode} documents`, run.delivery], ...(run.deliveryUnderHttpLoad ? [[`${settings.subscribers}, ${run.mode}, beside the HTTP load`, run.deliveryUnderHttpLoad]] : [])])
      .map(([title, d]) => `| ${title} | ${d.deliveries} | ${ms(d.p50)} | ${ms(d.p90)} | ${ms(d.p99)} | ${ms(d.max)} | ${d.missing} | ${d.duplicates} | ${d.outOfOrder} |`))
    .join('\n');
}

/** Requests per second of two runs of a phase, as one number: their mean. */
const meanRate = (a, b) => (a.result.requests.average + b.result.requests.average) / 2;

function httpTable(phases) {
  const rows = [
    ['alone, before the subscribers', phases.aloneBefore],
    ['with writes, before', phases.withWritesBefore],
    [`with ${settings.subscribers} subscribers open`, phases.withSubscribers],
    [`with ${settings.subscribers} subscribers and writes`, phases.withSubscribersAndWrites],
    ['alone, after the subscribers left', phases.aloneAfter],
    ['with writes, after', phases.withWritesAfter],
  ];
  return ['| 2-hop query over HTTP | requests/s | p50 | p99 | API CPU per request |', '|---|---:|---:|---:|---:|']
    .concat(rows.map(([title, phase]) => `| ${title} | ${requestsPerSecond(phase.result)} | ${ms(phase.latency.p50)} | ${ms(phase.latency.p99)} | ${ms(cpuPerRequestMs(phase))} |`))
    .join('\n');
}

function report(r) {
  const [shared, distinct] = r.runs;
  const commandArgs = Object.entries(DEFAULTS).filter(([name, value]) => Number(options[name]) !== value).map(([name]) => ` --${name} ${options[name]}`).join('');
  return `# Live updates: commit-to-delivery latency at ${settings.subscribers} subscribers, and HTTP beside it

Run ${r.startedAt.toISOString()} on commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''}.

## Command

\`\`\`sh
npm --prefix bench ci && node bench/live-load.mjs${commandArgs}
\`\`\`

One API process (Release, Production environment, log level Warning, the seed graph in SQLite, no
Redis) on \`127.0.0.1\`. ${settings.subscribers} WebSocket subscribers (\`graphql-transport-ws\`, one connection each, in
one node process) subscribe to \`nodeChanged(ids: ["${NODE}"])\`; a writer updates that node through
GraphQL over HTTP with an editor key, one write at a time, ${settings.writeRate} writes/s. Latency runs from the
event's \`committedAt\` (stamped by the store inside the write's transaction, just before commit) to its
arrival in the subscriber process, on the same clock; ${settings.warmupWrites} writes after the subscribers attach warm the
delivery path up (the JIT compiles it) before anything is measured. **Shared**: every subscriber sends the same
document and variables, so one execution per event serves them all; **distinct**: each sends its own
variables, so each event is executed once per subscriber. The HTTP load is autocannon, ${settings.duration} s per
phase, ${settings.connections} connections, the 2-hop query of \`http-load.mjs\` (response cache on, as by default).

${machineSection({ loadBefore: r.loadBefore, loadAfter: r.loadAfter, maxLoad: settings.maxLoad, extraRows: [['API peak RSS', `${r.serverPeakRssMb.toFixed(0)} MB`], ['build / start to healthy', `${r.build.seconds.toFixed(1)} s / ${r.startup.seconds.toFixed(1)} s`]] })}

## Delivery: ${settings.writes} writes at ${settings.writeRate}/s

${deliveryTable(r.runs)}

Every subscriber got every revision of the burst once and in order when missing, duplicates and
out of order are 0. Goal: p99 under 100 ms at ${settings.subscribers} subscribers.

| | shared | distinct |
|---|---:|---:|
| API CPU per delivered event | ${ms(shared.serverCpuSeconds * 1000 / shared.delivery.deliveries)} | ${ms(distinct.serverCpuSeconds * 1000 / distinct.delivery.deliveries)} |
| subscriber process CPU per event | ${ms(shared.clientCpuSeconds * 1000 / shared.delivery.deliveries)} | ${ms(distinct.clientCpuSeconds * 1000 / distinct.delivery.deliveries)} |
| API resident memory before / after subscribing | ${shared.rssBefore.toFixed(0)} / ${shared.rssAfter.toFixed(0)} MB | ${distinct.rssBefore.toFixed(0)} / ${distinct.rssAfter.toFixed(0)} MB |
| memory per subscription (RSS growth ÷ subscribers) | ${shared.memoryPerSubscriptionKb.toFixed(1)} KB | ${distinct.memoryPerSubscriptionKb.toFixed(1)} KB |

## HTTP beside it

${httpTable(r.phases)}

Ratios measured in this run (goal: not lower than 0.9):

| | requests/s ratio |
|---|---:|
| with ${settings.subscribers} subscribers open ÷ alone (mean of before and after) | ${ratio(r.phases.withSubscribers.result.requests.average, meanRate(r.phases.aloneBefore, r.phases.aloneAfter), 3)} |
| with subscribers and writes ÷ with writes alone (mean of before and after) | ${ratio(r.phases.withSubscribersAndWrites.result.requests.average, meanRate(r.phases.withWritesBefore, r.phases.withWritesAfter), 3)} |

API CPU per request is the API process's CPU time during the phase divided by the HTTP requests
it served: in the phases with writes it includes the delivery of their events (and the writes),
so it says what the subscribers cost the server, apart from the CPU the subscriber process and
autocannon take from the same cores. The phases ran in the order of the table: without subscribers, with them, and without them again;
each phase with subscribers is compared with the mean of the two without, so a machine that got
busier or quieter meanwhile skews the ratio neither way. Writes move the revision, so cached
answers are recomputed after each: phases with writes are compared with each other. Raw numbers:
[\`${r.baseName}.json\`](${r.baseName}.json).
`;
}

await session.run(main, 'server and subscribers');
