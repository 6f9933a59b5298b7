/**
 * How many reviews are due, for the header on every page: read without the scheduler or a schema
 * library (every page loads it), from the saved words and the review state as stored. A saved
 * word without cards yet counts a new card of each kind offered (./keys offeredKinds).
 */
import { SAVED_WORDS_KEY } from '../saved-words/store';
import { offeredKinds, REVIEW_KEY, type CardKind } from './keys';

function list(raw: string | null, field: string): unknown[] {
  try {
    const data: unknown = JSON.parse(raw ?? 'null');
    const items = data && typeof data === 'object' ? (data as Record<string, unknown>)[field] : null;
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

const text = (value: unknown, key: string) =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

export function dueCount(
  storage: Pick<Storage, 'getItem'>,
  now: Date,
  kinds: readonly CardKind[] = offeredKinds(false),
): number {
  const offered = new Set<unknown>(kinds);
  const saved = new Set(
    list(storage.getItem(SAVED_WORDS_KEY), 'words')
      .map((word) => text(word, 'hanzi'))
      .filter((h): h is string => typeof h === 'string'),
  );
  const carded = new Set<string>();
  let due = 0;
  for (const card of list(storage.getItem(REVIEW_KEY), 'cards')) {
    const hanzi = text(card, 'hanzi');
    const at = text(card, 'due');
    if (typeof hanzi !== 'string' || !saved.has(hanzi) || typeof at !== 'string' || !offered.has(text(card, 'kind')))
      continue;
    carded.add(`${String(text(card, 'kind'))}:${hanzi}`);
    if (Date.parse(at) <= now.getTime()) due++;
  }
  for (const hanzi of saved) for (const kind of kinds) if (!carded.has(`${kind}:${hanzi}`)) due++;
  return due;
}
