// Summarizes the TRX files `dotnet test --logger trx` wrote: every skipped test with its reason
// (grouped, since one reason often skips a whole suite), every failed test, and one closing line
// with the counts of the whole run.
//
//   node tests/test-summary.mjs tests/TestResults/run

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: node tests/test-summary.mjs <folder of .trx files>');
  process.exit(2);
}

const decode = (text) => text
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/&#(\d+);/g, (_, decimal) => String.fromCodePoint(Number(decimal)))
  .replace(/&amp;/g, '&');

const attribute = (tag, name) => {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decode(match[1]) : '';
};

const results = [];
for (const file of readdirSync(folder).filter((name) => name.endsWith('.trx'))) {
  const trx = readFileSync(join(folder, file), 'utf8');
  // A result is either self-closing or holds its output, where a skipped test's reason is the message.
  for (const match of trx.matchAll(/<UnitTestResult\b([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    const message = match[2]?.match(/<Message>([\s\S]*?)<\/Message>/);
    results.push({
      name: attribute(match[1], 'testName'),
      outcome: attribute(match[1], 'outcome'),
      message: message ? decode(message[1]).trim() : '',
    });
  }
}

const skipped = results.filter((result) => result.outcome === 'NotExecuted');
const failed = results.filter((result) => result.outcome === 'Failed');
const passed = results.filter((result) => result.outcome === 'Passed');

const byReason = new Map();
for (const test of skipped) {
  const reason = test.message || '(no reason given)';
  byReason.set(reason, [...(byReason.get(reason) ?? []), test]);
}

for (const [reason, tests] of byReason) {
  console.log(`Skipped ${tests.length} test${tests.length === 1 ? '' : 's'}: ${reason}`);
  for (const test of tests.slice(0, 3)) {
    console.log(`  ${test.name}`);
  }
  if (tests.length > 3) {
    console.log(`  … and ${tests.length - 3} more`);
  }
}

for (const test of failed) {
  console.log(`Failed ${test.name}`);
}

console.log(`tests: ${passed.length} passed, ${failed.length} failed, ${skipped.length} skipped`);
