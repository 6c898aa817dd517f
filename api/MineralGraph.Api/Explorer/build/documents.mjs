// The explorer's GraphQL documents: the hand-written ones in documents/ and those generated from
// the graph model and the printed schema (a neighbourhood query per label, the properties of every
// node and relationship type), each completed with the fragments it spreads, validated against the
// schema and printed in graphql-js's canonical form, which is the text the manifest trusts.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Kind, buildSchema, getNamedType, isEnumType, isLeafType, isObjectType, parse, print, validate, visit,
} from 'graphql';

// How many neighbours of one relationship type a page of the graph asks for is a variable; the
// API bounds it (GraphQL:Limits:MaxPageSize).
const neighbourhoodVariables = '$id: ID!, $first: Int!, $after: String';

/** Reads the schema and the model, and returns every document with its id, plus what the page needs to know of the model. */
export function buildDocuments({ schemaPath, modelPath, documentsDirectory }) {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  const model = JSON.parse(readFileSync(modelPath, 'utf8'));

  const generated = [
    nodePropertiesFragment(schema, model),
    relationshipPropertiesFragment(schema),
    ...model.labels.map((label) => neighbourhoodOperation(schema, model, label.name)),
  ].join('\n');
  const handWritten = readdirSync(documentsDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(documentsDirectory, file), 'utf8'))
    .join('\n');

  const definitions = parse(`${handWritten}\n${generated}`).definitions;
  const fragments = new Map(definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const operations = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  const documents = {};
  const problems = [];
  for (const operation of operations) {
    const name = operation.name?.value;
    if (!name) {
      problems.push(`an operation has no name:\n${print(operation)}`);
      continue;
    }
    if (documents[name]) {
      problems.push(`two operations are named ${name}`);
      continue;
    }
    const document = { kind: Kind.DOCUMENT, definitions: [operation, ...spreadFragments(operation, fragments)] };
    const errors = validate(schema, document);
    if (errors.length > 0) {
      problems.push(`${name} does not validate against the schema: ${errors.map((e) => e.message).join(' ')}`);
      continue;
    }
    const text = print(document);
    documents[name] = { id: createHash('sha256').update(text, 'utf8').digest('hex'), text };
  }
  if (problems.length > 0) {
    throw new Error(`The explorer's GraphQL documents do not fit the schema ${schemaPath}; adjust them in documents/ or build/documents.mjs:\n- ${problems.join('\n- ')}`);
  }

  return { documents, model: pageModel(model, schema) };
}

/** The fragments an operation spreads, directly or through other fragments, in name order. */
function spreadFragments(operation, fragments) {
  const needed = new Map();
  const pending = [operation];
  while (pending.length > 0) {
    visit(pending.pop(), {
      FragmentSpread(node) {
        const name = node.name.value;
        if (!needed.has(name)) {
          const fragment = fragments.get(name);
          if (!fragment) {
            throw new Error(`The fragment ${name} is spread but defined nowhere in documents/.`);
          }
          needed.set(name, fragment);
          pending.push(fragment);
        }
      },
    });
  }
  return [...needed.keys()].sort().map((name) => needed.get(name));
}

/** The leaf fields of a type (scalars and enums), but those named. */
function leafFields(type, except) {
  return Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !except.includes(field.name) && field.args.length === 0)
    .map((field) => field.name);
}

function objectType(schema, name) {
  const type = schema.getType(name);
  if (!isObjectType(type)) {
    throw new Error(`The schema has no object type ${name}, which the model names.`);
  }
  return type;
}

/**
 * Every property of every label, for the details panel: the model's labels are the schema's node types.
 * The same property may be required on one label and optional on another; GraphQL cannot merge
 * such fields under one name, so those after the first form get an alias, `<name>__<n>`, which
 * the page reads back as `<name>`.
 */
function nodePropertiesFragment(schema, model) {
  return propertiesFragment('NodeProperties', 'Node', model.labels.map((label) => objectType(schema, label.name)), ['id', 'name']);
}

/** The properties of every relationship type, for paths and chains: each type implements the Relationship interface. */
function relationshipPropertiesFragment(schema) {
  return propertiesFragment('RelationshipProperties', 'Relationship', schema.getPossibleTypes(schema.getType('Relationship')), ['key', 'type']);
}

function propertiesFragment(name, on, types, except) {
  const forms = new Map();
  const alias = (field) => {
    const form = String(field.type);
    const known = forms.get(field.name) ?? [];
    forms.set(field.name, known.includes(form) ? known : [...known, form]);
    const index = forms.get(field.name).indexOf(form);
    return index === 0 ? field.name : `${field.name}__${index}: ${field.name}`;
  };
  const parts = types.map((type) => {
    const fields = leafFields(type, except).map((field) => alias(type.getFields()[field]));
    return fields.length > 0 ? `... on ${type.name} { ${fields.join(' ')} }` : '';
  });
  return `fragment ${name} on ${on} { ${parts.join(' ')} }`;
}

/** The relationship fields of a label, both directions, as the model names them. */
function relationshipFields(model, label) {
  const fields = [];
  for (const relationship of model.relationships) {
    if (relationship.from.includes(label)) {
      fields.push({ field: relationship.out, type: relationship.type, direction: 'out', other: relationship.to });
    }
    if (relationship.to.includes(label)) {
      fields.push({ field: relationship.in, type: relationship.type, direction: 'in', other: relationship.from });
    }
  }
  return fields;
}

/**
 * One query per label: every relationship of the node, a page of each, with the page's total, its
 * edges' properties and sources, and the neighbour's label and name. Each relationship field can
 * be left out (`$<field>: false`), so the same document pages one relationship type further.
 */
function neighbourhoodOperation(schema, model, label) {
  const type = objectType(schema, label);
  const fields = relationshipFields(model, label);
  if (fields.length === 0) {
    return `query ${label}Neighbourhood($id: ID!) { node(id: $id) { ...NodeRef } }`;
  }
  const variables = [neighbourhoodVariables, ...fields.map(({ field }) => `$${field}: Boolean = true`)].join(', ');
  const selections = fields.map(({ field }) => {
    const connection = type.getFields()[field];
    if (!connection) {
      throw new Error(`The schema's ${label} has no field ${field}, which the model names.`);
    }
    const edge = getNamedType(getNamedType(connection.type).getFields().edges.type);
    const properties = leafFields(edge, ['cursor', 'key']);
    return `${field}(first: $first, after: $after) @include(if: $${field}) { totalCount pageInfo { hasNextPage endCursor } edges { key ${properties.join(' ')} sources { ...SourceFields } node { ...NodeRef } } }`;
  });
  return `query ${label}Neighbourhood(${variables}) { node(id: $id) { ...NodeRef ... on ${label} { ${selections.join(' ')} } } }`;
}

/**
 * What the page needs of the model: labels, relationship types, each label's relationship fields,
 * and the words of the enums by their GraphQL names: the model's (CARE_AND_MAINTENANCE is
 * 'care-and-maintenance', whichever form the API sends), then the schema's own (MINING is 'mining').
 */
function pageModel(model, schema) {
  const enumWords = {};
  for (const type of Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'))) {
    for (const value of type.getValues()) {
      enumWords[value.name] = value.name.toLowerCase();
    }
  }
  for (const owner of [...model.labels, ...model.relationships]) {
    for (const word of (owner.properties ?? []).flatMap((property) => property.enum ?? [])) {
      enumWords[word.toUpperCase().replace(/[^A-Z0-9]+/g, '_')] = word;
      enumWords[word] = word;
    }
  }
  return {
    enumWords,
    // The stages concentration takes, in the schema's order: the first is asked for when none is chosen.
    stages: getNamedType(schema.getQueryType().getFields().concentration.args.find((arg) => arg.name === 'stage').type).getValues().map((value) => value.name),
    labels: model.labels.map(({ name, description }) => ({ name, description })),
    relationshipTypes: model.relationships.map(({ type, description, from, to }) => ({ type, description, from, to })),
    neighbourhoods: Object.fromEntries(model.labels.map(({ name }) => [name, {
      operation: `${name}Neighbourhood`,
      fields: relationshipFields(model, name).map(({ field, type, direction }) => ({ field, type, direction })),
    }])),
  };
}
