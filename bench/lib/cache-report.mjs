// The Markdown report of bench/cache-load.mjs: results per query, method and server, and the ratios
// the issue asks for (cached ÷ ceiling, cached ÷ uncached).

import { cpuPerRequestMs, datasetSection, machineSection, ms, ratio, requestsPerSecond } from './report.mjs';

const GOAL = 0.5;
const REDIS = 'redis-server';

export function summaryTable(scenarios) {
  const lines = [
    '| query | method | server | requests/s | p50 | p90 | p99 | max | requests | errors | timeouts | non-2xx | server CPU / request | Redis CPU / request | bytes / response |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of scenarios) {
    const { result, latency } = s;
    const redisCpu = s.watchedCpuSeconds[REDIS] / result.requests.total * 1000;
    const bytes = result.throughput.total / result.requests.total;
    lines.push(`| ${s.query.title} | ${s.method} | ${s.target} | ${requestsPerSecond(result)} | ${ms(latency.p50)} | ${ms(latency.p90)} | ${ms(latency.p99)} | ${ms(latency.max)} | ${result.requests.total} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${ms(cpuPerRequestMs(s))} | ${ms(redisCpu)} | ${Number.isFinite(bytes) ? bytes.toFixed(0) : 'n/a'} |`);
  }
  return lines.join('\n');
}

function ratioTable(scenarios) {
  const lines = [
    `| query | method | requests/s cached ÷ ceiling | goal ≥ ${GOAL.toFixed(2)} | requests/s cached ÷ uncached | CPU / request cached ÷ ceiling | CPU / request uncached ÷ cached | p50 cached ÷ ceiling | p99 cached ÷ ceiling |`,
    '|---|---|---:|---|---:|---:|---:|---:|---:|',
  ];
  const groups = new Map();
  for (const s of scenarios) {
    const key = `${s.query.name} ${s.method}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const group of groups.values()) {
    const [ceiling, cached, uncached] = ['ceiling', 'cached', 'uncached'].map(target => group.find(s => s.target === target));
    const rps = s => s.result.requests.average;
    const vsCeiling = rps(cached) / rps(ceiling);
    lines.push(`| ${cached.query.title} | ${cached.method} | ${ratio(rps(cached), rps(ceiling), 3)} | ${vsCeiling >= GOAL ? 'met' : '**not met**'} | ${times(rps(cached), rps(uncached))} | ${times(cpuPerRequestMs(cached), cpuPerRequestMs(ceiling))} | ${times(cpuPerRequestMs(uncached), cpuPerRequestMs(cached))} | ${times(cached.latency.p50, ceiling.latency.p50)} | ${times(cached.latency.p99, ceiling.latency.p99)} |`);
  }
  return lines.join('\n');
}

/** A ratio with two significant digits or more: 0.52, 3.4, 87, 1,250. */
function times(numerator, denominator) {
  const value = numerator / denominator;
  return ratio(numerator, denominator, value < 1 ? 2 : value < 10 ? 1 : 0);
}

function checksSection(r) {
  return r.queries.map(query => {
    const c = r.checks[query.name];
    const hops = `${c.sample.countries} countries, ${c.sample.mines} mines, ${c.sample.owners} ownership edges` +
      (c.sample.headquarters === undefined ? '' : `, ${c.sample.headquarters} headquarters`);
    const after = r.afterLoad[query.name];
    return `- ${query.title}: ${hops}; ${c.bodyBytes} bytes of \`${c.contentType}\`, the same bytes from both APIs over GET
  and POST and from the ceiling. X-Cache from the cached API, first and second request: GET ${c.xCache.GET.map(header).join(' → ')},
  POST ${c.xCache.POST.map(header).join(' → ')}; after the load: GET ${header(after.GET)}, POST ${header(after.POST)}.
  The uncached API: ${header(c.uncachedXCache)}.`;
  }).join('\n');
}

function header(value) {
  return value === null || value === undefined ? '(no X-Cache header)' : `\`${value}\``;
}

export function renderCacheReport(r) {
  const { settings } = r;
  const unverified = !r.queries.every(q => {
    const { xCache } = r.checks[q.name];
    const after = r.afterLoad[q.name];
    return [xCache.GET[1], xCache.POST[1], after.GET, after.POST].every(h => h === 'HIT');
  });
  const idleCpu = Math.max(...r.scenarios.map(s => Object.entries(s.watchedCpuSeconds).filter(([name]) => name !== REDIS).reduce((sum, [, cpu]) => sum + cpu, 0)));
  const extraRows = [
    ['redis-server', r.redis.version],
    ...Object.entries(r.peakRssMb).map(([name, mb]) => [`${name} peak RSS`, `${mb.toFixed(0)} MB`]),
  ];
  const startups = [['cached API', r.cached.startup], ['uncached API', r.uncached.startup]]
    .map(([name, startup]) => `${name} ${startup.seconds.toFixed(1)} s`).join(', ');
  return `# Response cache: 2-hop and 3-hop queries, cached, uncached and the framework's ceiling, ${settings.mines.toLocaleString('en')} mines

Run ${r.startedAt.toISOString()} on commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''}.
${unverified ? `
**The cache was not verified**: the cached API did not answer \`X-Cache: HIT\` to a repeated query (see Checks); the
"cached" rows may measure an uncached server (\`--skip-cache-check\`).
` : ''}
## Command

\`\`\`sh
${r.command}
\`\`\`

Five processes ran through the whole measurement, all started before it and loaded one at a time, in the order
of the results table: redis-server (loopback, no persistence), the **cached** API
(\`--Cache:Redis=127.0.0.1:<port> --Cache:Debug=true --Cache:ResponseTtl=01:00:00\`) and the **uncached** API (\`--Cache:Enabled=false --Cache:Debug=true\`),
both on the same SQLite file, and one **ceiling** app per query (\`bench/Ceiling\`: a minimal ASP.NET Core endpoint
answering GET and POST \`/graphql\` with the exact bytes of the API's answer and its content type). Every process is a
Release build in the Production environment with log level Warning, on \`127.0.0.1\`. Each run lasted ${settings.duration} s with
${settings.connections} connections (pipelining 1, closed loop) after a ${settings.warmup} s warm-up of each; requests ask for
\`application/graphql-response+json\`; GET sends the document in the URL (\`/graphql?query=…\`), POST as a JSON body.
autocannon ran in the same machine.

${machineSection({ loadBefore: r.loadBefore, loadAfter: r.loadAfter, maxLoad: settings.maxLoad, extraRows })}

${datasetSection(settings.mines, r.graph, `(Release build beforehand: ${r.build.seconds.toFixed(1)} s; start to healthy: ${startups}.)`)}

## Queries

2-hop (countries → their mines → the mines' owners):

\`\`\`graphql
${r.queries[0].query}
\`\`\`

3-hop (the same, and each owner's headquarters country):

\`\`\`graphql
${r.queries[1].query}
\`\`\`

## Checks before the load

${checksSection(r)}

## Results

${summaryTable(r.scenarios)}

Ratios, measured in this run (the goal of issue 5: cached throughput at least half the ceiling's):

${ratioTable(r.scenarios)}

- Latencies are nearest-rank percentiles of every 2xx response's time (autocannon's own histogram, in whole
  milliseconds, is in the JSON); under a closed loop they include queueing, so compare requests/s and CPU per request.
- Server CPU is the loaded process's user + system time during the run divided by the requests served; Redis CPU is
  redis-server's, over the same requests. Bytes per response are autocannon's bytes read (headers and body) per request.
- While one server was loaded, the idle ones used at most ${idleCpu.toFixed(2)} s of CPU together in any run.
- After each run the script waited for the loaded server to finish the requests still in flight
  (${r.scenarios.map(s => `${s.name}: ${s.drainSeconds.toFixed(0)} s`).join(', ')}).
- redis-server at the end: ${r.redisStats.keyspace_hits ?? 'n/a'} keyspace hits, ${r.redisStats.keyspace_misses ?? 'n/a'} misses,
  ${r.redisStats.total_commands_processed ?? 'n/a'} commands, ${r.redisStats.used_memory_human ?? 'n/a'} used, keys: ${r.redisStats.db0 ?? 'none'}.

Raw autocannon results: [\`${r.baseName}.json\`](${r.baseName}.json).
`;
}
