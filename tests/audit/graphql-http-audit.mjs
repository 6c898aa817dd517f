// Runs every server audit of graphql-http (the GraphQL-over-HTTP spec's reference audit) against
// a running endpoint, prints each result and a summary, and exits non-zero on any error (a MUST
// not met) or warning (a SHOULD not met). Notices (a MAY not met) are printed and counted.
//
//   npm ci --prefix tests/audit
//   node tests/audit/graphql-http-audit.mjs http://127.0.0.1:5000/graphql

import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('Usage: node tests/audit/graphql-http-audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

// Audits run one at a time so a failure's output stays next to its name.
const results = [];
for (const audit of serverAudits({ url })) {
  results.push(await audit.fn());
}

const count = (status) => results.filter((result) => result.status === status).length;
for (const result of results) {
  const label = result.status.padEnd(6);
  if (result.status === 'ok') {
    console.log(`${label} ${result.id} ${result.name}`);
  } else {
    const body = await result.response.text().catch(() => '<unreadable body>');
    console.log(`${label} ${result.id} ${result.name}: ${result.reason} (HTTP ${result.response.status} ${body})`);
  }
}

const errors = count('error');
const warnings = count('warn');
console.log(`summary: ${count('ok')} passed, ${warnings} warnings, ${errors} errors, ${count('notice')} notices of ${results.length} audits`);
process.exit(errors + warnings === 0 ? 0 : 1);
