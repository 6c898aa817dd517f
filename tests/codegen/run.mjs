// What a frontend team does on day one, against a running API: generate typed operations from its
// URL with graphql-codegen's client preset, compile them with tsc --strict, then run Apollo Client
// and graphql-request with them. Each step's output is printed; the first failure stops the run.
//
//   npm ci --prefix tests/codegen
//   node tests/codegen/run.mjs http://127.0.0.1:5080/graphql

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const url = process.argv[2];
if (!url) {
  console.error('Usage: node tests/codegen/run.mjs <GraphQL endpoint URL>');
  process.exit(2);
}

const folder = dirname(fileURLToPath(import.meta.url));
rmSync(join(folder, 'src', 'gql'), { recursive: true, force: true });
rmSync(join(folder, 'dist'), { recursive: true, force: true });

const steps = [
  ['graphql-codegen', ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.mjs']],
  ['tsc --strict', ['node_modules/typescript/bin/tsc', '--project', 'tsconfig.json', '--strict']],
  ['clients', ['dist/clients.js', url]],
];
for (const [name, args] of steps) {
  const step = spawnSync(process.execPath, args, {
    cwd: folder,
    env: { ...process.env, MINERALGRAPH_GRAPHQL_URL: url },
    encoding: 'utf8',
    timeout: 120_000,
  });
  console.log(`== ${name}\n${step.stdout}${step.stderr}`);
  if (step.status !== 0) {
    console.log(`step failed: ${name} (exit ${step.status ?? step.signal})`);
    process.exit(1);
  }
}
console.log('step passed: all');
