// Closed-loop load with autocannon, exact latency percentiles, and the wait for a quiet machine.

import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { log } from './common.mjs';

export const REQUEST_TIMEOUT_S = 30;

/**
 * One autocannon run of `request` ({ method, path, headers, body }) against `baseUrl`, bounded by
 * duration and by a request count. Autocannon's own histogram keeps whole milliseconds, so the
 * latency of every 2xx response is also kept, in full precision.
 */
export async function runLoad(baseUrl, request, seconds, settings) {
  const latencies = [];
  const run = autocannon({
    url: baseUrl + request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
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

/**
 * A measured run against `server`: autocannon's result, exact percentiles, the server's CPU time
 * (and that of each process in `alsoWatch`, by name), then the wait until the server is idle again,
 * after `afterLoad` has stopped any other work the run caused.
 */
export async function measure(server, baseUrl, request, settings, alsoWatch = [], afterLoad = async () => {}) {
  const cpuBefore = server.cpuSeconds();
  const watchedBefore = alsoWatch.map(p => p.cpuSeconds());
  const { result, latencies } = await runLoad(baseUrl, request, settings.duration, settings);
  await afterLoad();
  const serverCpuSeconds = server.cpuSeconds() - cpuBefore;
  const watchedCpuSeconds = Object.fromEntries(alsoWatch.map((p, i) => [p.name, p.cpuSeconds() - watchedBefore[i]]));
  const latency = percentiles(latencies);
  const drainSeconds = await server.drain();
  return { serverCpuSeconds, watchedCpuSeconds, result, latency, drainSeconds };
}

/** Nearest-rank percentiles of the latencies, in milliseconds. */
export function percentiles(latencies) {
  const sorted = Float64Array.from(latencies).sort();
  const at = p => sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p90: at(90), p99: at(99), max: at(100), count: sorted.length };
}

/** Waits (a bounded number of times) for the 1-minute load average to drop under --max-load. */
export async function waitForQuietMachine(settings) {
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
