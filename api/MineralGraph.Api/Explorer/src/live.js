import { request, isAbort } from './api.js';
import { announce } from './dom.js';

// Keeps what the page shows current. Each view watches the queries it draws from; they are asked
// again with their ETag every half minute while the page is visible and whenever it becomes
// visible again, and a view is redrawn only when its answer changed.

const refreshInterval = 30_000;
const watches = new Set();

/**
 * Runs `operation` now and again on every revalidation while the watch lasts; calls onData with
 * each answer that differs from the last (with `changed` = true after the first), onError with an
 * ApiError.
 * Returns { stop }: a stopped watch calls nothing again.
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

export function startRevalidation() {
  setInterval(() => {
    if (document.visibilityState === 'visible') {
      revalidate();
    }
  }, refreshInterval);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') {
      revalidate();
    }
  });
}
