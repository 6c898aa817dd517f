// Long-running processes under test (the API, redis-server, the ceiling app): start, wait until
// ready, read their CPU time and memory from /proc, wait until idle, stop.

import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 120_000;
const DRAIN_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

export class ServerProcess {
  #child;
  #output = [];

  constructor(name, command, args, cwd) {
    this.name = name;
    this.#child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child.stdout.on('data', chunk => this.#output.push(chunk.toString()));
    this.#child.stderr.on('data', chunk => this.#output.push(chunk.toString()));
    this.#child.on('error', error => this.#output.push(`${error.message}\n`));
  }

  get pid() {
    return this.#child.pid;
  }

  get running() {
    return this.#child.exitCode === null && this.#child.signalCode === null;
  }

  output() {
    return this.#output.join('');
  }

  /** Polls `probe` (true once ready; a throw counts as not yet) until it passes, the process exits, or READY_TIMEOUT_MS. */
  async waitUntilReady(probe, description) {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.running) {
        throw new Error(`the ${this.name} exited with code ${this.#child.exitCode} before it was healthy:\n${this.output()}`);
      }
      try {
        if (await probe()) {
          return;
        }
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    throw new Error(`${description} within ${READY_TIMEOUT_MS / 1000} s:\n${this.output()}`);
  }

  /** Waits until `GET url` answers 2xx. */
  waitForHttp(url) {
    return this.waitUntilReady(
      async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok,
      `GET ${url} did not answer 200`);
  }

  /** User + system CPU seconds of the process, from /proc (Linux). */
  cpuSeconds() {
    return cpuSeconds(this.pid);
  }

  /** Peak resident memory in MB, from /proc (Linux). */
  peakRssMb() {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
      return kb / 1024;
    } catch {
      return Number.NaN;
    }
  }

  /**
   * Autocannon stops at its deadline without waiting for the requests in flight, and the server
   * finishes them: wait until the server is idle (under 5% of a core for a second, at most
   * DRAIN_TIMEOUT_MS) so one run's leftovers never count against the next. Returns the seconds waited.
   */
  async drain() {
    const start = Date.now();
    while (Date.now() - start < DRAIN_TIMEOUT_MS) {
      const before = this.cpuSeconds();
      await sleep(1_000);
      if (this.cpuSeconds() - before < 0.05) {
        break;
      }
    }
    return (Date.now() - start) / 1000;
  }

  async stop() {
    if (!this.running) {
      return;
    }
    const exited = new Promise(resolve => this.#child.once('exit', resolve));
    this.#child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      this.#child.kill('SIGKILL');
      await exited;
    }
  }
}

function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
