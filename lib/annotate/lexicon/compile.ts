/**
 * Compiling the lexicon file from the installed packages (build time only: scripts/build-lexicon.ts
 * and the test setup; the server only reads the file, see ./load).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLexicon } from './build';
import { loadSources } from './sources';

/** Compiles the lexicon and writes it atomically to `file`. */
export async function compileLexicon(file: string, sourceKey: string): Promise<Uint8Array> {
  const bytes = buildLexicon(await loadSources(sourceKey));
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return bytes;
}
