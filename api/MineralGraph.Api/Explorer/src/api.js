import { documentIds } from 'explorer:generated';

// The page's only way to the API: GraphQL over HTTP GET, each document named by its SHA-256
// (`documentId=sha256:…`, the GraphQL-over-HTTP persisted-documents appendix). The server holds
// the documents' text in its trusted manifest, so the page also runs where only trusted documents
// may (GraphQL:PersistedDocuments:Mode=TrustedOnly). Answers carry an ETag; sending it back as
// If-None-Match gets 304 when nothing changed, which is how the page revalidates what it shows.

let endpoint = '/graphql';

export function setEndpoint(path) {
  endpoint = path;
}

/** The API refused or failed a request; the messages say what to change. */
export class ApiError extends Error {
  constructor(messages, codes) {
    super(messages.join(' '));
    this.name = 'ApiError';
    this.codes = codes;
  }
}

/**
 * Runs one of the page's documents. Resolves to { data, etag } or, when `etag` still matches,
 * to { notModified: true, etag }. Rejects with ApiError (GraphQL errors, HTTP failures) or an
 * AbortError when `signal` aborts.
 */
export async function request(operation, variables = {}, { signal, etag } = {}) {
  const id = documentIds[operation];
  if (!id) {
    throw new Error(`The page has no document named ${operation}.`);
  }
  const url = new URL(endpoint, window.location.href);
  url.searchParams.set('documentId', `sha256:${id}`);
  url.searchParams.set('variables', JSON.stringify(variables));

  const headers = { accept: 'application/graphql-response+json, application/json;q=0.9' };
  if (etag) {
    headers['if-none-match'] = etag;
  }
  let response;
  try {
    // no-store: the page keeps answers and ETags itself, so it can tell a 304 from a new answer.
    response = await fetch(url, { headers, signal, cache: 'no-store', credentials: 'same-origin' });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(['The API could not be reached; check the connection and try again.'], ['NETWORK']);
  }
  if (response.status === 304) {
    return { notModified: true, etag };
  }

  let body = null;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    body = await response.json();
  }
  if (body?.errors?.length) {
    throw new ApiError(body.errors.map((error) => error.message), body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN'));
  }
  if (!response.ok || !body) {
    throw new ApiError([`The API answered ${response.status} ${response.statusText}.`], [`HTTP_${response.status}`]);
  }
  return { data: body.data, etag: response.headers.get('etag') };
}

export const isAbort = (error) => error?.name === 'AbortError';
