// graphql-codegen's client preset, as a frontend would configure it, pointed at the running
// API's URL (introspection) rather than at a schema file.
const schema = process.env.MINERALGRAPH_GRAPHQL_URL;
if (!schema) {
  throw new Error('Set MINERALGRAPH_GRAPHQL_URL to the API endpoint, e.g. http://127.0.0.1:5080/graphql');
}

export default {
  schema,
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  // Imports that say .js, as Node's ES modules (and tsc's NodeNext) require.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};
