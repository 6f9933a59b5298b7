/** Vitest global setup: compile the lexicon once before the workers start, if it is missing or stale. */
import { ensureLexicon } from '../../scripts/build-lexicon';

export default async function setup(): Promise<void> {
  await ensureLexicon();
}
