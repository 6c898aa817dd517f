// A throwaway redis-server for one run: loopback only, a free port, no persistence.

import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { freePort, host, log } from './common.mjs';
import { ServerProcess } from './processes.mjs';

const REDIS_SERVER = '/usr/bin/redis-server';
const COMMAND_TIMEOUT_MS = 5_000;

/** Starts redis-server with its working folder in `dir` and waits until it answers PING. */
export async function startRedis(session, dir) {
  const port = await freePort();
  const version = /v=(\S+)/.exec(execFileSync(REDIS_SERVER, ['--version']).toString())?.[1] ?? 'unknown';
  log(`starting redis-server ${version} on ${host}:${port}`);
  const server = session.track(new ServerProcess('redis-server', REDIS_SERVER, [
    '--bind', host, '--port', String(port), '--dir', dir,
    '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning',
  ], dir));
  await server.waitUntilReady(async () => (await redisCommand(port, 'PING')) === 'PONG', `redis-server on port ${port} did not answer PING`);
  return { server, port, version };
}

/** The fields of `INFO <section>` as an object of strings. */
export async function redisInfo(port, section) {
  const text = await redisCommand(port, `INFO ${section}`);
  return Object.fromEntries(text.split('\r\n')
    .filter(line => line.includes(':') && !line.startsWith('#'))
    .map(line => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]));
}

/** Sends one inline command and resolves with its simple-string or bulk-string reply. */
function redisCommand(port, command) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let reply = Buffer.alloc(0);
    socket.setTimeout(COMMAND_TIMEOUT_MS, () => socket.destroy(new Error(`redis-server did not answer '${command}' within ${COMMAND_TIMEOUT_MS / 1000} s`)));
    socket.once('error', reject);
    socket.on('data', chunk => {
      reply = Buffer.concat([reply, chunk]);
      const parsed = parseReply(reply);
      if (parsed !== undefined) {
        socket.end();
        if (parsed instanceof Error) {
          reject(parsed);
        } else {
          resolve(parsed);
        }
      }
    });
    socket.write(`${command}\r\n`);
  });
}

/** A complete RESP reply (simple string, error or bulk string), or undefined while incomplete. */
function parseReply(buffer) {
  const lineEnd = buffer.indexOf('\r\n');
  if (lineEnd < 0) {
    return undefined;
  }
  const line = buffer.subarray(1, lineEnd).toString();
  switch (String.fromCharCode(buffer[0])) {
    case '+':
      return line;
    case '-':
      return new Error(`redis-server answered: ${line}`);
    case '$': {
      const length = Number(line);
      const start = lineEnd + 2;
      return buffer.length >= start + length + 2 ? buffer.subarray(start, start + length).toString() : undefined;
    }
    default:
      return new Error(`redis-server answered an unexpected reply: ${buffer.toString().slice(0, 100)}`);
  }
}
