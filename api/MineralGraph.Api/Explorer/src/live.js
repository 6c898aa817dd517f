import { createClient } from 'graphql-ws';
import { documentIds } from 'explorer:generated';
import { request, isAbort } from './api.js';
import { announce } from './dom.js';

// Keeps what the page shows current. Each view watches the queries it draws from. While the
// page's WebSocket subscription to the graph's changes (graphql-ws on the GraphQL path) is open,
// every committed write makes the page ask its queries again, with their ETags; while it is not,
// they are asked again every half minute instead. They are also asked again whenever the page
// becomes visible. A view is redrawn only when its answer changed.

const pollInterval = 30_000;
// Writes often come in bursts; one revalidation follows the last of them.
const burstDelay = 300;
const watches = new Set();
let subscribed = false;

/**
 * Runs `operation` now and again on every revalidation while the watch lasts; calls onData with
 * each answer that differs from the last (with `changed` = true after the first), onError with an
 * ApiError. Returns { stop }: a stopped watch calls nothing again.
 */
export function watch(operation, variables, { onData, onError }) {
  const entry = { operation, variables, onData, onError, etag: null, text: null, controller: null, stopped: false };
  watches.add(entry);
  run(entry);
  return {
    stop() {
      entry.stopped = true;
      entry.controller?.abort();
      watches.delete(entry);
    },
  };
}

async function run(entry) {
  entry.controller?.abort();
  const controller = new AbortController();
  entry.controller = controller;
  try {
    const result = await request(entry.operation, entry.variables, { signal: controller.signal, etag: entry.etag });
    if (entry.stopped || result.notModified) {
      return;
    }
    entry.etag = result.etag;
    // Any write moves every ETag (they follow the store's revision), so the answer itself says whether this view changed.
    const text = JSON.stringify(result.data);
    if (text === entry.text) {
      return;
    }
    const changed = entry.text !== null;
    entry.text = text;
    entry.onData(result.data, { changed });
    if (changed) {
      announce('The graph changed; the view shows the new data.');
    }
  } catch (error) {
    if (!isAbort(error) && !entry.stopped) {
      entry.onError?.(error);
    }
  }
}

/** Asks every watched query again, with its ETag. */
export function revalidate() {
  for (const entry of watches) {
    if (entry.text !== null) {
      run(entry);
    }
  }
}

let burst;
const revalidateSoon = () => {
  clearTimeout(burst);
  burst = setTimeout(revalidate, burstDelay);
};

/** Subscribes to the graph's changes over graphql-ws at `endpoint`, and polls while that is not open. */
export function startLiveUpdates(endpoint, indicator) {
  const url = new URL(endpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const show = (isLive) => {
    subscribed = isLive;
    indicator.textContent = isLive ? 'Live' : 'Checking every 30 s';
    indicator.title = isLive ? 'Every change to the graph updates the page.' : 'The page asks again every 30 seconds.';
    indicator.classList.toggle('is-live', isLive);
  };
  show(false);

  const client = createClient({
    url: url.toString(),
    lazy: false,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      // After a reconnection the page may have missed changes: it asks again.
      connected: () => { show(true); revalidate(); },
      closed: () => show(false),
    },
  });
  // The document goes by its id, like every other; graphql-ws wants a query string, so it is empty.
  client.subscribe(
    { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: documentIds.GraphChanges } } },
    { next: revalidateSoon, error: () => show(false), complete: () => show(false) },
  );

  setInterval(() => {
    if (!subscribed && document.visibilityState === 'visible') {
      revalidate();
    }
  }, pollInterval);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      revalidate();
    }
  });
}
