// Queries the running API with the generated types through two clients a frontend team uses,
// Apollo Client and graphql-request, and fails on any answer that is not what the seed holds.
//
//   node dist/clients.js http://127.0.0.1:5080/graphql
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLClient } from 'graphql-request';
import assert from 'node:assert/strict';
import { CompanyMines, RareEarths } from './operations.js';

const url = process.argv[2];
assert.ok(url, 'Usage: node dist/clients.js <GraphQL endpoint URL>');

const apollo = new ApolloClient({
  link: new HttpLink({ uri: url }),
  cache: new InMemoryCache(),
  clientAwareness: { name: 'mineralgraph-codegen-test', version: '1.0.0' },
});
const apolloAnswer = await apollo.query({ query: RareEarths, variables: { first: 3 } });
const elements = apolloAnswer.data?.elements;
assert.ok(elements, `Apollo Client got no elements: ${JSON.stringify(apolloAnswer)}`);
// Typed: a symbol is a string, an atomic number a number, and an unknown field does not compile.
const symbols: string[] = elements.nodes.map((element) => element.symbol ?? '');
const atomicNumbers: number[] = elements.nodes.map((element) => element.atomicNumber ?? 0);
// @ts-expect-error: the generated type of an element has no field 'weight'.
assert.equal(elements.nodes[0]?.weight, undefined);
assert.deepEqual(symbols, ['Sc', 'Y', 'La']);
assert.deepEqual(atomicNumbers, [21, 39, 57]);
assert.equal(elements.pageInfo.hasNextPage, true);
console.log(`apollo-client: ${elements.totalCount} rare earths, first ${symbols.join(', ')}`);

const client = new GraphQLClient(url);
const company = await client.request(CompanyMines, { id: 'company:mp-materials' });
const node = company.node;
assert.ok(node && node.__typename === 'Company', `graphql-request got ${JSON.stringify(company)}`);
const mines = node.owns.edges.map((edge) => (edge.node.__typename === 'Mine' ? edge.node.name : null)).filter((name): name is string => name !== null);
assert.ok(mines.includes('Mountain Pass'), `MP Materials should own Mountain Pass; it owns ${JSON.stringify(node.owns.edges)}`);
console.log(`graphql-request: ${node.name} owns ${mines.join(', ')}`);
