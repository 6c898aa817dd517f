// The synthetic graph: `seed generate` into a temporary folder, `seed load` into a fresh SQLite file there.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { log, run, timed } from './common.mjs';

/** Builds the projects (paths relative to the repository root) in Release, one after the other. */
export function buildReleases(projects) {
  return timed(async () => {
    for (const project of projects) {
      await run('dotnet', ['build', project, '-c', 'Release', '-nologo', '-v', 'q']);
    }
  });
}

/** Generates `mines` mines (seed 1) into `tempDir`/synthetic and loads them into `tempDir`/bench.db, timing both. */
export async function prepareGraph(seedDll, mines, tempDir) {
  const datasetDir = path.join(tempDir, 'synthetic');
  const databasePath = path.join(tempDir, 'bench.db');
  log(`generating ${mines} mines into ${datasetDir}`);
  const generate = await timed(() => run('dotnet', [seedDll, 'generate', '--mines', String(mines), '--out', datasetDir]));
  log(`loading into ${databasePath}`);
  const load = await timed(() => run('dotnet', [seedDll, 'load', datasetDir, '--database', databasePath, '--skip-integrity-checks']));
  const databaseBytes = (await stat(databasePath)).size;
  return { databasePath, generate, load, databaseBytes };
}
