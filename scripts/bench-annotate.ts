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
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { machineLine, rng, writeBenchmarkSection } from './bench-report';
import { ensureLexicon } from './build-lexicon';

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

/**
 * Loading, measured in fresh processes side by side: a bare one (same runtime, nothing loaded) and
 * one that loads the engine and annotates one sentence. Prints JSON: load time and RSS.
 */
const PROBE = `
const t0 = performance.now();
const mod = process.argv[1] === 'engine' ? await import('./lib/annotate/index.ts') : null;
const t1 = performance.now();
if (mod) (await mod.getAnnotator()).annotate('银行行长说他还没还钱。');
const ms = performance.now() - t1;
globalThis.gc?.();
console.log(JSON.stringify({ importMs: t1 - t0, ms, rss: process.memoryUsage().rss, stats: mod?.dictionaryStats() ?? null }));
`;

interface Probe {
  /** Importing the engine's code (tsx compiles it here; a built server has it compiled). */
  importMs: number;
  /** getAnnotator() (reading the lexicon) and the first sentence. */
  ms: number;
  rss: number;
  stats: { loadMs: number; bytes: number; headwords: number } | null;
}

function probe(kind: 'bare' | 'engine'): Probe {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', PROBE, kind],
    {
      cwd: new URL('../', import.meta.url),
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Probe;
}

async function main(): Promise<void> {
  await ensureLexicon();
  // Median of three fresh processes each: start-up is noisy on a shared machine.
  const bare = Array.from({ length: 3 }, () => probe('bare'));
  const engine = Array.from({ length: 3 }, () => probe('engine'));
  const med = (xs: Probe[], f: (p: Probe) => number) => median(xs.map(f));
  const bareRss = med(bare, (p) => p.rss);
  const engineRss = med(engine, (p) => p.rss);
  const engineMs = med(engine, (p) => p.ms);
  const importMs = med(engine, (p) => p.importMs);
  const stats = engine[0]?.stats ?? null;

  const { getAnnotator } = await import('../lib/annotate');
  const { findHanRuns } = await import('../lib/annotate/han');
  const annotator = await getAnnotator();
  const { pinyin } = await import('pinyin-pro');

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
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `lexicon: ${stats?.headwords} headwords, ${mb(stats?.bytes ?? 0)} MiB file, read in ${stats?.loadMs.toFixed(0)} ms`,
  );
  console.log(
    `load + first sentence (fresh process, median of 3): ${engineMs.toFixed(0)} ms (${engineMs <= 300 ? '≤ 300 ✓' : '> 300 ✗'}), ` +
      `after importing the code in ${importMs.toFixed(0)} ms; ` +
      `rss bare ${mb(bareRss)} MiB, engine ${mb(engineRss)} MiB (${engineRss <= 150 * 2 ** 20 ? '≤ 150 ✓' : '> 150 ✗'}), engine − bare ${mb(engineRss - bareRss)} MiB`,
  );
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

### Loading (fresh processes, median of 3)

Each row is a new \`node --import tsx\` process: *bare* loads nothing, *engine* loads the engine (the
compiled lexicon: CC-CEDICT, word frequencies and readings, OpenCC's tables, see
\`lib/annotate/lexicon\`) and annotates one sentence. Targets: RSS ≤ 150 MB, loading ≤ 300 ms.

| what | value |
| --- | --- |
| lexicon file | ${mb(stats?.bytes ?? 0)} MiB, ${stats?.headwords.toLocaleString('en-US')} headwords, read in ${stats?.loadMs.toFixed(0)} ms |
| importing the engine's code (compiled by tsx here) | ${importMs.toFixed(0)} ms |
| \`getAnnotator()\` (reading the lexicon) + first sentence | ${engineMs.toFixed(0)} ms |
| RSS, bare process | ${mb(bareRss)} MiB |
| RSS, engine loaded | ${mb(engineRss)} MiB |
| difference | ${mb(engineRss - bareRss)} MiB |
`;
  writeBenchmarkSection('annotate', md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
