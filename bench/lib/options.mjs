// The command-line options every load script takes, and the command line that reproduces a run.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchDir } from './common.mjs';

export const LOAD_DEFAULTS = { mines: 100000, duration: 30, warmup: 5, connections: 4 };

const LOAD_OPTIONS = {
  mines: { type: 'string', default: String(LOAD_DEFAULTS.mines) },
  duration: { type: 'string', default: String(LOAD_DEFAULTS.duration) },
  warmup: { type: 'string', default: String(LOAD_DEFAULTS.warmup) },
  connections: { type: 'string', default: String(LOAD_DEFAULTS.connections) },
  'max-requests': { type: 'string', default: '2000000' },
  'max-load': { type: 'string', default: '1.5' },
  'load-retries': { type: 'string', default: '3' },
  results: { type: 'string', default: path.join(benchDir, 'results') },
  'keep-data': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
};

/**
 * Parses the shared options plus a script's own (boolean flags only); prints the usage and exits on --help.
 * Returns the settings, with each extra flag under its own name.
 */
export function parseLoadSettings(usage, extraFlags = []) {
  const extra = Object.fromEntries(extraFlags.map(name => [name, { type: 'boolean', default: false }]));
  const { values: options } = parseArgs({ options: { ...LOAD_OPTIONS, ...extra } });
  if (options.help) {
    console.log(usage);
    process.exit(0);
  }

  const positiveInt = name => {
    const value = Number(options[name]);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`--${name} needs a whole number of at least 1 (got '${options[name]}')`);
    }
    return value;
  };
  return {
    mines: positiveInt('mines'),
    duration: positiveInt('duration'),
    warmup: positiveInt('warmup'),
    connections: positiveInt('connections'),
    maxRequests: positiveInt('max-requests'),
    maxLoad: Number(options['max-load']),
    loadRetries: positiveInt('load-retries'),
    resultsDir: path.resolve(options.results),
    keepData: options['keep-data'],
    ...Object.fromEntries(extraFlags.map(name => [name, options[name]])),
  };
}

/** The command that reproduces a run: the script with every load option that differs from its default. */
export function commandLine(script, settings, flags = []) {
  const extra = Object.entries(LOAD_DEFAULTS)
    .filter(([key, value]) => settings[key] !== value)
    .map(([key]) => ` --${key} ${settings[key]}`)
    .join('');
  const flagText = flags.filter(name => settings[name]).map(name => ` --${name}`).join('');
  return `npm --prefix bench ci && node bench/${script}${extra}${flagText}`;
}
