import { graphql } from './gql/index.js';

// What a frontend asks: the rare earths in atomic-number order, a page at a time.
export const RareEarths = graphql(`
  query RareEarths($first: Int!) {
    elements(
      where: { isRareEarth: { eq: true } }
      orderBy: { field: ATOMIC_NUMBER, direction: ASC }
      first: $first
    ) {
      totalCount
      nodes { id symbol name atomicNumber }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

// Any node by id, with an inline fragment on its type.
export const CompanyMines = graphql(`
  query CompanyMines($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      ... on Company { owns(first: 10) { edges { stakePct node { __typename ... on Node { id name } } } } }
    }
  }
`);
