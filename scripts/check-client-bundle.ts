/**
 * Client JavaScript budget of the article route, measured on the production build (`next build`
 * first). "Our own" JavaScript is what the article page loads beyond the framework's floor, taken
 * as the scripts of the smallest page we serve (the static 404 page, which has the same shell).
 * Fails when that exceeds the budget, or when any script of the article page carries the
 * annotation engine's server-only code or data (pinyin-pro, CC-CEDICT, OpenCC).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from '../lib/config/schema';
import { serverOnlyMarkers } from './server-only-markers';

const BUDGET_BYTES = 15 * 1024;
const BUILD = path.join(process.cwd(), distDir(process.env));
const PAGE = 'server/app/de/articles/xiaomi-2018.html';
const FLOOR_PAGE = 'server/app/_not-found.html';

function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(path.join(BUILD, htmlFile), 'utf8');
  return [...new Set([...html.matchAll(/<script[^>]+src="\/_next\/([^"]+\.js)"/g)].map((m) => m[1]!))];
}

const page = scriptsOf(PAGE);
const floor = new Set(scriptsOf(FLOOR_PAGE));
let own = 0;
let total = 0;
const problems: string[] = [];
console.log(`Client JavaScript of /de/articles/xiaomi-2018 (gzip):`);
for (const script of page) {
  const source = readFileSync(path.join(BUILD, script));
  const gz = gzipSync(source, { level: 9 }).length;
  total += gz;
  const isOwn = !floor.has(script);
  if (isOwn) own += gz;
  console.log(`  ${isOwn ? 'own  ' : 'floor'} ${(gz / 1024).toFixed(1).padStart(6)} KB  ${script}`);
  for (const marker of serverOnlyMarkers(source.toString('utf8'))) problems.push(`${script} contains ${marker}`);
}
console.log(
  `Total ${(total / 1024).toFixed(1)} KB; beyond the framework floor (our own): ${(own / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB budget.`,
);
if (own > BUDGET_BYTES)
  problems.push(`own client JavaScript ${(own / 1024).toFixed(1)} KB exceeds the ${BUDGET_BYTES / 1024} KB budget`);
if (page.length === 0) problems.push('no scripts found: is the build missing?');
if (problems.length) {
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  process.exit(1);
}
console.log('OK: within budget, no server-only engine code in the client bundle.');
