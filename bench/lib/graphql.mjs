// The nested queries the benchmarks load, GraphQL-over-HTTP requests for them, and the check that
// every hop of an answer has data, so a load measures real work.

import { REQUEST_TIMEOUT_S } from './load.mjs';

export const TWO_HOP_QUERY = `{
  countries(first: 10) {
    nodes {
      name
      locationOf(first: 10, labels: [Mine]) {
        nodes {
          ... on Mine {
            name
            ownedBy(first: 5) { edges { stakePct node { name } } }
          }
        }
      }
    }
  }
}`;

// The 2-hop query and one hop more: each owner's headquarters (every generated company has one).
export const THREE_HOP_QUERY = `{
  countries(first: 10) {
    nodes {
      name
      locationOf(first: 10, labels: [Mine]) {
        nodes {
          ... on Mine {
            name
            ownedBy(first: 5) {
              edges {
                stakePct
                node { name ... on Company { headquarteredIn(first: 1) { nodes { name iso2 } } } }
              }
            }
          }
        }
      }
    }
  }
}`;

export const GRAPHQL_PATH = '/graphql';

export function postRequest(query, accept = 'application/json') {
  return {
    method: 'POST',
    path: GRAPHQL_PATH,
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  };
}

/** A GET with the document in the URL, the way frontends send queries they want cached. */
export function getRequest(query, accept = 'application/json') {
  return {
    method: 'GET',
    path: `${GRAPHQL_PATH}?${new URLSearchParams({ query })}`,
    headers: { accept },
  };
}

/** Sends one request; resolves with the status, the headers and the exact body bytes. */
export async function send(baseUrl, request) {
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000),
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** POSTs a query and parses the answer; rejects on a non-2xx status. */
export async function postQuery(baseUrl, query) {
  const request = postRequest(query);
  const { status, bytes } = await send(baseUrl, request);
  const text = bytes.toString('utf8');
  if (status < 200 || status > 299) {
    throw new Error(`POST ${baseUrl}${request.path} answered ${status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text);
}

/**
 * Counts what each hop of a 2-hop or 3-hop answer returned, and throws if a query returned errors
 * or any hop is empty for any parent.
 */
export function checkHops(name, body) {
  if (body.errors) {
    throw new Error(`the ${name} query returned errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  }
  const countries = body.data.countries.nodes;
  const mines = countries.flatMap(c => c.locationOf.nodes);
  const owners = mines.flatMap(m => m.ownedBy.edges);
  const headquarters = owners.filter(o => o.node.headquarteredIn).flatMap(o => o.node.headquarteredIn.nodes);
  const threeHops = owners.some(o => o.node.headquarteredIn);
  if (countries.length === 0
    || countries.some(c => c.locationOf.nodes.length === 0)
    || mines.some(m => m.ownedBy.edges.length === 0)
    || (threeHops && owners.some(o => !o.node.headquarteredIn || o.node.headquarteredIn.nodes.length === 0))) {
    throw new Error(`some hop of the ${name} query is empty: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return {
    countries: countries.length,
    mines: mines.length,
    owners: owners.length,
    ...(threeHops ? { headquarters: headquarters.length } : {}),
    responseBytes: Buffer.byteLength(JSON.stringify(body)),
    excerpt: JSON.stringify({ name: countries[0].name, firstMine: countries[0].locationOf.nodes[0] }),
  };
}
