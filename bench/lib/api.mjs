// Starting the API under test: the built dll on a free loopback port, against a given SQLite file.

import path from 'node:path';
import { freePort, host, log, repoDir, timed } from './common.mjs';
import { ServerProcess } from './processes.mjs';

/**
 * Starts the API (Production environment, log level Warning, start-up seeding off) with any extra
 * `--key value` settings, and waits for `GET /health`. Resolves with the process, its base URL and
 * the start-up time.
 */
export async function startApi(session, { apiDll, databasePath, name = 'API', settings = [] }) {
  const port = await freePort();
  const baseUrl = `http://${host}:${port}`;
  const args = [apiDll,
    '--Store:Sqlite:Path', databasePath,
    '--Store:SeedDirectory=',
    '--Urls', baseUrl,
    '--Logging:LogLevel:Default=Warning',
    ...settings];
  log(`starting the ${name} on ${baseUrl}`);
  const server = session.track(new ServerProcess(name, 'dotnet', args, path.join(repoDir, 'api', 'MineralGraph.Api')));
  const startup = await timed(() => server.waitForHttp(`${baseUrl}/health`));
  return { server, baseUrl, startup };
}
