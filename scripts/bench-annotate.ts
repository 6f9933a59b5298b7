/**
 * npm run bench:annotate [-- --no-write]
 *
 * Annotates 1 MiB (UTF-8) of mixed German/Chinese text and compares, in the same process and
 * on the same text, with pinyin-pro's raw pinyin(). Two texts, both generated deterministically
 * from the seed article and scripts/bench-data/zh-sentences.txt:
 *   - "article": whole Chinese sentences woven into the German article, as a reader would see
 *     them (sentences repeat, so the per-text run cache helps);
 *   - "shuffled": every Han run is a fresh combination of clauses, so nearly every run is new
 *     and the cache cannot help.
 * Writes its section of docs/benchmarks.md unless --no-write is given.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { machineLine, rng, writeBenchmarkSection } from './bench-report';

const root = new URL('../', import.meta.url);
const TARGET_BYTES = 1 << 20;
const RUNS = 15;

function pick<T>(items: readonly T[], r: () => number): T {
  const item = items[Math.floor(r() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

function read(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

const german = read('content/articles/xiaomi-2018.de.txt')
  .split('\n')
  .filter((l) => l.trim().length > 0);
const sentences = read('scripts/bench-data/zh-sentences.txt')
  .split('\n')
  .filter((l) => l.trim().length > 0);
const clauses = sentences.flatMap((s) => s.split(/[，。、；！？]/u)).filter((c) => c.length > 0);

function build(makeChinese: (r: () => number) => string, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const g = pick(german, r);
    const zh = makeChinese(r);
    const roll = r();
    // Standalone Chinese lines, Chinese in parentheses after German, and German lines alone.
    const part = roll < 0.35 ? `${g}\n${zh}\n` : roll < 0.7 ? `${g} (${zh})\n` : `${g}\n`;
    parts.push(part);
    bytes += Buffer.byteLength(part, 'utf8');
  }
  return parts.join('');
}

const texts = {
  article: build((r) => pick(sentences, r), 2018),
  shuffled: build((r) => {
    const n = 2 + Math.floor(r() * 3);
    const picked = Array.from({ length: n }, () => pick(clauses, r));
    return `${picked.join('')}。`;
  }, 2019),
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

const mb = (n: number) => (n / (1 << 20)).toFixed(0);

async function main(): Promise<void> {
  const rss0 = process.memoryUsage().rss;
  const { getAnnotator, dictionaryStats } = await import('../lib/annotate');
  const { findHanRuns } = await import('../lib/annotate/han');
  const t0 = performance.now();
  const annotator = await getAnnotator();
  const loadMs = performance.now() - t0;
  const rssLoaded = process.memoryUsage().rss;
  const { pinyin } = await import('pinyin-pro');
  const stats = dictionaryStats();

  const rows: string[] = [];
  const lines: string[] = [];
  for (const [name, text] of Object.entries(texts)) {
    const chars = Array.from(text).length;
    const runs = findHanRuns(text);
    const distinct = new Set(runs.map((x) => text.slice(x.start, x.end))).size;
    const hanChars = runs.reduce((n, x) => n + Array.from(text.slice(x.start, x.end)).length, 0);
    const t1 = performance.now();
    const first = annotator.annotate(text);
    const coldMs = performance.now() - t1;
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      annotator.annotate(text);
      ours.push(performance.now() - t);
      t = performance.now();
      pinyin(text);
      theirs.push(performance.now() - t);
    }
    const oursMs = median(ours);
    const theirsMs = median(theirs);
    const ratio = theirsMs / oursMs;
    const perSec = (ms: number) => Math.round(chars / (ms / 1000)).toLocaleString('en-US');
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
    rows.push(
      `| ${name} | ${Buffer.byteLength(text, 'utf8').toLocaleString('en-US')} | ${chars.toLocaleString('en-US')} | ` +
        `${hanChars.toLocaleString('en-US')} | ${runs.length.toLocaleString('en-US')} / ${distinct.toLocaleString('en-US')} | ` +
        `${coldMs.toFixed(0)} | ${oursMs.toFixed(0)} (${range(ours)}) | ${perSec(oursMs)} | ` +
        `${theirsMs.toFixed(0)} (${range(theirs)}) | ${perSec(theirsMs)} | **${ratio.toFixed(2)}** |`,
    );
    lines.push(
      `${name.padEnd(9)} ${chars} chars, ${first.segments.length} segments: ours ${perSec(oursMs)} chars/s ` +
        `(${oursMs.toFixed(0)} ms, cold ${coldMs.toFixed(0)} ms) | pinyin-pro pinyin() ${perSec(theirsMs)} chars/s ` +
        `(${theirsMs.toFixed(0)} ms) | ratio ${ratio.toFixed(2)} ${ratio >= 1 ? '≥ 1.0 ✓' : '< 1.0 ✗'}`,
    );
  }
  const rssAfter = process.memoryUsage().rss;

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`dictionary: ${stats?.entries} entries, ${stats?.headwords} headwords via ${stats?.path}`);
  console.log(
    `load (dictionary + pinyin-pro + opencc): ${loadMs.toFixed(0)} ms (read ${stats?.loadMs.toFixed(0)} ms, index ${stats?.indexMs.toFixed(0)} ms)`,
  );
  console.log(`rss: before ${mb(rss0)} MiB, after load ${mb(rssLoaded)} MiB, after benchmark ${mb(rssAfter)} MiB`);
  for (const l of lines) console.log(l);

  if (process.argv.includes('--no-write')) return;
  const md = `## Annotation engine vs. pinyin-pro (\`npm run bench:annotate\`)

${machineLine()} (${cpu}). Median of ${RUNS} runs after one cold run.

Both texts are 1 MiB of UTF-8, built deterministically from the seed article and
\`scripts/bench-data/zh-sentences.txt\`: German lines with Chinese sentences on their own lines or in
parentheses. *article* repeats whole sentences (as real articles repeat names); *shuffled* joins
random clauses so that nearly every Han run is new and the per-text run cache cannot help.
"pinyin-pro" is \`pinyin(text)\` from pinyin-pro with default options on the same text.
Ratio = our chars/s ÷ pinyin-pro chars/s (target ≥ 1.0), from the medians. The machine is shared,
so single runs vary; the min–max columns show the spread within this run.

| text | bytes | chars | Han chars | Han runs / distinct | ours cold ms | ours ms (min–max) | ours chars/s | pinyin-pro ms (min–max) | pinyin-pro chars/s | ratio |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

### Loading

| what | value |
| --- | --- |
| CC-CEDICT entries / Han headwords | ${stats?.entries.toLocaleString('en-US')} / ${stats?.headwords.toLocaleString('en-US')} |
| how it was loaded | ${stats?.path === 'data-file' ? 'cc-cedict data/all.js directly (fast path)' : 'cc-cedict default export (fallback path)'} |
| \`getAnnotator()\` total (dictionary + pinyin-pro + opencc-js) | ${loadMs.toFixed(0)} ms |
| of which: reading the entry list / building the index | ${stats?.loadMs.toFixed(0)} ms / ${stats?.indexMs.toFixed(0)} ms |
| RSS before loading | ${mb(rss0)} MiB |
| RSS after loading | ${mb(rssLoaded)} MiB |
| RSS after the benchmark | ${mb(rssAfter)} MiB |
`;
  writeBenchmarkSection('annotate', md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
