/**
 * Finding and reading the compiled lexicon. `npm run build` (and the test setup) compile it to
 * node_modules/.cache/hanzi-reader/lexicon.bin; a process that finds no current file compiles it
 * itself once (slow: seconds) and saves it for the next start.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon, readHeader } from './index';

export const LEXICON_RELATIVE_PATH = path.join('node_modules', '.cache', 'hanzi-reader', 'lexicon.bin');

export interface LexiconStats {
  loadMs: number;
  bytes: number;
  headwords: number;
  /** 'file': read the compiled file; 'compiled': compiled in this process (no current file). */
  path: 'file' | 'compiled';
}

/** Where the file is: under the working directory, else in the nearest node_modules upwards from this module. */
export function lexiconPath(): string {
  const cwd = path.join(process.cwd(), LEXICON_RELATIVE_PATH);
  if (existsSync(cwd)) return cwd;
  const here: unknown = import.meta.url;
  if (typeof here === 'string' && here.startsWith('file:')) {
    for (let dir = path.dirname(fileURLToPath(here)); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
      const file = path.join(dir, LEXICON_RELATIVE_PATH);
      if (existsSync(file)) return file;
    }
  }
  return cwd;
}

/** Compiles the lexicon from the installed packages and writes it atomically to `file`. */
export async function compileLexicon(file: string, sourceKey: string): Promise<Uint8Array> {
  const [{ loadSources }, { buildLexicon }] = await Promise.all([import('./sources'), import('./build')]);
  const bytes = buildLexicon(await loadSources(sourceKey));
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return bytes;
}

export async function loadLexicon(): Promise<{ lexicon: Lexicon; stats: LexiconStats }> {
  const t0 = performance.now();
  const file = lexiconPath();
  let bytes: Uint8Array | null = existsSync(file) ? readFileSync(file) : null;
  let how: LexiconStats['path'] = 'file';
  if (!bytes || !readHeader(bytes)) {
    console.warn(`hanzi-reader: no current lexicon at ${file}; compiling it now (run "npm run build:lexicon" to do this ahead of time)`);
    bytes = await compileLexicon(file, 'compiled at run time');
    how = 'compiled';
  }
  const lexicon = new Lexicon(bytes);
  return { lexicon, stats: { loadMs: performance.now() - t0, bytes: bytes.byteLength, headwords: lexicon.size, path: how } };
}
