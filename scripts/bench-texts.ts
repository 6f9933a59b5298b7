/**
 * npm run bench:texts [-- --no-write]
 *
 * A pasted text of 50 000 characters (German lines from the seed article with Chinese sentences
 * from scripts/bench-data/zh-sentences.txt, on their own lines and in parentheses; built
 * deterministically) is annotated and stored through each text store, then read back: SQLite in
 * a temporary DATA_DIR, and PostgreSQL in a throwaway database created next to TEST_DATABASE_URL
 * (else DATABASE_URL; that role needs CREATEDB) and dropped afterwards. Prints the steps side by
 * side; target: annotate + store < 300 ms. Writes its section of docs/benchmarks.md unless
 * --no-write is given.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RateLimitStore } from '../lib/rate-limit/types';
import type { TextStore } from '../lib/texts/types';
import { machineLine, rng, writeBenchmarkSection } from './bench-report';
import { ensureLexicon } from './build-lexicon';

const CHARS = 50_000;
const RUNS = 10;
const TARGET_MS = 300;

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

type Steps = Record<'annotate' | 'store' | 'createText' | 'read', number[]>;

interface BackendRun {
  name: string;
  /** Why it was not measured, or the measurements. */
  skipped?: string;
  steps?: Steps;
}

interface Bench {
  text: string;
  title: string;
}

/** One backend: a warm-up creation (connection, migrations; in the first backend also the dictionary), then RUNS measured rounds. */
async function measure(
  store: TextStore,
  rateLimits: RateLimitStore,
  { text, title }: Bench,
): Promise<{ steps: Steps; warmUpMs: number; storedBytes: number; plainJsonBytes: number }> {
  const { createText, readText } = await import('../lib/texts/service');
  const { annotateText } = await import('../lib/texts/annotation');
  const { hashToken, newManageToken, newTextId } = await import('../lib/texts/secrets');
  const { encodeAnnotation } = await import('../lib/texts/annotation-codec');
  const create = (n: number) => createText(store, { title, text }, { client: `bench-${n}`, rateLimits });
  const [warmUpMs, warm] = await time(() => create(-1));
  if (!warm.ok) throw new Error(JSON.stringify(warm.errors));

  const steps: Steps = { annotate: [], store: [], createText: [], read: [] };
  let storedBytes = 0;
  let plainJsonBytes = 0;
  for (let n = 0; n < RUNS; n++) {
    const [annotateMs, annotation] = await time(() => annotateText(title, text, {}));
    const record = {
      id: newTextId(),
      title,
      body: text,
      sourceUrl: null,
      tokenHash: hashToken(newManageToken()),
      overrides: {},
      annotation,
      createdAt: Date.now(),
    };
    const [storeMs] = await time(() => store.create(record));
    const [createMs, created] = await time(() => create(n));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const [readMs, read] = await time(() => readText(store, created.value.id));
    if (!read.ok || read.value.body !== text) throw new Error('read back a different text');
    storedBytes = Buffer.byteLength(encodeAnnotation(read.value.annotation));
    plainJsonBytes = Buffer.byteLength(JSON.stringify(read.value.annotation));
    steps.annotate.push(annotateMs);
    steps.store.push(storeMs);
    steps.createText.push(createMs);
    steps.read.push(readMs);
  }
  return { steps, warmUpMs, storedBytes, plainJsonBytes };
}

const STEP_LABELS: Array<[keyof Steps, string]> = [
  ['annotate', 'annotate (title + 50 000 characters)'],
  ['store', 'store (encode + INSERT; SQLite: WAL, synchronous=FULL; PostgreSQL: one commit over TCP)'],
  ['createText', '**annotate + store** (`createText`: validate, rate limit, annotate, store)'],
  ['read', 'read back (`readText`: SELECT by id + decode)'],
];

async function main() {
  await ensureLexicon();
  const { openSqliteTextStore } = await import('../lib/texts/sqlite-store');
  const { openPostgresTextStore } = await import('../lib/texts/postgres-store');
  const { openSqliteRateLimitStore } = await import('../lib/rate-limit/sqlite-store');
  const { openPostgresRateLimitStore } = await import('../lib/rate-limit/postgres-store');
  const { createScratchDatabase } = await import('../tests/support/postgres');
  const bench: Bench = { text: buildText(), title: 'Benchmark: 小米 und 雷军' };
  const hanChars = bench.text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs: BackendRun[] = [];

  // SQLite first: its warm-up is the process's first creation, which also loads CC-CEDICT, pinyin-pro and OpenCC.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-texts-'));
  const sqlite = openSqliteTextStore(dataDir);
  const sqliteRateLimits = openSqliteRateLimitStore(dataDir);
  const first = await measure(sqlite, sqliteRateLimits, bench).finally(async () => {
    await Promise.all([sqlite.close(), sqliteRateLimits.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  });
  runs.push({ name: 'SQLite', steps: first.steps });

  const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  // Where PostgreSQL ran and its warm-up, for the report; empty when it was not measured.
  let postgresWhere = '';
  let postgresWarmUp = '';
  if (postgresUrl) {
    const database = await createScratchDatabase('bench_texts', postgresUrl);
    const postgres = openPostgresTextStore(database.url);
    const postgresRateLimits = openPostgresRateLimitStore(database.url);
    const measured = await measure(postgres, postgresRateLimits, bench).finally(async () => {
      await Promise.all([postgres.close(), postgresRateLimits.close()]);
      await database.drop();
    });
    runs.push({ name: 'PostgreSQL', steps: measured.steps });
    const server = new URL(postgresUrl);
    postgresWhere = ` on ${server.hostname}:${server.port || 5432}`;
    postgresWarmUp = `; PostgreSQL's, which connects and migrates: ${measured.warmUpMs.toFixed(0)} ms`;
  } else {
    runs.push({
      name: 'PostgreSQL',
      skipped: 'not measured: set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server',
    });
  }

  const cell = (run: BackendRun, key: keyof Steps) =>
    run.steps ? [median(run.steps[key]).toFixed(1), spread(run.steps[key])] : ['—', '—'];
  const verdict = (run: BackendRun) =>
    run.steps
      ? `${run.name} ${median(run.steps.createText) < TARGET_MS ? `< ${TARGET_MS} ms ✓` : `≥ ${TARGET_MS} ms ✗`}`
      : `${run.name} ${run.skipped}`;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const sizes = `the stored annotation is ${kib(first.storedBytes)} (${kib(first.plainJsonBytes)} as plain JSON)`;
  console.log(`text: ${CHARS} characters (${hanChars} Han), ${Buffer.byteLength(bench.text)} bytes; ${sizes}`);
  console.log(
    `warm-up: SQLite's, the first creation in the process (loads the dictionary): ${first.warmUpMs.toFixed(0)} ms${postgresWarmUp}`,
  );
  console.log(`${'median ms (min–max)'.padStart(92)}${runs.map((run) => run.name.padStart(18)).join('')}`);
  for (const [key, label] of STEP_LABELS) {
    console.log(
      `${label.replace(/\*\*|`/g, '').padEnd(92)}${runs.map((run) => cell(run, key).join(' ').padStart(18)).join('')}`,
    );
  }
  console.log(`annotate + store: ${runs.map(verdict).join('; ')}`);

  if (process.argv.includes('--no-write')) return;
  writeBenchmarkSection(
    'texts',
    `## Pasted texts: annotate, store, read back (SQLite and PostgreSQL)

Measured by \`npm run bench:texts\` (scripts/bench-texts.ts) · ${machineLine()}

A ${CHARS.toLocaleString('en-US')}-character text (${hanChars.toLocaleString('en-US')} Han characters, ${Buffer.byteLength(bench.text).toLocaleString('en-US')} bytes of UTF-8),
German lines of the seed article with Chinese sentences from \`scripts/bench-data/zh-sentences.txt\`,
built deterministically, with a title. Stored through each text store: SQLite in a temporary DATA_DIR,
PostgreSQL in a throwaway database${postgresWhere || ' (not measured in this run: no TEST_DATABASE_URL or DATABASE_URL)'};
${sizes}, encoded by lib/texts/annotation-codec.ts. ${RUNS} runs per store after one warm-up
creation. SQLite's warm-up is the first creation in the process, which loads CC-CEDICT, pinyin-pro
and OpenCC: ${first.warmUpMs.toFixed(0)} ms${postgresWarmUp}.
Target: annotate + store < ${TARGET_MS} ms — **${runs.map(verdict).join('; ')}** (median).

| step | ${runs.map((run) => `${run.name} median ms | ${run.name} min–max ms`).join(' | ')} |
| --- | ${runs.map(() => '---: | ---:').join(' | ')} |
${STEP_LABELS.map(([key, label]) => `| ${label} | ${runs.map((run) => cell(run, key).join(' | ')).join(' | ')} |`).join('\n')}
`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
