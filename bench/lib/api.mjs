// Starting the built ASP.NET Core apps under test (the API, the ceiling app) on free loopback ports.

import path from 'node:path';
import { freePort, host, log, repoDir, timed } from './common.mjs';
import { ServerProcess } from './processes.mjs';

/**
 * Starts `dotnet <dll>` with its `--key value` settings on a free loopback port, log level Warning,
 * and waits until `GET <readyPath>` answers. Resolves with the process, its base URL and the
 * start-up time.
 */
export async function startDotnetApp(session, { name, dll, cwd, settings, readyPath }) {
  const port = await freePort();
  const baseUrl = `http://${host}:${port}`;
  log(`starting the ${name} on ${baseUrl}`);
  const server = session.track(new ServerProcess(name, 'dotnet',
    [dll, '--Urls', baseUrl, '--Logging:LogLevel:Default=Warning', ...settings], cwd));
  const startup = await timed(() => server.waitForHttp(`${baseUrl}${readyPath}`));
  return { server, baseUrl, startup };
}

/** Starts the API (Production environment, start-up seeding off) on a given SQLite file, with any extra settings. */
export function startApi(session, { apiDll, databasePath, name = 'API', settings = [] }) {
  return startDotnetApp(session, {
    name,
    dll: apiDll,
    cwd: path.join(repoDir, 'api', 'MineralGraph.Api'),
    settings: ['--Store:Sqlite:Path', databasePath, '--Store:SeedDirectory=', ...settings],
    readyPath: '/health',
  });
}
