// Pieces of the Markdown reports: the machine, the dataset, numbers and ratios.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchDir } from './common.mjs';

export function machine() {
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

/** The "Machine" section; `extraRows` are [label, value] pairs appended to its table. */
export function machineSection({ loadBefore, loadAfter, maxLoad, extraRows = [] }) {
  const m = machine();
  return `## Machine

| | |
|---|---|
| CPUs (nproc) | ${m.nproc} × ${m.cpu} |
| memory | ${m.memoryGiB} GiB |
| kernel | ${m.kernel} |
| .NET SDK / Node / autocannon | ${m.dotnet} / ${m.node} / ${m.autocannon} |
| load average at start of measurement (1, 5, 15 min) | ${loadBefore.loadAverage.map(x => x.toFixed(2)).join(', ')}${loadBefore.busy ? ` — **busy**: above ${maxLoad} after ${loadBefore.attempts} checks a minute apart` : ''} |
| load average at end | ${loadAfter.map(x => x.toFixed(2)).join(', ')} |
${extraRows.map(([label, value]) => `| ${label} | ${value} |`).join('\n')}`;
}

/** The "Dataset" section: generate and load times and counts; `timings` is the line on build and start-up times. */
export function datasetSection(mines, graph, timings) {
  const countsOf = output => output.split('\n').filter(line => /^\s{2,}\S/.test(line)).join('\n');
  return `## Dataset

\`seed generate --mines ${mines}\` (seed 1): ${graph.generate.seconds.toFixed(1)} s wall clock.
\`seed load\` into a fresh SQLite file: ${graph.load.seconds.toFixed(1)} s wall clock; the file is ${(graph.databaseBytes / 2 ** 20).toFixed(0)} MiB.
${timings}

\`\`\`
${graph.generate.output.trim().split('\n')[0]}
${graph.load.output.trim().split('\n')[0]}
${countsOf(graph.generate.output)}
\`\`\``;
}

export function ms(value) {
  if (!Number.isFinite(value)) {
    return 'n/a';
  }
  return `${value.toFixed(value < 1 ? 3 : value < 100 ? 1 : 0)} ms`;
}

export function ratio(numerator, denominator, digits) {
  const value = numerator / denominator;
  return Number.isFinite(value) && value > 0 ? value.toFixed(digits) : 'n/a';
}

export function requestsPerSecond(result) {
  return result.requests.average.toFixed(result.requests.average < 100 ? 1 : 0);
}

/** Server CPU time per request served, in milliseconds. */
export function cpuPerRequestMs(run) {
  return run.serverCpuSeconds / run.result.requests.total * 1000;
}
