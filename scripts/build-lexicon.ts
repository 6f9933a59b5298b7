/**
 * npm run build:lexicon [-- --force]
 *
 * Compiles the dictionaries into node_modules/.cache/hanzi-reader/lexicon.bin (see
 * lib/annotate/lexicon). Skips the work when the file was built from the same packages and code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readHeader } from '../lib/annotate/lexicon';
import { compileLexicon } from '../lib/annotate/lexicon/compile';
import { LEXICON_RELATIVE_PATH } from '../lib/annotate/lexicon/load';
import { expectedSourceKey } from '../lib/annotate/lexicon/source-key';

/** Compiles the lexicon unless the file was built from the same packages and code. Scripts that annotate call it first. */
export async function ensureLexicon(force = false): Promise<void> {
  const file = path.join(process.cwd(), LEXICON_RELATIVE_PATH);
  const key = expectedSourceKey();
  const current = existsSync(file) ? readHeader(readFileSync(file)) : null;
  if (!force && current?.sourceKey === key) return;
  const t0 = performance.now();
  const bytes = await compileLexicon(file, key);
  console.error(
    `lexicon: ${(bytes.byteLength / 2 ** 20).toFixed(1)} MiB written to ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureLexicon(process.argv.includes('--force')).catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
