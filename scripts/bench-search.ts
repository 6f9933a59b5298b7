/**
 * npm run bench:search [-- --no-write]
 *
 * The whole-dictionary search (lib/dictionary) in one process over the compiled lexicon: time per
 * query (median and 95th percentile over repeated runs) for hanzi, pinyin in every spelling,
 * initials, English and the costliest shapes (one letter, a common English word), and the memory
 * the search adds. Target: < 50 ms per query, server-side. Writes its section of
 * docs/benchmarks.md unless --no-write is given.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { machineLine, writeBenchmarkSection } from './bench-report';
import { ensureLexicon } from './build-lexicon';

const QUERIES = [
  'yinhang',
  'yin hang',
  'yin2hang2',
  'yínháng',
  'yh',
  'zg',
  'bank',
  'bank card',
  'water',
  'person',
  '银',
  '銀行',
  '中',
  'zhongguo',
  'hai',
  'huan',
  'shi',
  's',
  'y',
  'z',
  'chinese',
  'to go',
  'li3',
  'xiaomi',
];
const RUNS = 30;

const pct = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function main() {
  const write = !process.argv.includes('--no-write');
  if (!process.argv.includes('--measure')) {
    // Measured in a fresh process: checking the lexicon here reads the whole file, which would count.
    await ensureLexicon();
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', process.argv[1] ?? '', '--measure', ...process.argv.slice(2)],
      { stdio: 'inherit' },
    );
    return;
  }
  const { getDictionary } = await import('../lib/dictionary');
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const dictionary = await getDictionary();
  const loadMs = performance.now() - t0;
  const rssLoaded = process.memoryUsage().rss;
  // First query of each kind once (JIT, the syllable table), then the measured runs.
  for (const q of QUERIES) dictionary.search(q);
  const rows: { query: string; total: number; first: string; median: number; p95: number }[] = [];
  const all: number[] = [];
  for (const query of QUERIES) {
    const times: number[] = [];
    let result = dictionary.search(query);
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      result = dictionary.search(query, { limit: 50 });
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    rows.push({
      query,
      total: result.total,
      first: result.hits[0]?.word ?? '–',
      median: pct(times, 0.5),
      p95: pct(times, 0.95),
    });
  }
  all.sort((a, b) => a - b);
  const rssAfter = process.memoryUsage().rss;
  // What stays once the searches' garbage is collected (the script runs with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const rssCollected = process.memoryUsage().rss;
  const median = pct(all, 0.5);
  const p95 = pct(all, 0.95);
  const max = all[all.length - 1] ?? NaN;
  // The target is for the 95th percentile: on a shared machine a single run may wait for the CPU.
  const ok = p95 < 50;

  console.log(
    `dictionary loaded in ${loadMs.toFixed(0)} ms; rss ${mb(rssBefore)} → ${mb(rssLoaded)} MiB loaded → ${mb(rssAfter)} MiB after ${all.length} searches, ${mb(rssCollected)} MiB after a full GC`,
  );
  for (const r of rows)
    console.log(
      `${JSON.stringify(r.query).padEnd(14)} ${String(r.total).padStart(6)} hits, first ${r.first.padEnd(6)} median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`,
    );
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `all queries: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms (p95 < 50 ${ok ? '✓' : '✗'}); load average ${load}`,
  );

  if (write) {
    writeBenchmarkSection(
      'search',
      `## Dictionary search (\`npm run bench:search\`)

${machineLine()}

Every CC-CEDICT headword searched in one process (lib/dictionary over the lexicon's search sections),
${RUNS} runs per query, top 50 with the total count. Target: < 50 ms server-side.

| query | hits | first | median | p95 |
| --- | ---: | --- | ---: | ---: |
${rows.map((r) => `| \`${r.query}\` | ${r.total} | ${r.first} | ${r.median.toFixed(2)} ms | ${r.p95.toFixed(2)} ms |`).join('\n')}

All queries: median ${median.toFixed(2)} ms, 95th percentile ${p95.toFixed(2)} ms (${ok ? '< 50 ms ✓' : '≥ 50 ms ✗'}), max ${max.toFixed(2)} ms;
load average during the run ${load} (on ${os.cpus().length} cores).
RSS: ${mb(rssBefore)} MiB before loading (code imported), ${mb(rssLoaded)} MiB with the lexicon loaded, ${mb(rssAfter)} MiB after
${all.length} searches, ${mb(rssCollected)} MiB once their garbage is collected.
`,
    );
  }
  if (!ok) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
