// The dashboard's first download: the entry script and every script it preloads, gzipped.
// Prints the figure and fails above the budget (400 kB), so lazy loading cannot silently regress.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 400;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
].map((m) => m[1]);
let total = 0;
for (const src of new Set(scripts)) {
  const size = gzipSync(readFileSync(join(dist, src))).length;
  total += size;
  console.log(`  ${src}  ${(size / 1024).toFixed(1)} kB gz`);
}
const kb = total / 1024;
console.log(`initial JavaScript: ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB), ${scripts.length} file(s)`);
if (!scripts.length) {
  console.error('no entry script found in dist/index.html');
  process.exit(1);
}
if (kb > BUDGET_KB) process.exit(1);
