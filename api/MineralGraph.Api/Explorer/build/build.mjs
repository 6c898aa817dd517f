// Builds the explorer page into one folder that the API serves from memory:
//   explorer.js, explorer.css   the page and its style sheet (imported by src/main.js), bundled and minified by esbuild
//   countries-110m.json         the world outline of the map (Natural Earth through world-atlas)
//   persisted-documents.json    every GraphQL document the page sends, by SHA-256 (the trusted manifest)
// The documents are validated against graph-schema/schema.graphql first, so a schema change that
// breaks one fails the build, naming it.
//
//   node build/build.mjs <output folder>

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildDocuments } from './documents.mjs';

const explorer = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repository = resolve(explorer, '../../..');
const output = process.argv[2];
if (!output) {
  console.error('Usage: node build/build.mjs <output folder>');
  process.exit(2);
}

let built;
try {
  built = buildDocuments({
    schemaPath: join(repository, 'graph-schema/schema.graphql'),
    modelPath: join(repository, 'graph-schema/model.json'),
    documentsDirectory: join(explorer, 'documents'),
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

mkdirSync(output, { recursive: true });
const manifest = Object.fromEntries(Object.values(built.documents).map(({ id, text }) => [id, text]));
writeFileSync(join(output, 'persisted-documents.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(explorer, 'node_modules/world-atlas/countries-110m.json'), join(output, 'countries-110m.json'));

// The page imports the documents' ids and the model's shape from this module; the documents' text
// stays on the server, which holds the manifest.
const generated = {
  name: 'explorer-generated',
  setup(build) {
    build.onResolve({ filter: /^explorer:generated$/ }, () => ({ path: 'generated', namespace: 'explorer' }));
    build.onLoad({ filter: /.*/, namespace: 'explorer' }, () => ({
      contents: [
        `export const documentIds = ${JSON.stringify(Object.fromEntries(Object.entries(built.documents).map(([name, { id }]) => [name, id])))};`,
        `export const model = ${JSON.stringify(built.model)};`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

await esbuild.build({
  entryPoints: { explorer: join(explorer, 'src/main.js') },
  outdir: output,
  entryNames: '[name]',
  bundle: true,
  minify: process.env.EXPLORER_DEBUG !== '1',
  sourcemap: process.env.EXPLORER_DEBUG === '1' ? 'inline' : false,
  format: 'iife',
  target: ['chrome120', 'firefox120', 'safari17'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [generated],
});
console.log(`Explorer built into ${output}: ${Object.keys(built.documents).length} trusted documents.`);
