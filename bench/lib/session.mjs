// One benchmark run's resources: its temporary folder and the processes it started, released on
// success, failure and Ctrl+C alike.

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { log } from './common.mjs';

export class BenchSession {
  #servers = [];
  #tempDir;
  #keepData;

  constructor(keepData) {
    this.#keepData = keepData;
  }

  async createTempDir() {
    this.#tempDir = await mkdtemp(path.join(os.tmpdir(), 'mineralgraph-bench-'));
    return this.#tempDir;
  }

  /** Stops `server` at the end of the run, in the reverse order of starting. */
  track(server) {
    this.#servers.push(server);
    return server;
  }

  async stopServers() {
    for (const server of [...this.#servers].reverse()) {
      await server.stop();
    }
  }

  async cleanUp() {
    await this.stopServers();
    if (this.#tempDir && !this.#keepData) {
      await rm(this.#tempDir, { recursive: true, force: true });
      this.#tempDir = undefined;
    } else if (this.#tempDir) {
      log(`kept ${this.#tempDir} (--keep-data)`);
    }
  }

  /** Runs `main`, reports its error, and always cleans up; Ctrl+C cleans up and exits with 130. */
  async run(main, what) {
    process.once('SIGINT', () => {
      console.error(`bench: interrupted; stopping the ${what} and removing temporary files`);
      this.cleanUp().finally(() => process.exit(130));
    });
    try {
      await main();
    } catch (error) {
      console.error(`bench: ${error.message}`);
      process.exitCode = 1;
    } finally {
      await this.cleanUp();
    }
  }
}
