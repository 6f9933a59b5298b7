/**
 * Finding and reading the compiled lexicon. `npm run build:lexicon` (run by `npm run build`,
 * `npm run dev`, the test setup and the scripts that annotate) compiles it to
 * node_modules/.cache/hanzi-reader/lexicon.bin.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Lexicon, readHeader } from './index';

export const LEXICON_RELATIVE_PATH = path.join('node_modules', '.cache', 'hanzi-reader', 'lexicon.bin');

export interface LexiconStats {
  loadMs: number;
  bytes: number;
  headwords: number;
}

/** Where the file is: under the working directory, else in the nearest node_modules upwards from this module. */
function lexiconPath(): string {
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

export async function loadLexicon(): Promise<{ lexicon: Lexicon; stats: LexiconStats }> {
  const t0 = performance.now();
  const file = lexiconPath();
  const bytes = existsSync(file) ? readFileSync(file) : null;
  // The compiler (./build, ./sources) reads the source packages: build-time code, never bundled
  // into the server, so a missing file is an error that says how to make it.
  if (!bytes || !readHeader(bytes)) {
    throw new Error(`No current lexicon at ${file}: run "npm run build:lexicon" (npm run build does it first).`);
  }
  const lexicon = new Lexicon(bytes);
  return { lexicon, stats: { loadMs: performance.now() - t0, bytes: bytes.byteLength, headwords: lexicon.size } };
}
