/**
 * npm run bench:texts [-- --no-write]
 *
 * A pasted text of 50 000 characters (German lines from the seed article with Chinese sentences
 * from scripts/bench-data/zh-sentences.txt, on their own lines and in parentheses; built
 * deterministically) is annotated and stored through the text store on SQLite, in a temporary
 * DATA_DIR, then read back. Prints the steps side by side; target: annotate + store < 300 ms.
 * Writes its section of docs/benchmarks.md unless --no-write is given.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, writeBenchmarkSection } from './bench-report';

const CHARS = 50_000;
const RUNS = 10;
const TARGET_MS = 300;

/** mulberry32: small, seeded, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = (file: string) =>
  readFileSync(path.join(process.cwd(), file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0);

function buildText(): string {
  const german = lines('content/articles/xiaomi-2018.de.txt');
  const chinese = lines('scripts/bench-data/zh-sentences.txt');
  const r = rng(2024);
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
  const out: string[] = [];
  let chars = 0;
  while (chars < CHARS) {
    const roll = r();
    const line = roll < 0.3 ? pick(chinese) : roll < 0.65 ? `${pick(german)} (${pick(chinese)})` : pick(german);
    out.push(line);
    chars += [...line].length + 1;
  }
  return [...out.join('\n')].slice(0, CHARS).join('');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-texts-'));
  const { openSqliteTextStore } = await import('../lib/texts/sqlite-store');
  const { createText, readText } = await import('../lib/texts/service');
  const { annotateText } = await import('../lib/texts/annotation');
  const { hashToken, newManageToken, newTextId } = await import('../lib/texts/secrets');
  const { encodeAnnotation } = await import('../lib/texts/annotation-codec');
  const store = openSqliteTextStore(dataDir);
  try {
    const text = buildText();
    const title = 'Benchmark: 小米 und 雷军';
    const hanChars = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const create = (n: number) => createText(store, { title, text }, { client: `bench-${n}` });

    // The first creation in a process also loads CC-CEDICT, pinyin-pro and OpenCC.
    const [coldMs, cold] = await time(() => create(-1));
    if (!cold.ok) throw new Error(JSON.stringify(cold.errors));

    const rows = { annotate: [] as number[], store: [] as number[], createText: [] as number[], read: [] as number[] };
    let storedBytes = 0;
    let plainJsonBytes = 0;
    for (let n = 0; n < RUNS; n++) {
      const [annotateMs, annotation] = await time(() => annotateText(title, text, {}));
      const record = { id: newTextId(), title, body: text, sourceUrl: null, tokenHash: hashToken(newManageToken()), overrides: {}, annotation, createdAt: Date.now() };
      const [storeMs] = await time(() => store.create(record));
      const [createMs, created] = await time(() => create(n));
      if (!created.ok) throw new Error(JSON.stringify(created.errors));
      const [readMs, read] = await time(() => readText(store, created.value.id));
      if (!read.ok || read.value.body !== text) throw new Error('read back a different text');
      storedBytes = Buffer.byteLength(encodeAnnotation(read.value.annotation));
      plainJsonBytes = Buffer.byteLength(JSON.stringify(read.value.annotation));
      rows.annotate.push(annotateMs);
      rows.store.push(storeMs);
      rows.createText.push(createMs);
      rows.read.push(readMs);
    }

    const table = [
      ['annotate (title + 50 000 characters)', rows.annotate],
      ['store (encode + INSERT, WAL, synchronous=FULL)', rows.store],
      ['**annotate + store** (`createText`: validate, rate limit, annotate, store)', rows.createText],
      ['read back (`readText`: SELECT by id + decode)', rows.read],
    ] as const;
    const verdict = median(rows.createText) < TARGET_MS ? `< ${TARGET_MS} ms ✓` : `≥ ${TARGET_MS} ms ✗`;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    const sizes = `the stored annotation is ${kib(storedBytes)} (${kib(plainJsonBytes)} as plain JSON)`;
    console.log(`text: ${CHARS} characters (${hanChars} Han), ${Buffer.byteLength(text)} bytes; ${sizes}`);
    console.log(`first creation in the process (loads the dictionary): ${coldMs.toFixed(0)} ms`);
    for (const [step, xs] of table) console.log(`${step.replace(/\*\*|`/g, '').padEnd(78)} median ${median(xs).toFixed(1).padStart(6)} ms  (${spread(xs)})`);
    console.log(`annotate + store: ${verdict}`);

    if (process.argv.includes('--no-write')) return;
    writeBenchmarkSection(
      'texts',
      `## Pasted texts: annotate, store, read back

Measured by \`npm run bench:texts\` (scripts/bench-texts.ts) · ${machineLine()}

A ${CHARS.toLocaleString('en-US')}-character text (${hanChars.toLocaleString('en-US')} Han characters, ${Buffer.byteLength(text).toLocaleString('en-US')} bytes of UTF-8),
German lines of the seed article with Chinese sentences from \`scripts/bench-data/zh-sentences.txt\`,
built deterministically, with a title. Stored through the SQLite text store in a temporary DATA_DIR;
${sizes}, encoded by lib/texts/annotation-codec.ts. ${RUNS} runs after one cold run; the cold run
(first creation in the process, which loads CC-CEDICT, pinyin-pro and OpenCC) took ${coldMs.toFixed(0)} ms.
Target: annotate + store < ${TARGET_MS} ms — **${verdict}** (median).

| step | median ms | min–max ms |
| --- | ---: | ---: |
${table.map(([step, xs]) => `| ${step} | ${median(xs).toFixed(1)} | ${spread(xs)} |`).join('\n')}
`,
    );
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
