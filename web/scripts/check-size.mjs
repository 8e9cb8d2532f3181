// Fails the build when the JavaScript a first visit loads is over budget (issue 17: 200 KB gzipped). "First load" is
// what index.html pulls in: its module scripts and their static imports (modulepreload); lazy chunks (the chart, the
// Cognito client) load later and are reported apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
const dir = 'target/classes/web';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const firstLoad = new Set(
  [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]),
);
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1) + ' KB';
let total = 0;
for (const file of firstLoad) total += gz(file);
const lazy = readdirSync(join(dir, 'assets'))
  .filter((name) => name.endsWith('.js') && !firstLoad.has('assets/' + name))
  .map((name) => `${name} ${kb(gz('assets/' + name))}`);
console.log(`JavaScript at first load: ${kb(total)} gzipped (budget ${kb(BUDGET)}) in ${firstLoad.size} file(s)`);
if (lazy.length) console.log(`loaded later: ${lazy.join(', ')}`);
if (firstLoad.size === 0) {
  console.error('no script found in index.html');
  process.exit(1);
}
if (total > BUDGET) {
  console.error(`over budget by ${kb(total - BUDGET)}`);
  process.exit(1);
}
