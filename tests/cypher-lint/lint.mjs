// Lints Cypher statements with Neo4j's own parser and semantic analyser
// (@neo4j-cypher/language-support), against a schema derived from graph-schema/model.json.
//
// Input (stdin): JSON lines {"name": "...", "cypher": "...", "parameters": ["p0", ...]}.
// Output (stdout): one JSON line per statement {"name", "diagnostics": [{severity, message, line, column}]}.
// Usage: node tests/cypher-lint/lint.mjs [path/to/model.json] < statements.jsonl
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const modelPath = process.argv[2] ?? fileURLToPath(new URL('../../graph-schema/model.json', import.meta.url));
const model = JSON.parse(readFileSync(modelPath, 'utf8'));

// Properties every node and relationship has besides those listed per label and type (see GraphModel.cs),
// and the relationship key the Neo4j adapter stores on every relationship.
const commonProperties = ['id', 'name', 'aliases', 'sources', 'key'];
const propertyKeys = new Set(commonProperties);
for (const owner of [...model.labels, ...model.relationships]) {
  for (const property of owner.properties) propertyKeys.add(property.name);
}

// The store's own nodes, outside the model: the graph revision (Neo4jSchema.RevisionLabel) and
// the change log's entries (Neo4jSchema.ChangeLabel).
const storeLabels = ['GraphRevision', 'GraphChange'];
propertyKeys.add('revision');
propertyKeys.add('changeSet');

const graphSchema = model.relationships.flatMap((relationship) =>
  relationship.from.flatMap((from) => relationship.to.map((to) => ({ from, to, relType: relationship.type }))));

const procedure = (name, signature, args, returns, mode) => ({
  name,
  description: name,
  mode,
  worksOnSystem: false,
  signature,
  admin: false,
  option: { deprecated: false },
  argumentDescription: args.map(([argName, type, defaultValue]) => ({ name: argName, description: argName, type, isDeprecated: false, ...(defaultValue ? { default: defaultValue } : {}) })),
  returnDescription: returns.map(([returnName, type]) => ({ name: returnName, description: returnName, type, isDeprecated: false })),
});

// Only the procedures the adapter calls; any other procedure is reported as unknown.
const procedures = {
  'db.index.fulltext.queryNodes': procedure('db.index.fulltext.queryNodes',
    'db.index.fulltext.queryNodes(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)',
    [['indexName', 'STRING'], ['queryString', 'STRING'], ['options', 'MAP', 'DefaultParameterValue{value={}, type=MAP}']],
    [['node', 'NODE'], ['score', 'FLOAT']], 'READ'),
  'db.awaitIndexes': procedure('db.awaitIndexes',
    'db.awaitIndexes(timeOutSeconds = 300 :: INTEGER)',
    [['timeOutSeconds', 'INTEGER', 'DefaultParameterValue{value=300, type=INTEGER}']], [], 'READ'),
};

const baseSchema = {
  labels: [...model.labels.map((label) => label.name), ...storeLabels],
  relationshipTypes: model.relationships.map((relationship) => relationship.type),
  propertyKeys: [...propertyKeys],
  graphSchema,
  procedures: { 'CYPHER 5': procedures },
  defaultLanguage: 'CYPHER 5',
};

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim().length === 0) continue;
  const { name, cypher, parameters = [] } = JSON.parse(line);
  const schema = { ...baseSchema, parameters: Object.fromEntries(parameters.map((parameter) => [parameter, null])) };
  const { diagnostics } = lintCypherQuery(cypher, schema);
  process.stdout.write(JSON.stringify({
    name,
    diagnostics: diagnostics.map((diagnostic) => ({
      severity: severities[diagnostic.severity] ?? String(diagnostic.severity),
      message: diagnostic.message,
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
    })),
  }) + '\n');
}
