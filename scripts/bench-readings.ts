/**
 * npm run bench:readings [-- --no-write]
 *
 * Polyphone accuracy on the dev split of CPP (Chinese Polyphones with Pinyin, Park & Lee,
 * Interspeech 2020, github.com/kakaobrain/g2pM, Apache-2.0). Each sentence has one target
 * character wrapped in U+2581 on both sides; the label is numbered pinyin (tone 5 = neutral,
 * ü written `u:`). Every sentence is annotated by the engine and by raw pinyin-pro, and the
 * reading of the target character is compared with the label.
 *
 * The data is read at run time from ../shared/cpp (override with CPP_DIR) and is never copied
 * into the repository: docs/benchmarks.md gets only aggregate tables; sample sentences go to the
 * console. Writes its section of docs/benchmarks.md unless --no-write is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Segment, Syllable, TermSegment } from '../lib/annotate';
import { machineLine, writeBenchmarkSection } from './bench-report';
import { ensureLexicon } from './build-lexicon';

const MARK = '\u2581';
const TARGET_PERCENT = 96;
const TOP_CHARS = 30;
const TOP_TRIPLES = 40;
const SAMPLE_ERRORS = 25;
const CONTEXT_CHARS = 40;

/** One usable CPP line. Offsets refer to the sentence with the markers removed. */
interface Item {
  line: number;
  clean: string;
  /** UTF-16 offset of the target (what segment texts are measured in). */
  offset: number;
  /** Code-point index of the target (what pinyin-pro's array is indexed by). */
  cpIndex: number;
  char: string;
  /** Numbered pinyin, `u:` already mapped to ü. */
  label: string;
}

/** Where the engine put the target. */
interface EngineHit {
  reading: string;
  /** null = the target was not inside a term segment. */
  term: TermSegment | null;
  syllable: Syllable | null;
}

interface Result {
  item: Item;
  engine: EngineHit;
  raw: string;
}

// ---------------------------------------------------------------------------------------------
// Pure helpers

/** Combining tone marks after NFD. ü's diaeresis (U+0308) and ê's circumflex are kept. */
const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/**
 * "yín" → "yin2", "le" → "le5", "nǚ" → "nü3", "ḿ" → "m2", "ǹg" → "ng4"; "" → "?".
 * Decomposing handles every toned vowel and the syllabic m/n (ḿ ń ň ǹ) with one table.
 */
export function toNumbered(marked: string): string {
  let tone = 5;
  let base = '';
  for (const ch of marked.trim().toLowerCase().normalize('NFD')) {
    const t = TONE_MARKS[ch];
    if (t === undefined) base += ch;
    else tone = t;
  }
  base = base.normalize('NFC');
  return base ? `${base}${tone}` : '?';
}

/** CPP writes ü as `u:`; the rest of the script uses ü. */
const normalizeLabel = (label: string): string => label.trim().toLowerCase().replaceAll('u:', 'ü');

/** "lü4" → ["lü", 4]; "?" → ["?", 0]. */
function splitTone(numbered: string): [string, number] {
  const m = /^(.*?)([1-5])$/u.exec(numbered);
  return m ? [m[1]!, Number(m[2])] : [numbered, 0];
}

/** Exact match, except that a neutral tone on either side matches any tone of the same syllable. */
function matchesNeutralEither(predicted: string, label: string): boolean {
  if (predicted === label) return true;
  const [pb, pt] = splitTone(predicted);
  const [lb, lt] = splitTone(label);
  return pb === lb && pt !== 0 && (pt === 5 || lt === 5);
}

type ErrorClass = 'neutral' | 'tone' | 'syllable';

function classifyError(predicted: string, label: string): ErrorClass {
  const [pb, pt] = splitTone(predicted);
  const [lb, lt] = splitTone(label);
  if (pb !== lb || pt === 0) return 'syllable';
  return pt === 5 || lt === 5 ? 'neutral' : 'tone';
}

/** Lines of a text file without the empty tail after the last newline. */
function fileLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One CPP line pair, or null if it does not have exactly one marked character and a numbered label. */
function parseItem(line: number, sentence: string, rawLabel: string): Item | null {
  const parts = sentence.split(MARK);
  const label = normalizeLabel(rawLabel);
  if (parts.length !== 3 || [...parts[1]!].length !== 1 || !/^[a-zü]+[1-5]$/u.test(label)) return null;
  const before = parts[0]!;
  return { line, clean: parts.join(''), offset: before.length, cpIndex: [...before].length, char: parts[1]!, label };
}

/** The reading the engine gave the target: the syllable at its code-point index inside the covering term. */
function engineReading(item: Item, segments: readonly Segment[]): EngineHit {
  let start = 0;
  for (const seg of segments) {
    const end = start + seg.text.length;
    if (item.offset >= start && item.offset < end) {
      if (seg.type !== 'term') return { reading: '?', term: null, syllable: null };
      const syllable = seg.syllables[[...item.clean.slice(start, item.offset)].length] ?? null;
      return { reading: syllable ? toNumbered(syllable.pinyin) : '?', term: seg, syllable };
    }
    start = end;
  }
  return { reading: '?', term: null, syllable: null };
}

/** 40 code points around the target, the target marked again, for reading errors on the console. */
function context(item: Item): string {
  const chars = [...item.clean];
  const from = Math.max(0, item.cpIndex - CONTEXT_CHARS / 2);
  const to = Math.min(chars.length, from + CONTEXT_CHARS);
  const pre = (from > 0 ? '…' : '') + chars.slice(from, item.cpIndex).join('');
  const post = chars.slice(item.cpIndex + 1, to).join('') + (to < chars.length ? '…' : '');
  return `${pre}[${item.char}]${post}`;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(2)} %`);
const int = (n: number): string => n.toLocaleString('en-US');

/** Counts by key, most frequent first (ties by key, so output is stable across runs). */
function tally<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  // Code-unit order for ties, not localeCompare: independent of the ICU build.
  return [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function table(head: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** Console version of a markdown table: same rows, padded columns. */
function printTable(title: string, head: readonly string[], rows: readonly (readonly string[])[]): void {
  // CJK and full-width forms take two terminal columns; everything else one.
  const wide = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60\u{20000}-\u{3ffff}]/u;
  const width = (s: string) => [...s].reduce((w, c) => w + (wide.test(c) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => s + ' '.repeat(Math.max(0, widths[i]! - width(s)));
  console.log(`\n${title}`);
  for (const row of [head, ...rows]) console.log(`  ${row.map(pad).join('  ')}`);
}

// ---------------------------------------------------------------------------------------------
// Run

interface Group {
  name: string;
  results: Result[];
}

/** One row per group: n, engine exact, pinyin-pro exact on the same sentences. */
const groupRow = ({ name, results }: Group): string[] => [
  name,
  int(results.length),
  pct(results.filter((r) => r.engine.reading === r.item.label).length, results.length),
  pct(results.filter((r) => r.raw === r.item.label).length, results.length),
];

function loadItems(dir: string): { items: Item[]; skipped: number[] } {
  const sentFile = path.join(dir, 'dev.sent');
  const labelFile = path.join(dir, 'dev.lb');
  const missing = [sentFile, labelFile].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`CPP data not found: ${missing.join(', ')}`);
    console.error(
      'Expected dev.sent and dev.lb of kakaobrain/g2pM in ../shared/cpp (see its SOURCE.md), or set CPP_DIR.',
    );
    process.exit(1);
  }
  const sentences = fileLines(sentFile);
  const labels = fileLines(labelFile);
  if (sentences.length !== labels.length) {
    console.error(`CPP data inconsistent: ${sentences.length} sentences but ${labels.length} labels in ${dir}`);
    process.exit(1);
  }
  const items: Item[] = [];
  const skipped: number[] = [];
  sentences.forEach((sentence, i) => {
    const item = parseItem(i + 1, sentence, labels[i]!);
    if (item) items.push(item);
    else skipped.push(i + 1);
  });
  return { items, skipped };
}

async function main() {
  await ensureLexicon();
  const write = !process.argv.includes('--no-write');
  const dir = path.resolve(process.cwd(), process.env.CPP_DIR ?? '../shared/cpp');
  const { items, skipped } = loadItems(dir);
  if (items.length === 0) {
    console.error(`no usable CPP lines in ${dir}`);
    process.exit(1);
  }
  console.log(
    `CPP dev: ${int(items.length)} sentences from ${dir}${skipped.length ? ` (skipped ${skipped.length} malformed lines: ${skipped.slice(0, 10).join(', ')}…)` : ''}`,
  );

  // Imported only after the data check, so a missing data set fails fast without loading the dictionary.
  const { getAnnotator } = await import('../lib/annotate');
  const { pinyin } = await import('pinyin-pro');
  const loadStart = performance.now();
  const annotator = await getAnnotator();
  const loadMs = performance.now() - loadStart;

  // One warm-up sentence each, so the timed passes measure steady-state throughput, not lazy initialisation.
  annotator.annotate(items[0]!.clean);
  pinyin(items[0]!.clean, { type: 'array', toneSandhi: false });

  let start = performance.now();
  const annotated = items.map((item) => annotator.annotate(item.clean).segments);
  const engineMs = performance.now() - start;
  start = performance.now();
  const rawArrays = items.map((item) => pinyin(item.clean, { type: 'array', toneSandhi: false }));
  const rawMs = performance.now() - start;

  // The offset lookup relies on lossless segments, and the numbered reading on marks agreeing with `tone`; count violations instead of trusting them.
  let lossy = 0;
  let toneMismatch = 0;
  const results: Result[] = items.map((item, i) => {
    const segments = annotated[i]!;
    if (segments.map((s) => s.text).join('') !== item.clean) lossy++;
    const engine = engineReading(item, segments);
    if (engine.syllable && splitTone(engine.reading)[1] !== engine.syllable.tone) toneMismatch++;
    return { item, engine, raw: toNumbered(rawArrays[i]![item.cpIndex] ?? '') };
  });

  const n = results.length;
  const engineExact = results.filter((r) => r.engine.reading === r.item.label).length;
  const rawExact = results.filter((r) => r.raw === r.item.label).length;
  const engineLoose = results.filter((r) => matchesNeutralEither(r.engine.reading, r.item.label)).length;
  const rawLoose = results.filter((r) => matchesNeutralEither(r.raw, r.item.label)).length;

  const overallHead = ['', 'exact', 'exact %', 'neutral either', 'neutral either %'];
  const overallRows = [
    [
      'engine',
      `${int(engineExact)} / ${int(n)}`,
      pct(engineExact, n),
      `${int(engineLoose)} / ${int(n)}`,
      pct(engineLoose, n),
    ],
    ['pinyin-pro', `${int(rawExact)} / ${int(n)}`, pct(rawExact, n), `${int(rawLoose)} / ${int(n)}`, pct(rawLoose, n)],
  ];

  const kindOf = (r: Result): string => {
    if (!r.engine.term) return 'not in a term';
    return [...r.engine.term.text].length > 1 ? 'multi-character term' : 'one-character term';
  };
  const kindGroups: Group[] = tally(results, kindOf).map(([name, rs]) => ({ name, results: rs }));
  const sourceGroups: Group[] = tally(results, (r) => r.engine.term?.source ?? '(no term)').map(([name, rs]) => ({
    name,
    results: rs,
  }));
  const groupHead = ['', 'n', 'engine', 'pinyin-pro'];

  // Most frequent targets first; most share the same count (CPP caps each at 20), so among equals
  // the ones the engine reads worst, which says more than code-point order.
  const wrong = (rs: readonly Result[]) => rs.filter((r) => r.engine.reading !== r.item.label).length;
  const charRows = tally(results, (r) => r.item.char)
    .sort((a, b) => b[1].length - a[1].length || wrong(b[1]) - wrong(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP_CHARS)
    .map(([char, rs]) => {
      const labels = tally(rs, (r) => r.item.label)
        .slice(0, 3)
        .map(([label, ls]) => `${label} ×${ls.length}`)
        .join(', ');
      return groupRow({ name: char, results: rs }).concat(labels);
    });
  const charHead = ['char', 'n', 'engine', 'pinyin-pro', 'labels (top 3)'];

  const errors = results.filter((r) => r.engine.reading !== r.item.label);
  const classCounts: Record<ErrorClass, number> = { neutral: 0, tone: 0, syllable: 0 };
  for (const e of errors) classCounts[classifyError(e.engine.reading, e.item.label)]++;
  const uncovered = errors.filter((e) => e.engine.reading === '?').length;
  const classHead = ['engine error class', 'count', '% of errors', '% of sentences'];
  const classRow = (name: string, count: number) => [name, int(count), pct(count, errors.length), pct(count, n)];
  const classRows = [
    classRow('neutral tone only (same syllable, one side tone 5)', classCounts.neutral),
    classRow('tone only (same syllable, tones 1–4)', classCounts.tone),
    classRow(`different syllable (incl. ${uncovered} not covered by a term)`, classCounts.syllable),
    classRow('all errors', errors.length),
  ];

  const tripleRows = tally(errors, (e) => `${e.item.char}\t${e.item.label}\t${e.engine.reading}`)
    .slice(0, TOP_TRIPLES)
    .map(([key, es]) => {
      const [char, label, got] = key.split('\t') as [string, string, string];
      return [char, label, got, int(es.length), int(es.filter((e) => e.raw === e.item.label).length)];
    });
  const tripleHead = ['char', 'label', 'engine', 'count', 'pinyin-pro right'];

  const perSecond = (ms: number) => int(Math.round(n / (ms / 1000)));
  const timeHead = ['pass', 'ms', 'sentences/s'];
  const timeRows = [
    ['engine `annotate()`', engineMs.toFixed(0), perSecond(engineMs)],
    ['pinyin-pro `pinyin()`', rawMs.toFixed(0), perSecond(rawMs)],
  ];

  // Console: everything, including sample sentences (which stay out of the repository).
  printTable('Overall (target ≥ 96 % exact)', overallHead, overallRows);
  printTable('By token kind', groupHead, kindGroups.map(groupRow));
  printTable('By term source', groupHead, sourceGroups.map(groupRow));
  printTable(`Top ${TOP_CHARS} target characters (most frequent; among equals, the most errors)`, charHead, charRows);
  printTable('Engine errors', classHead, classRows);
  printTable(`Top ${TOP_TRIPLES} error triples`, tripleHead, tripleRows);
  // Evenly spaced over the error list (in file order), so the samples are not all the most frequent character.
  const step = Math.max(1, errors.length / SAMPLE_ERRORS);
  const samples = Array.from(
    { length: Math.min(SAMPLE_ERRORS, errors.length) },
    (_, i) => errors[Math.floor(i * step)]!,
  );
  printTable(
    `${samples.length} sample errors`,
    ['line', 'label', 'engine', 'raw', 'term/source', 'context'],
    samples.map((e) => [
      String(e.item.line),
      e.item.label,
      e.engine.reading,
      e.raw,
      e.engine.term ? `${e.engine.term.text}/${e.engine.term.source}` : '–',
      context(e.item),
    ]),
  );
  printTable(`Timing (getAnnotator() load ${loadMs.toFixed(0)} ms, not included)`, timeHead, timeRows);
  if (lossy > 0)
    console.warn(
      `\nWARNING: ${lossy} sentences whose segments do not concatenate to the input; their offsets are unreliable.`,
    );
  if (toneMismatch > 0)
    console.warn(`\nWARNING: ${toneMismatch} target syllables whose tone marks disagree with their \`tone\` field.`);

  const summary = `CPP dev exact: engine ${pct(engineExact, n)} (${engineExact}/${n}) · pinyin-pro ${pct(rawExact, n)} · target ≥ ${TARGET_PERCENT} %`;

  if (write) {
    const md = [
      '## Polyphones: CPP dev split (`npm run bench:readings`)',
      '',
      `Measured by \`npm run bench:readings\` (scripts/bench-readings.ts) · ${machineLine()}.`,
      '',
      `CPP (Chinese Polyphones with Pinyin; Park & Lee, Interspeech 2020, [kakaobrain/g2pM](https://github.com/kakaobrain/g2pM), Apache-2.0)`,
      `labels one polyphonic character per sentence with its numbered pinyin. This is its dev split (${int(n)} sentences),`,
      'read from `../shared/cpp` at run time and not stored here. "engine" is the reading of the target syllable in',
      '`getAnnotator().annotate()`; "pinyin-pro" is `pinyin(sentence, { type: "array", toneSandhi: false })` on the same sentence.',
      "Published figures on the test split, all from systems trained on CPP's train split: g2pW 99.08, Chinese BERT 97.85,",
      `g2pM 97.31, per-character majority 92.08. Our target: ≥ ${TARGET_PERCENT} % exact. "Neutral either" also accepts a`,
      'neutral tone (5) on either side when the syllable is otherwise the same. Tones: see docs/readings.md.',
      '',
      table(overallHead, ['l', 'r', 'r', 'r', 'r'], overallRows),
      '',
      '### By token kind and term source',
      '',
      table(
        groupHead,
        ['l', 'r', 'r', 'r'],
        [...kindGroups, ...sourceGroups.map((g) => ({ ...g, name: `source: ${g.name}` }))].map(groupRow),
      ),
      '',
      `### Top ${TOP_CHARS} target characters (most frequent; among equals, the most errors)`,
      '',
      table(charHead, ['l', 'r', 'r', 'r', 'l'], charRows),
      '',
      '### Engine errors',
      '',
      table(classHead, ['l', 'r', 'r', 'r'], classRows),
      '',
      `Top ${TOP_TRIPLES} (character, label, engine) triples:`,
      '',
      table(tripleHead, ['l', 'l', 'l', 'r', 'r'], tripleRows),
      '',
      `### Timing (${int(n)} sentences; \`getAnnotator()\` load ${loadMs.toFixed(0)} ms not included)`,
      '',
      table(timeHead, ['l', 'r', 'r'], timeRows),
    ].join('\n');
    writeBenchmarkSection('readings', md);
  }

  console.log(`\n${summary}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
