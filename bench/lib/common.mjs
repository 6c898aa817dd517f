// Paths, logging and child commands shared by the benchmark scripts.

import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(benchDir, '..');
export const host = '127.0.0.1';

const STEP_TIMEOUT_MS = 20 * 60_000;

export function log(message) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/** Runs a command from the repository root; bounded by STEP_TIMEOUT_MS; rejects with its output on failure. */
export function run(command, args) {
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

export async function timed(action) {
  const start = process.hrtime.bigint();
  const output = await action();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, output };
}

/** The built assembly of a project (a path relative to the repository root), in Release. */
export async function targetPath(project) {
  const output = await run('dotnet', ['msbuild', project, '-getProperty:TargetPath', '-p:Configuration=Release']);
  return output.trim();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function git(args) {
  return execFileSync('git', args, { cwd: repoDir }).toString().trim();
}
