// A child process of live-load.mjs: N WebSocket subscribers speaking graphql-transport-ws (with
// the `ws` library and the protocol's few messages, so the client stays as light as it can on the
// machine it shares with the server), each subscribed to changes of one node. It records, for
// every event, the time from the write's commit (the event's committedAt) to its arrival, and
// checks that each subscriber gets every revision once and in order.
//
// Started with fork(path, [url, count, mode]); mode "shared" gives every subscriber the same
// document, "distinct" gives each its own variables (so no two share an execution).
// IPC: sends {type: 'ready'} once every socket is acknowledged and has sent its subscription;
// on {type: 'count'} replies {type: 'count', received, reached} (events since the last report, and
// subscribers that got at least one); on {type: 'report', expected: [revisions]} replies
// {type: 'report', ...} and forgets what it measured; on {type: 'stop'} closes every socket and exits.

import WebSocket from 'ws';

const [url, countText, mode, nodeId] = process.argv.slice(2);
const count = Number(countText);
const QUERY = 'subscription($ids: [ID!]) { nodeChanged(ids: $ids) { revision committedAt kind id node { name ... on Country { region } } } }';

const NEXT_PREFIX = '{"id":"1","type":"next"';
const subscribers = [];
let latencies = [];

/** Milliseconds since the epoch, to the microsecond, of an ISO 8601 UTC time with up to 7 decimals. */
function epochMs(iso) {
  const dot = iso.indexOf('.');
  const whole = Date.parse(dot < 0 ? iso : iso.slice(0, dot) + 'Z');
  const fraction = dot < 0 ? 0 : Number('0.' + iso.slice(dot + 1).replace('Z', ''));
  return whole + fraction * 1000;
}

const now = () => performance.timeOrigin + performance.now();

function open(index) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    const subscriber = { socket, revisions: [] };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', data => {
      const arrived = now();
      const text = data.toString();
      if (text.startsWith(NEXT_PREFIX)) {
        // Most messages are events: read the two fields the measurement needs without parsing the whole payload.
        const revision = Number(/"revision":(\d+)/.exec(text)[1]);
        const committedAt = /"committedAt":"([^"]+)"/.exec(text)[1];
        subscriber.revisions.push(revision);
        latencies.push(arrived - epochMs(committedAt));
        return;
      }
      const message = JSON.parse(text);
      if (message.type === 'connection_ack') {
        const ids = mode === 'distinct' ? [nodeId, `country:bench-${index}`] : [nodeId];
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { ids } } }));
        resolve(subscriber);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'error') {
        reject(new Error(`subscriber ${index}: ${JSON.stringify(message.payload)}`));
      }
    });
    socket.on('error', reject);
    socket.on('close', (code, reason) => {
      if (code !== 1000) {
        process.send({ type: 'closed', index, code, reason: reason.toString() });
      }
    });
    subscribers.push(subscriber);
  });
}

for (let start = 0; start < count; start += 50) {
  await Promise.all(Array.from({ length: Math.min(50, count - start) }, (_, i) => open(start + i)));
}
process.send({ type: 'ready' });

process.on('message', message => {
  if (message.type === 'count') {
    process.send({ type: 'count', received: latencies.length, reached: subscribers.filter(s => s.revisions.length > 0).length });
  } else if (message.type === 'report') {
    const expected = message.expected;
    let missing = 0;
    let duplicates = 0;
    let outOfOrder = 0;
    for (const subscriber of subscribers) {
      const seen = new Set(subscriber.revisions);
      duplicates += subscriber.revisions.length - seen.size;
      missing += expected.filter(revision => !seen.has(revision)).length;
      outOfOrder += subscriber.revisions.filter((revision, i) => i > 0 && revision <= subscriber.revisions[i - 1]).length;
      subscriber.revisions = [];
    }
    const sorted = Float64Array.from(latencies).sort();
    const at = p => sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
    process.send({ type: 'report', deliveries: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: at(100), missing, duplicates, outOfOrder });
    latencies = [];
  } else if (message.type === 'stop') {
    for (const { socket } of subscribers) {
      socket.close(1000);
    }
    setTimeout(() => process.exit(0), 500);
  }
});
