/**
 * What a lexicon file must have been built from to be current: the source packages' versions and
 * the code that compiles them. Read by the build script and the test setup (which have the source
 * tree), never by the running server (which just reads the file it was deployed with).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_VERSION } from './format';
import { sourcePackages } from './sources';

/** Folders (relative to lib) whose code decides the file's contents. */
const BUILDER_CODE = ['annotate/lexicon', 'annotate/dictionary', 'pinyin', 'annotate/han'];

export function expectedSourceKey(): string {
  const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const hash = createHash('sha256');
  for (const folder of BUILDER_CODE) {
    const dir = path.join(lib, folder);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      hash.update(`${folder}/${file}\n`);
      hash.update(readFileSync(path.join(dir, file)));
    }
  }
  return `v${FORMAT_VERSION} ${sourcePackages()} code:${hash.digest('hex').slice(0, 16)}`;
}
