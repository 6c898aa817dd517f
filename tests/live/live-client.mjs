// Drives MineralGraph's live transports with the real npm clients and reports what a frontend
// would see, one JSON object per line on stdout, for the test suite to assert on.
//
//   node tests/live/live-client.mjs ws  <url> <request.json>   graphql-ws client (graphql-transport-ws)
//   node tests/live/live-client.mjs sse <url> <request.json>   graphql-sse client (mode in the request)
//   node tests/live/live-client.mjs raw <url> <steps.json>     a bare WebSocket, for protocol errors clients never make
//
// request.json: {"apiKey"?, "single"?, "count", "operations": [{"query", "variables"?, "operationName"?, "extensions"?}]}
// Prints {"event":"connected"} once acknowledged, then for each operation (by index):
// {"op":i,"event":"next","payload":…} | {"op":i,"event":"error","errors":[…]} | {"op":i,"event":"complete"},
// and {"event":"closed","code":…,"reason":…} when the server closes the connection. Exits once
// `count` results have arrived, every operation has ended, or the connection closed.
//
// steps.json: {"protocol"?: subprotocol ('' for none), "steps": [{"send": <message object>} | {"sendText": "<raw text>"} | {"sendBinary": "<text>"} | {"wait": ms}]}
// Prints {"event":"message","message":…,"text":"<the frame as sent>"} for each message and {"event":"closed","code","reason"} at the end.
import { readFileSync } from 'node:fs';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [mode, url, file] = process.argv.slice(2);
const input = JSON.parse(readFileSync(file, 'utf8'));
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const deadline = setTimeout(() => { print({ event: 'timeout' }); process.exit(2); }, input.timeoutMs ?? 30000);

if (mode === 'raw') {
  // A client that asks for a subprotocol the server does not pick fails the handshake itself; '' asks for none.
  const socket = new WebSocket(url.replace(/^http/, 'ws'), input.protocol === '' ? undefined : input.protocol ?? 'graphql-transport-ws');
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  socket.on('message', (data) => print({ event: 'message', message: JSON.parse(data.toString()), text: data.toString() }));
  socket.on('unexpected-response', (_, response) => { print({ event: 'refused', status: response.statusCode }); process.exit(0); });
  await new Promise((resolve, reject) => { socket.on('open', resolve); socket.on('error', reject); });
  for (const step of input.steps) {
    if (socket.readyState !== WebSocket.OPEN) break;
    if (step.send) socket.send(JSON.stringify(step.send));
    if (step.sendText !== undefined) socket.send(step.sendText);
    if (step.sendBinary !== undefined) socket.send(Buffer.from(step.sendBinary), { binary: true });
    if (step.wait) await new Promise((resolve) => setTimeout(resolve, step.wait));
  }
  if (socket.readyState === WebSocket.OPEN) socket.close(1000);
  print({ event: 'closed', ...(await closed) });
  clearTimeout(deadline);
  process.exit(0);
}

let results = 0;
let ended = 0;
const finish = () => { clearTimeout(deadline); setTimeout(() => process.exit(0), 50); };
const onEnd = () => { if (++ended === input.operations.length) finish(); };
const closeEvent = (error) => error && typeof error.code === 'number' ? { event: 'closed', code: error.code, reason: error.reason } : null;

let client;
if (mode === 'ws') {
  client = createWsClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: input.apiKey ? { Authorization: `Bearer ${input.apiKey}` } : undefined,
    on: {
      connected: () => print({ event: 'connected' }),
      closed: (event) => print({ event: 'closed', code: event.code, reason: event.reason }),
    },
  });
} else {
  client = createSseClient({
    url,
    singleConnection: Boolean(input.single),
    retryAttempts: 0,
    headers: input.apiKey ? { Authorization: `Bearer ${input.apiKey}` } : {},
    on: { connected: () => print({ event: 'connected' }) },
  });
}

input.operations.forEach((operation, op) => {
  client.subscribe(operation, {
    next: (payload) => {
      print({ op, event: 'next', payload });
      if (++results === input.count) finish();
    },
    error: (error) => {
      if (Array.isArray(error)) print({ op, event: 'error', errors: error });
      else if (!closeEvent(error)) print({ op, event: 'failed', message: String(error?.message ?? error), status: error?.response?.status });
      onEnd();
    },
    complete: () => { print({ op, event: 'complete' }); onEnd(); },
  });
});
