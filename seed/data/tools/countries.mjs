#!/usr/bin/env node
// Regenerates ../nodes/Country.csv from the npm package `world-countries`
// (ISO 3166-1 entries with status "officially-assigned"), keeping the
// hand-curated aliases and extra sources listed in country-aliases.json and
// any aliases already present in the current Country.csv.
//
// Usage (from this folder):
//   node countries.mjs                 # uses an installed world-countries, or `npm pack`s it
//   node countries.mjs path/to/countries.json
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const PKG = 'world-countries';
const PKG_VERSION = '5.1.0';
const SOURCE_ID = 'source:npm-world-countries-5-1-0';
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'nodes', 'Country.csv');

function loadCountries() {
  if (process.argv[2]) return JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  try {
    const require = createRequire(import.meta.url);
    const pkgJson = require(`${PKG}/package.json`);
    if (pkgJson.version !== PKG_VERSION) console.warn(`warning: ${PKG} ${pkgJson.version} installed, script pinned to ${PKG_VERSION}`);
    return require(`${PKG}/countries.json`);
  } catch {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wc-'));
    execFileSync('npm', ['pack', `${PKG}@${PKG_VERSION}`, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
    execFileSync('tar', ['xzf', tgz], { cwd: dir });
    return JSON.parse(fs.readFileSync(path.join(dir, 'package', 'countries.json'), 'utf8'));
  }
}

// Minimal RFC 4180 reader/writer.
function parseCsv(text) {
  const rows = []; let row = []; let cell = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; }
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
const esc = (v) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const clean = (s) => s.replace(/;/g, ',').trim();

const curated = JSON.parse(fs.readFileSync(path.join(here, 'country-aliases.json'), 'utf8'));
const existing = new Map();
if (fs.existsSync(out)) {
  const rows = parseCsv(fs.readFileSync(out, 'utf8'));
  const hdr = rows.shift();
  const ai = hdr.indexOf('aliases:string[]');
  for (const r of rows) if (r[0]) existing.set(r[0], r[ai] ? r[ai].split(';') : []);
}

const countries = loadCountries()
  .filter((c) => c.status === 'officially-assigned')
  .sort((a, b) => a.cca2.localeCompare(b.cca2));
const header = ['id:ID', ':LABEL', 'name', 'aliases:string[]', 'sources:string[]', 'iso2', 'iso3', 'region'];
const lines = [header.join(',')];
for (const c of countries) {
  const id = `country:${c.cca2.toLowerCase()}`;
  const name = clean(c.name.common);
  const cur = curated[c.cca2] || {};
  const aliases = [];
  const add = (a) => { a = clean(a || ''); if (a && a !== name && !aliases.includes(a)) aliases.push(a); };
  add(c.name.official);
  (cur.aliases || []).forEach(add);
  (existing.get(id) || []).forEach(add);
  const sources = [SOURCE_ID, ...(cur.sources || []).filter((s) => s !== SOURCE_ID)];
  lines.push([id, 'Country', name, aliases.join(';'), sources.join(';'), c.cca2, c.cca3, c.region || ''].map(esc).join(','));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`wrote ${countries.length} countries to ${path.relative(process.cwd(), out)}`);
